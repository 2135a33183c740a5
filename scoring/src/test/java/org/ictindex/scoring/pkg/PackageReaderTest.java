package org.ictindex.scoring.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ictindex.scoring.pkg.SamplePackage.FRAMEWORK;
import static org.ictindex.scoring.pkg.SamplePackage.UNITS;
import static org.ictindex.scoring.pkg.SamplePackage.VALUES;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.MissingPolicy;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Rule;
import org.ictindex.scoring.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageReaderTest {

  @Test
  void validPackageReadsIntoTheModel() {
    CyclePackage cycle = SamplePackage.valid();

    assertThat(cycle.year()).isEqualTo(2013);
    assertThat(cycle.framework().code()).isEqualTo("MIC-ICT-2013");
    assertThat(cycle.framework().missing()).isEqualTo(MissingPolicy.EXCLUDE);
    assertThat(cycle.framework().groups())
        .extracting(g -> g.code())
        .containsExactly("MINISTRY", "PROVINCE");
    assertThat(cycle.framework().classes())
        .extracting(c -> c.code(), c -> c.minPercent())
        .containsExactly(tuple("TOT", new BigDecimal("80")), tuple("YEU", new BigDecimal("0")));
    assertThat(cycle.framework().allNodes())
        .extracting(Node::code)
        .containsExactly("HT", "HT.1", "HT.2", "HT.3", "DVC", "DVC.1");
    assertThat(cycle.units()).hasSize(4);
    assertThat(cycle.values()).hasSize(14);
  }

  @Test
  void nodesGetTheirRulesWeightsAndGroups() {
    CyclePackage cycle = SamplePackage.valid();

    Node infrastructure = cycle.framework().node("HT").orElseThrow();
    assertThat(infrastructure.weight()).isEqualTo(BigDecimal.ONE);
    assertThat(infrastructure.appliesTo()).isEmpty();
    Node services = cycle.framework().node("DVC").orElseThrow();
    assertThat(services.weight()).isEqualTo(new BigDecimal("0.50"));
    assertThat(services.appliesTo()).containsExactly("PROVINCE");
    assertThat(cycle.framework().node("HT.1").orElseThrow().rule())
        .isEqualTo(new Rule.Linear(BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("20")));
    assertThat(cycle.framework().node("HT.1").orElseThrow().unit()).isEqualTo("%");
    assertThat(cycle.framework().node("HT.2").orElseThrow().rule())
        .isEqualTo(new Rule.Bool(new BigDecimal("5")));
    assertThat(cycle.framework().node("HT.3").orElseThrow().rule())
        .isEqualTo(
            new Rule.Bands(
                List.of(
                    new Rule.Band(BigDecimal.ZERO, BigDecimal.ZERO),
                    new Rule.Band(BigDecimal.TEN, new BigDecimal("5")))));
    assertThat(cycle.framework().node("HT.1").orElseThrow().name())
        .isEqualTo(new LocalizedText("Máy tính/cán bộ", null));
  }

  @Test
  void unitsKeepNamesQuotedCommasAndPredecessors() {
    CyclePackage cycle = SamplePackage.valid();

    assertThat(cycle.units())
        .containsExactly(
            new Unit("01", "PROVINCE", new LocalizedText("Hà Nội", "Ha Noi"), List.of()),
            new Unit("11", "PROVINCE", new LocalizedText("Điện Biên", "Dien Bien"), List.of()),
            new Unit(
                "BTC",
                "MINISTRY",
                new LocalizedText("Bộ Tài chính", "Ministry of Finance"),
                List.of()),
            new Unit(
                "BKH",
                "MINISTRY",
                new LocalizedText("Bộ Kế hoạch, Đầu tư", null),
                List.of("BKH1", "BKH2")));
  }

  @Test
  void valuesKeepTheirExactDecimalTextAndAnEmptyValueIsMissing() {
    CyclePackage cycle = SamplePackage.valid();

    assertThat(cycle.values().get(0))
        .isEqualTo(new IndicatorValue("01", "HT.1", new BigDecimal("42.50"), ""));
    assertThat(cycle.values().get(0).value().toPlainString()).isEqualTo("42.50");
    assertThat(cycle.values().get(1).note()).isEqualTo("có, theo báo cáo");
    assertThat(cycle.values().get(6))
        .isEqualTo(new IndicatorValue("11", "HT.3", null, "chưa báo cáo"));
  }

  @Test
  void optionalColumnsAndFieldsMayBeLeftOut() {
    String framework =
        FRAMEWORK.replace("  \"missing\": \"exclude\",\n", "").replace("\"weight\": 0.50, ", "");
    String units = "unit_code,group_code,name_vi\n01,PROVINCE,Hà Nội\n";
    String values = "unit_code,indicator_code,value\n01,HT.1,5\n";

    PackageReadResult result = SamplePackage.read(framework, units, values);

    assertThat(result.errors()).isEmpty();
    CyclePackage cycle = result.cyclePackage().orElseThrow();
    assertThat(cycle.framework().missing()).isEqualTo(MissingPolicy.EXCLUDE);
    assertThat(cycle.framework().node("DVC").orElseThrow().weight()).isEqualTo(BigDecimal.ONE);
    assertThat(cycle.units())
        .containsExactly(new Unit("01", "PROVINCE", new LocalizedText("Hà Nội", null), List.of()));
    assertThat(cycle.values())
        .containsExactly(new IndicatorValue("01", "HT.1", new BigDecimal("5"), ""));
  }

  @Test
  void columnsMayComeInAnyOrder() {
    String units = "group_code,name_vi,unit_code\nPROVINCE,Hà Nội,01\n";
    String values = "value,indicator_code,unit_code\n5,HT.1,01\n";

    PackageReadResult result = SamplePackage.read(FRAMEWORK, units, values);

    assertThat(result.errors()).isEmpty();
    assertThat(result.cyclePackage().orElseThrow().values())
        .containsExactly(new IndicatorValue("01", "HT.1", new BigDecimal("5"), ""));
  }

  @Test
  void crlfLineEndsAndBlankLinesAreAccepted() {
    String units = UNITS.replace("\n", "\r\n") + "\r\n\r\n";

    PackageReadResult result = SamplePackage.read(FRAMEWORK, units, VALUES);

    assertThat(result.errors()).isEmpty();
    assertThat(result.cyclePackage().orElseThrow().units()).hasSize(4);
  }

  @Test
  void zeroMissingPolicyIsRead() {
    PackageReadResult result =
        SamplePackage.read(
            FRAMEWORK.replace("\"missing\": \"exclude\"", "\"missing\": \"zero\""), UNITS, VALUES);

    assertThat(result.cyclePackage().orElseThrow().framework().missing())
        .isEqualTo(MissingPolicy.ZERO);
  }

  @Test
  void anExponentInFrameworkJsonIsFoldedIntoAPlainNumber() {
    PackageReadResult result =
        SamplePackage.read(FRAMEWORK.replace("\"max\": 100", "\"max\": 1E+2"), UNITS, VALUES);

    Rule.Linear rule =
        (Rule.Linear)
            result.cyclePackage().orElseThrow().framework().node("HT.1").orElseThrow().rule();
    assertThat(rule.max()).isEqualTo(new BigDecimal("100"));
    assertThat(rule.max().toPlainString()).isEqualTo("100");
  }

  @Test
  void bytesStreamZipFileAndFolderGiveTheSamePackage(@TempDir Path temp) throws IOException {
    byte[] zip = SamplePackage.zip(SamplePackage.files());
    Path zipFile = Files.write(temp.resolve("cycle-2013.zip"), zip);
    Path folder = SamplePackage.folder(temp, FRAMEWORK, UNITS, VALUES);
    PackageReader reader = new PackageReader();

    CyclePackage fromBytes = reader.read(zip).cyclePackage().orElseThrow();

    assertThat(reader.read(new ByteArrayInputStream(zip)).cyclePackage()).contains(fromBytes);
    assertThat(reader.read(zipFile).cyclePackage()).contains(fromBytes);
    assertThat(reader.read(folder).cyclePackage()).contains(fromBytes);
  }

  @Test
  void everyErrorOfEveryFileIsReportedAtOnceInFileOrder() {
    String framework = FRAMEWORK.replace("\"weight\": 0.50", "\"weight\": -1");
    String units = UNITS + "01,PROVINCE,Hà Nội lần hai,,\n";
    String values = VALUES + "01,HT.9,1,\n";

    PackageReadResult result = SamplePackage.read(framework, units, values);

    assertThat(result.errors())
        .extracting(PackageError::file, PackageError::line, PackageError::column)
        .containsExactly(
            tuple("framework.json", 20, 63), tuple("units.csv", 6, 1), tuple("values.csv", 16, 2));
  }

  @Test
  void aFrameworkWhoseListsCannotBeReadDoesNotMakeEveryUnitAndValueAnError() {
    String framework =
        FRAMEWORK
            .replaceAll("(?s)\"groups\": \\[.*?\n  \\],", "\"groups\": \"MINISTRY, PROVINCE\",")
            .replaceAll("(?s)\"nodes\": \\[.*\n  \\]", "\"nodes\": {}");

    PackageReadResult result = SamplePackage.read(framework, UNITS, VALUES);

    assertThat(result.errors())
        .extracting(
            PackageError::file, PackageError::line, PackageError::column, PackageError::messageEn)
        .containsExactly(
            tuple("framework.json", 6, 13, "\"groups\" must be a list [ … ], not a string."),
            tuple("framework.json", 11, 12, "\"nodes\" must be a list [ … ], not an object."));
  }

  @Test
  void aPathThatIsNeitherFileNorFolderIsAnError(@TempDir Path temp) throws IOException {
    PackageReadResult result = new PackageReader().read(temp.resolve("missing.zip"));

    assertThat(result.errors())
        .extracting(PackageError::file, PackageError::line, PackageError::column)
        .containsExactly(tuple("missing.zip", 0, 0));
    assertThat(result.errors().get(0).messageEn()).startsWith("There is no file or folder");
  }

  @Test
  void errorsFormatAsFileLineColumnMessageInEitherLanguage() {
    PackageError error =
        new PackageError(
            "values.csv", 3, 2, "Thiếu mã chỉ tiêu.", "The indicator code is missing.");

    assertThat(error.format("vi")).isEqualTo("values.csv:3:2: Thiếu mã chỉ tiêu.");
    assertThat(error.format("en")).isEqualTo("values.csv:3:2: The indicator code is missing.");
    assertThat(error.message("fr")).isEqualTo("Thiếu mã chỉ tiêu.");
  }
}
