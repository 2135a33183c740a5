package org.ictindex.domain.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.domain.testing.TestPackages.unit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ictindex.domain.testing.TestPackages;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.pkg.PackageError;
import org.junit.jupiter.api.Test;

class ValueWorkbookTest {

  private final CyclePackage year =
      TestPackages.provinces(2030, unit("50", "1", "6", "10"), unit("80.5", "0", null, "20"));

  @Test
  void aWorkbookWrittenAndReadBackGivesTheSameValues() {
    byte[] workbook = ValueWorkbook.write(year.framework(), year.units(), year.values());

    ValueWorkbook.Reading reading = ValueWorkbook.read(workbook, year.framework(), year.units());

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.unitsRead()).containsExactlyInAnyOrder("P1", "P2");
    assertThat(reading.values())
        .extracting(IndicatorValue::unitCode, IndicatorValue::indicatorCode, v -> plain(v.value()))
        .containsExactlyInAnyOrderElementsOf(
            year.values().stream()
                .map(
                    v ->
                        org.assertj.core.groups.Tuple.tuple(
                            v.unitCode(), v.indicatorCode(), plain(v.value())))
                .toList());
  }

  @Test
  void textCellsFollowThePackagesValueRule() {
    ValueWorkbook.Reading reading = read(sheet -> cell(sheet, 2, 2, "72.5"));

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.values())
        .filteredOn(v -> v.unitCode().equals("P1") && v.indicatorCode().equals("HT.1"))
        .extracting(v -> plain(v.value()))
        .containsExactly("72.5");
  }

  @Test
  void aDecimalCommaInATextCellIsRefusedWithTheValueToWriteInstead() {
    ValueWorkbook.Reading reading = read(sheet -> cell(sheet, 2, 2, "72,5"));

    assertThat(reading.errors())
        .singleElement()
        .satisfies(error -> assertThat(error.messageVi()).startsWith("Ô C3:").contains("72.5"));
  }

  @Test
  void everyBadCellIsNamedWithItsSheetRowAndColumnAndNothingIsRead() {
    ValueWorkbook.Reading reading =
        read(
            sheet -> {
              cell(sheet, 2, 2, "=1+1");
              cell(sheet, 2, 3, "2");
              cell(sheet, 3, 2, "NaN");
              cell(sheet, 3, 5, "1e309");
              sheet.getRow(3).createCell(4).setCellFormula("1+1");
            });

    assertThat(reading.values()).isEmpty();
    assertThat(reading.errors())
        .extracting(PackageError::file, PackageError::line, PackageError::column)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("PROVINCE", 3, 3),
            org.assertj.core.groups.Tuple.tuple("PROVINCE", 3, 4),
            org.assertj.core.groups.Tuple.tuple("PROVINCE", 4, 3),
            org.assertj.core.groups.Tuple.tuple("PROVINCE", 4, 5),
            org.assertj.core.groups.Tuple.tuple("PROVINCE", 4, 6));
    assertThat(reading.errors()).allSatisfy(e -> assertThat(e.messageVi()).isNotBlank());
    assertThat(
            reading.errors().stream()
                .filter(e -> e.column() == 5)
                .findFirst()
                .orElseThrow()
                .messageVi())
        .contains("công thức");
  }

  @Test
  void unknownSheetsUnitsColumnsAndDuplicateRowsAreErrors() {
    ValueWorkbook.Reading reading =
        read(
            sheet -> {
              cell(sheet, 0, 6, "XX.9");
              cell(sheet, 4, 0, "P9");
              cell(sheet, 5, 0, "P1");
              sheet.getWorkbook().createSheet("MINISTRY");
            });

    assertThat(reading.errors())
        .extracting(PackageError::file, PackageError::line, PackageError::column)
        .contains(
            org.assertj.core.groups.Tuple.tuple("PROVINCE", 1, 7),
            org.assertj.core.groups.Tuple.tuple("PROVINCE", 5, 1),
            org.assertj.core.groups.Tuple.tuple("PROVINCE", 6, 1),
            org.assertj.core.groups.Tuple.tuple("MINISTRY", 0, 0));
  }

  @Test
  void aFileThatIsNotAWorkbookSaysSo() {
    ValueWorkbook.Reading reading =
        ValueWorkbook.read("not a workbook".getBytes(), year.framework(), year.units());

    assertThat(reading.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.messageEn()).contains("not a readable XLSX"));
  }

  @Test
  void anEmptyCellIsAMissingValue() {
    ValueWorkbook.Reading reading =
        read(sheet -> sheet.getRow(2).removeCell(sheet.getRow(2).getCell(2)));

    assertThat(reading.values())
        .filteredOn(v -> v.unitCode().equals("P1") && v.indicatorCode().equals("HT.1"))
        .singleElement()
        .satisfies(v -> assertThat(v.value()).isNull());
  }

  private ValueWorkbook.Reading read(Consumer<Sheet> change) {
    try (XSSFWorkbook workbook =
            new XSSFWorkbook(
                new ByteArrayInputStream(
                    ValueWorkbook.write(year.framework(), year.units(), year.values())));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      change.accept(workbook.getSheet("PROVINCE"));
      workbook.write(out);
      return ValueWorkbook.read(out.toByteArray(), year.framework(), year.units());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void cell(Sheet sheet, int row, int column, String text) {
    Row line = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
    line.createCell(column).setCellValue(text);
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }
}
