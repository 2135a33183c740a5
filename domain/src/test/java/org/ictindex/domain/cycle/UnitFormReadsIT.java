package org.ictindex.domain.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.ictindex.domain.testing.DomainDeployment;
import org.ictindex.domain.testing.RowsRead;
import org.ictindex.domain.testing.TestPackages;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One unit's form reads that unit, not the year: opening it and saving it read a few rows whatever
 * the number of units, counted by the database.
 */
@ExtendWith(ArquillianExtension.class)
@DisabledIfEnvironmentVariable(
    named = "ICTINDEX_DB_URL",
    matches = "jdbc:mysql:.*",
    disabledReason = "rows are counted by the embedded database's query statistics")
class UnitFormReadsIT {

  private static final int YEAR = 2218;
  private static final int UNITS = 400;

  @Deployment
  static WebArchive deployment() {
    return DomainDeployment.create();
  }

  @Inject UnitForms forms;
  @Inject RowsRead rowsRead;

  @Test
  void openingAndSavingOneUnitsFormReadsThatUnitAndNotTheYear() {
    BigDecimal[][] values =
        IntStream.range(0, UNITS)
            .mapToObj(i -> TestPackages.unit(Integer.toString(i % 100), "1", "6", "10"))
            .toArray(BigDecimal[][]::new);
    forms.importPackage(YEAR, TestPackages.zip(TestPackages.provinces(YEAR, values)));
    long wholeYear = rowsRead.during(() -> forms.wholeYear(YEAR));

    ValueSheet[] form = new ValueSheet[1];
    long opening = rowsRead.during(() -> form[0] = forms.unit(YEAR, "P7"));
    ValueSheet.Cell before = form[0].cell("P7", "HT.1");
    long saving =
        rowsRead.during(
            () ->
                forms.editValues(
                    YEAR,
                    "P7",
                    List.of(
                        new ValueEdit("HT.1", "55", "kiểm tra", before.version()),
                        new ValueEdit("HT.2", "0", "", form[0].cell("P7", "HT.2").version()),
                        new ValueEdit("NL.1", "3", "", form[0].cell("P7", "NL.1").version()))));

    assertThat(wholeYear).as("the measure sees a whole year's rows").isGreaterThan(UNITS * 5L);
    assertThat(form[0].units()).extracting(unit -> unit.code()).containsExactly("P7");
    assertThat(form[0].cells().keySet()).allMatch(key -> key.startsWith("P7/")).hasSize(4);
    assertThat(opening).as("rows read to open the form").isLessThan(50);
    assertThat(saving).as("rows read to save three values").isLessThan(50);
    assertThat(forms.unit(YEAR, "P7").cell("P7", "HT.1").value()).isEqualTo("55");
  }

  @Test
  void aGroupsGridHoldsTheGroupsUnitsAndTheirValues() {
    forms.importPackage(
        YEAR + 1,
        TestPackages.zip(
            TestPackages.provinces(
                YEAR + 1,
                TestPackages.unit("1", "1", "6", "10"),
                TestPackages.unit("2", "0", "2", "40"))));

    ValueSheet grid = forms.group(YEAR + 1, "NO_SUCH_GROUP");

    assertThat(grid.units()).extracting(unit -> unit.code()).containsExactly("P1", "P2");
    assertThat(grid.cells()).hasSize(8);
    assertThat(ValueSheet.groupShown(grid.framework(), "NO_SUCH_GROUP")).isEqualTo("PROVINCE");
  }
}
