package org.ictindex.scoring.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.MissingPolicy;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.Rule;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageWriterTest {

  private final PackageReader reader = new PackageReader();

  @Test
  void readingWhatWasWrittenGivesThePackageBack() {
    CyclePackage cycle = SamplePackage.valid();

    assertThat(reader.read(PackageWriter.toZip(cycle)).cyclePackage()).contains(cycle);
  }

  @Test
  void writingWhatWasReadBackGivesTheSameBytes() {
    byte[] written = PackageWriter.toZip(SamplePackage.valid());

    byte[] rewritten = PackageWriter.toZip(reader.read(written).cyclePackage().orElseThrow());

    assertThat(rewritten).isEqualTo(written);
  }

  @Test
  void theZipHoldsTheThreeFilesInFixedOrderStoredAndDatedTheSame() throws IOException {
    List<ZipEntry> entries = new ArrayList<>();
    try (ZipInputStream zip =
        new ZipInputStream(new ByteArrayInputStream(PackageWriter.toZip(SamplePackage.valid())))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        entries.add(entry);
      }
    }

    assertThat(entries)
        .extracting(ZipEntry::getName)
        .containsExactly("framework.json", "units.csv", "values.csv");
    assertThat(entries).extracting(ZipEntry::getMethod).containsOnly(ZipEntry.STORED);
    assertThat(entries)
        .extracting(ZipEntry::getTimeLocal)
        .containsOnly(LocalDateTime.of(2000, 1, 1, 0, 0));
    assertThat(entries).extracting(ZipEntry::getExtra).containsOnlyNulls();
  }

  @Test
  void theBytesDoNotDependOnTheTimeZone() {
    CyclePackage cycle = SamplePackage.valid();
    TimeZone original = TimeZone.getDefault();
    byte[] inHanoi;
    byte[] inKiritimati;
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
      inHanoi = PackageWriter.toZip(cycle);
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      inKiritimati = PackageWriter.toZip(cycle);
    } finally {
      TimeZone.setDefault(original);
    }

    assertThat(inKiritimati).isEqualTo(inHanoi);
  }

  @Test
  void csvFilesAreUtf8WithoutBomWithLfLineEndsAndQuotesOnlyWhereNeeded() throws IOException {
    Map<String, String> files = unzip(PackageWriter.toZip(SamplePackage.valid()));

    assertThat(files.get("units.csv")).isEqualTo(SamplePackage.UNITS);
    assertThat(files.get("values.csv")).isEqualTo(SamplePackage.VALUES);
  }

  @Test
  void valuesKeepTheirExactDecimalText() throws IOException {
    List<IndicatorValue> values =
        List.of(
            new IndicatorValue("01", "HT.1", new BigDecimal("42.50"), ""),
            new IndicatorValue("01", "HT.2", new BigDecimal("1E+2"), ""),
            new IndicatorValue("01", "HT.3", new BigDecimal("-0.000"), ""));
    CyclePackage cycle = new CyclePackage(SamplePackage.valid().framework(), List.of(), values);

    assertThat(unzip(PackageWriter.toZip(cycle)).get("values.csv"))
        .isEqualTo(
            """
            unit_code,indicator_code,value,note
            01,HT.1,42.50,
            01,HT.2,100,
            01,HT.3,0.000,
            """);
  }

  @Test
  void frameworkJsonIsCanonical() throws IOException {
    Node lan =
        new Node(
            "HT.1",
            LocalizedText.of("Có \"LAN\"", null),
            BigDecimal.ONE,
            Set.of(),
            "%",
            new Rule.Bool(new BigDecimal("5")),
            List.of());
    Node infrastructure =
        new Node(
            "HT",
            LocalizedText.of("Hạ tầng", null),
            new BigDecimal("0.50"),
            Set.of("PROVINCE"),
            null,
            null,
            List.of(lan));
    Framework framework =
        new Framework(
            "F",
            2013,
            LocalizedText.of("Khung", "Framework"),
            MissingPolicy.ZERO,
            List.of(new UnitGroup("PROVINCE", LocalizedText.of("Tỉnh", null))),
            List.of(new RatingClass("YEU", LocalizedText.of("Yếu", "Weak"), BigDecimal.ZERO)),
            List.of(infrastructure));

    String json =
        unzip(PackageWriter.toZip(new CyclePackage(framework, List.of(), List.of())))
            .get("framework.json");

    assertThat(json)
        .isEqualTo(
            """
            {
              "code": "F",
              "year": 2013,
              "name": {
                "vi": "Khung",
                "en": "Framework"
              },
              "missing": "zero",
              "groups": [
                {
                  "code": "PROVINCE",
                  "name": {
                    "vi": "Tỉnh"
                  }
                }
              ],
              "classes": [
                {
                  "code": "YEU",
                  "name": {
                    "vi": "Yếu",
                    "en": "Weak"
                  },
                  "minPercent": 0
                }
              ],
              "nodes": [
                {
                  "code": "HT",
                  "name": {
                    "vi": "Hạ tầng"
                  },
                  "weight": 0.50,
                  "appliesTo": [
                    "PROVINCE"
                  ],
                  "children": [
                    {
                      "code": "HT.1",
                      "name": {
                        "vi": "Có \\"LAN\\""
                      },
                      "weight": 1,
                      "unit": "%",
                      "rule": {
                        "type": "boolean",
                        "points": 5
                      }
                    }
                  ]
                }
              ]
            }
            """);
  }

  @Test
  void appliesToIsWrittenInTheOrderOfTheGroups() throws IOException {
    CyclePackage sample = SamplePackage.valid();
    Framework framework = sample.framework();
    Node anyOrder =
        new Node(
            "X",
            LocalizedText.of("X", null),
            BigDecimal.ONE,
            Set.of("PROVINCE", "MINISTRY"),
            null,
            new Rule.Bool(BigDecimal.ONE),
            List.of());
    Framework withX =
        new Framework(
            framework.code(),
            framework.year(),
            framework.name(),
            framework.missing(),
            framework.groups(),
            framework.classes(),
            List.of(anyOrder));

    String json =
        unzip(PackageWriter.toZip(new CyclePackage(withX, List.of(), List.of())))
            .get("framework.json");

    assertThat(json)
        .contains("\"appliesTo\": [\n        \"MINISTRY\",\n        \"PROVINCE\"\n      ]");
  }

  @Test
  void aFolderRoundTripGivesThePackageBack(@TempDir Path temp) throws IOException {
    CyclePackage cycle = SamplePackage.valid();
    Path folder = temp.resolve("cycle-2013");

    PackageWriter.writeFolder(cycle, folder);

    assertThat(Files.list(folder).map(path -> path.getFileName().toString()).sorted())
        .containsExactly("framework.json", "units.csv", "values.csv");
    assertThat(reader.read(folder).cyclePackage()).contains(cycle);
  }

  @Property(tries = 100)
  void anyNameAndNoteSurviveARoundTrip(@ForAll("names") String name, @ForAll("notes") String note) {
    CyclePackage sample = SamplePackage.valid();
    List<Unit> units = new ArrayList<>(sample.units());
    Unit first = units.get(0);
    units.set(
        0, new Unit(first.code(), first.groupCode(), LocalizedText.of(name, name), List.of()));
    List<IndicatorValue> values = new ArrayList<>(sample.values());
    IndicatorValue firstValue = values.get(0);
    values.set(
        0,
        new IndicatorValue(
            firstValue.unitCode(), firstValue.indicatorCode(), firstValue.value(), note));
    CyclePackage cycle = new CyclePackage(sample.framework(), units, values);

    assertThat(reader.read(PackageWriter.toZip(cycle)).cyclePackage()).contains(cycle);
  }

  @Provide
  Arbitrary<String> names() {
    // A name is one line: tabs and line breaks are refused in names (see FreeText).
    return notes()
        .filter(text -> !text.isBlank() && text.chars().noneMatch(Character::isISOControl));
  }

  @Provide
  Arbitrary<String> notes() {
    return Arbitraries.strings()
        .withChars("aàảãáạăằắâầấđêếệôốơớưứựĐỆ Ư,;\"'|#=+-@\t\r\n")
        .ofMaxLength(20)
        .filter(text -> Normalizer.isNormalized(text, Normalizer.Form.NFC));
  }

  private static Map<String, String> unzip(byte[] zipBytes) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
