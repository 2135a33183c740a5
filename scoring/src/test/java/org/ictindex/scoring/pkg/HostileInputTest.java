package org.ictindex.scoring.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.scoring.pkg.SamplePackage.FRAMEWORK;
import static org.ictindex.scoring.pkg.SamplePackage.UNITS;
import static org.ictindex.scoring.pkg.SamplePackage.VALUES;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ictindex.scoring.engine.Methodology;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.results.ResultsCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input, one case per attack: every package is either refused with an error that names the
 * file, line and column, and then yields no package at all, or read with the hostile text kept
 * exactly as written, to be shown escaped and exported protected. Units and values lines below
 * refer to {@link SamplePackage}: the row of unit 01 is line 2 of units.csv, its HT.1 value line 2
 * and its HT.2 value line 3 of values.csv.
 */
class HostileInputTest {

  /** Column of a framework.json error: any, since JSON columns count characters on the line. */
  private static final int SOME_COLUMN = -1;

  private static final String ARCHIVE = PackageReader.DEFAULT_ARCHIVE_NAME;
  private static final String LONG_NAME = "Tỉnh ".repeat(2000);
  private static final String NFD_NAME = Normalizer.normalize("Hà Nội", Normalizer.Form.NFD);

  record Refused(
      String attack,
      Supplier<PackageReadResult> read,
      String file,
      int line,
      int column,
      String messageEn) {
    @Override
    public String toString() {
      return attack;
    }
  }

  record Inert(
      String attack,
      String units,
      String values,
      Function<CyclePackage, String> stored,
      String expected) {
    @Override
    public String toString() {
      return attack;
    }
  }

  static Stream<Refused> refused() {
    return Stream.of(
        unitsRow(
            "unitCodeWithZeroWidthSpace", "0\u200B1,PROVINCE,Hà Nội,Ha Noi,", 1, "is not valid"),
        unitsRow(
            "unitCodeWithRightToLeftOverride",
            "\u202E10,PROVINCE,Hà Nội,Ha Noi,",
            1,
            "is not valid"),
        unitsRow(
            "unitCodeWithSqlMetacharacters",
            "01';DROP TABLE unit;--,PROVINCE,Hà Nội,,",
            1,
            "is not valid"),
        unitsRow("unitCodeWithScriptTag", "<script>,PROVINCE,Hà Nội,,", 1, "is not valid"),
        unitsRow("unitCodeWithElExpression", "#{7*7},PROVINCE,Hà Nội,,", 1, "is not valid"),
        unitsRow(
            "predecessorWithPathSeparator", "01,PROVINCE,Hà Nội,,../02", 5, "is not a valid code"),
        unitsRow(
            "nameWithZeroWidthSpace",
            "01,PROVINCE,Hà\u200BNội,,",
            3,
            "invisible character U+200B ZERO WIDTH SPACE at position 3"),
        unitsRow(
            "nameWithZeroWidthJoiner",
            "01,PROVINCE,Hà Nội\u200D,,",
            3,
            "invisible character U+200D ZERO WIDTH JOINER at position 7"),
        unitsRow(
            "nameWithZeroWidthNoBreakSpace",
            "01,PROVINCE,Hà\uFEFFNội,,",
            3,
            "invisible character U+FEFF"),
        unitsRow(
            "nameWithRightToLeftOverride",
            "01,PROVINCE,\u202EiộN àH,,",
            3,
            "invisible character U+202E RIGHT-TO-LEFT OVERRIDE at position 1"),
        unitsRow(
            "nameWithLeftToRightIsolate",
            "01,PROVINCE,\u2066Hà Nội\u2069,,",
            3,
            "invisible character U+2066"),
        unitsRow(
            "nameWithRightToLeftMark",
            "01,PROVINCE,Hà Nội\u200F,,",
            3,
            "invisible character U+200F"),
        unitsRow(
            "nameWithSoftHyphen", "01,PROVINCE,Hà\u00ADNội,,", 3, "invisible character U+00AD"),
        unitsRow(
            "nameWithNulCharacter", "01,PROVINCE,Hà\u0000Nội,,", 3, "invisible character U+0000"),
        unitsRow(
            "nameStartingWithTabThenEquals",
            "01,PROVINCE,\"\t=1+1\",,",
            3,
            "invisible character U+0009"),
        unitsRow(
            "nameStartingWithCarriageReturnThenEquals",
            "01,PROVINCE,\"\r=1+1\",,",
            3,
            "invisible character U+000D"),
        unitsRow(
            "nameWithNewlineThenEquals",
            "01,PROVINCE,\"Hà Nội\n=1+1\",,",
            3,
            "invisible character U+000A"),
        unitsRow(
            "nameWithCombiningGraphemeJoiner",
            "01,PROVINCE,Hà\u034FNội,Ha Noi,",
            3,
            "U+034F COMBINING GRAPHEME JOINER at position 3"),
        unitsRow(
            "nameWithVariationSelector16",
            "01,PROVINCE,Hà Nội\uFE0F,Ha Noi,",
            3,
            "U+FE0F VARIATION SELECTOR-16"),
        unitsRow(
            "nameWithHangulFiller", "01,PROVINCE,Hà\u3164Nội,Ha Noi,", 3, "U+3164 HANGUL FILLER"),
        unitsRow(
            "nameWithBrailleBlank",
            "01,PROVINCE,Hà\u2800Nội,Ha Noi,",
            3,
            "U+2800 BRAILLE PATTERN BLANK"),
        unitsRow(
            "englishNameWithLineSeparator",
            "01,PROVINCE,Hà Nội,Ha\u2028Noi,",
            4,
            "U+2028 LINE SEPARATOR"),
        unitsRow(
            "nameWithNoncharacter", "01,PROVINCE,Hà Nội\uFFFE,Ha Noi,", 3, "U+FFFE NONCHARACTER"),
        valuesRow(
            "noteWithParagraphSeparator",
            "01,HT.1,42,nguồn\u2029",
            4,
            "U+2029 PARAGRAPH SEPARATOR"),
        unitsRow(
            "englishNameWithPopDirectionalFormatting",
            "01,PROVINCE,Hà Nội,Ha Noi\u202C,",
            4,
            "invisible character U+202C"),
        unitsRow(
            "nameOf10000Characters",
            "01,PROVINCE," + LONG_NAME + ",,",
            3,
            "10000 characters long, more than the limit of 500"),
        new Refused(
            "unbalancedQuoteInName",
            () ->
                SamplePackage.read(FRAMEWORK, UNITS + "12,PROVINCE,\"Lai Châu,Lai Chau,\n", VALUES),
            PackageFiles.UNITS_CSV,
            6,
            3,
            "is never closed"),
        unitsRow(
            "textAfterClosingQuoteInName",
            "01,PROVINCE,\"Hà\" Nội,Ha Noi,",
            3,
            "must be followed by a comma"),
        valuesRow("valueNaN", "01,HT.1,NaN,", 3, "is not a finite number"),
        valuesRow("valueInfinity", "01,HT.1,Infinity,", 3, "is not a finite number"),
        valuesRow("valueNegativeInfinity", "01,HT.1,-Infinity,", 3, "is not a finite number"),
        valuesRow("valueOneE309", "01,HT.1,1e309,", 3, "without an exponent"),
        valuesRow(
            "valueBeyondDoubleWrittenInFull",
            "01,HT.1,1" + "0".repeat(400) + ",",
            3,
            "is too large"),
        valuesRow("valueFormula", "01,HT.1,=1+1,", 3, "is not a number"),
        valuesRow(
            "valueWithSqlInjection", "01,HT.1,1; DROP TABLE recorded_value,", 3, "is not a number"),
        valuesRow("valueWithZeroWidthSpace", "01,HT.1,4\u200B2,", 3, "is not a number"),
        valuesRow("valueWithDecimalComma", "01,HT.1,\"42,5\",", 3, "uses a decimal comma"),
        valuesRow("booleanValueTwo", "01,HT.2,2,", 3, "takes only 0 (no) or 1 (yes)"),
        valuesRow(
            "noteWithZeroWidthSpace",
            "01,HT.1,42,nguồn\u200B",
            4,
            "invisible character U+200B ZERO WIDTH SPACE at position 6"),
        valuesRow(
            "noteWithRightToLeftOverride",
            "01,HT.1,42,\u202Efdp.exe",
            4,
            "invisible character U+202E"),
        valuesRow(
            "noteOf4001Characters",
            "01,HT.1,42," + "x".repeat(4001),
            4,
            "4001 characters long, more than the limit of 4000"),
        valuesRow("unbalancedQuoteInNote", "01,HT.1,42,\"theo báo cáo", 4, "is never closed"),
        framework(
            "negativeWeight",
            "\"weight\": 0.50",
            "\"weight\": -0.50",
            "\"DVC\"",
            "A \"weight\" cannot be negative."),
        framework(
            "weightNaN",
            "\"weight\": 0.50",
            "\"weight\": NaN",
            "\"DVC\"",
            "\"NaN\" is not a finite number"),
        framework(
            "weightInfinity",
            "\"weight\": 0.50",
            "\"weight\": Infinity",
            "\"DVC\"",
            "\"Infinity\" is not a finite number"),
        framework(
            "weightOneE309",
            "\"weight\": 0.50",
            "\"weight\": 1e309",
            "\"DVC\"",
            "The number 1E+309 is too large."),
        framework(
            "nodeCodeUsedTwiceMakesAGraphNotATree",
            "\"code\": \"DVC.1\"",
            "\"code\": \"HT.2\"",
            "Dịch vụ mức 3",
            "the framework is a tree, each node appears once"),
        framework(
            "nodeWithBothRuleAndChildren",
            "\"appliesTo\": [\"PROVINCE\"], \"children\"",
            "\"appliesTo\": [\"PROVINCE\"], \"rule\": {\"type\": \"boolean\", \"points\": 1}, \"children\"",
            "\"DVC\"",
            "has both \"rule\" and \"children\""),
        framework(
            "leafWithoutRule",
            ", \"rule\": {\"type\": \"boolean\", \"points\": 5}",
            "",
            "Có mạng LAN",
            "has no scoring \"rule\""),
        framework(
            "nodeNameOf10000Characters",
            "Có mạng LAN",
            LONG_NAME,
            LONG_NAME,
            "10000 characters long"),
        framework(
            "groupNameWithRightToLeftOverride",
            "\"Ministries\"",
            "\"\u202EseirtsiniM\"",
            "seirtsiniM",
            "invisible character U+202E"),
        framework(
            "nodeNameWithZeroWidthSpace",
            "Băng thông",
            "Băng\u200Bthông",
            "Băng",
            "invisible character U+200B"),
        encoded(
            "unitsInWindows1258",
            PackageFiles.UNITS_CSV,
            Charset.forName("windows-1258"),
            new byte[0],
            2,
            "is probably saved as Windows-1258"),
        encoded(
            "valuesInWindows1258",
            PackageFiles.VALUES_CSV,
            Charset.forName("windows-1258"),
            new byte[0],
            3,
            "is probably saved as Windows-1258"),
        encoded(
            "unitsInUtf16LittleEndianWithBom",
            PackageFiles.UNITS_CSV,
            StandardCharsets.UTF_16LE,
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            0,
            "is saved as UTF-16"),
        encoded(
            "unitsInUtf16BigEndianWithBom",
            PackageFiles.UNITS_CSV,
            StandardCharsets.UTF_16BE,
            new byte[] {(byte) 0xFE, (byte) 0xFF},
            0,
            "is saved as UTF-16"),
        encoded(
            "valuesInUtf16WithoutBom",
            PackageFiles.VALUES_CSV,
            StandardCharsets.UTF_16LE,
            new byte[0],
            0,
            "is saved as UTF-16"),
        encoded(
            "unitsWithUtf8BomTwice",
            PackageFiles.UNITS_CSV,
            StandardCharsets.UTF_8,
            new byte[] {
              (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF
            },
            1,
            "Unknown column \"\uFEFFunit_code\""),
        archive("zipSlipParentFolder", Map.of("../evil.sh", new byte[1]), "has a path"),
        archive("zipSlipAbsolutePath", Map.of("/etc/cron.d/evil", new byte[1]), "has a path"),
        archive("zipSlipBackslashPath", Map.of("..\\evil.bat", new byte[1]), "has a path"),
        new Refused("zipBomb", HostileInputTest::zipBomb, ARCHIVE, 0, 0, "as a ZIP bomb would be"),
        new Refused(
            "oversizeFile",
            () ->
                new PackageReader(new PackageLimits(1000, 1 << 20, 100, 10))
                    .read(
                        SamplePackage.zip(
                            SamplePackage.files(
                                FRAMEWORK, UNITS + "12,PROVINCE,Lai Châu,,\n".repeat(50), VALUES))),
            ARCHIVE,
            0,
            0,
            "larger than the limit of 1000 B"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void isRefusedWithALocatedMessageInBothLanguagesAndNothingRead(Refused hostile) {
    PackageReadResult result = hostile.read().get();

    assertThat(result.isValid()).isFalse();
    assertThat(result.cyclePackage()).isEmpty();
    assertThat(result.errors())
        .anySatisfy(
            error -> {
              assertThat(error.file()).isEqualTo(hostile.file());
              assertThat(error.line()).isEqualTo(hostile.line());
              if (hostile.column() == SOME_COLUMN) {
                assertThat(error.column()).isPositive();
              } else {
                assertThat(error.column()).isEqualTo(hostile.column());
              }
              assertThat(error.messageEn()).contains(hostile.messageEn());
              assertThat(error.messageVi()).isNotBlank().isNotEqualTo(error.messageEn());
            });
  }

  static Stream<Inert> inert() {
    return Stream.of(
        unitName("nameWithScriptTag", "<script>alert(1)</script>"),
        unitName("nameBreakingOutOfADoubleQuotedAttribute", "\" onmouseover=\"alert(1)"),
        unitName("nameBreakingOutOfASingleQuotedAttribute", "' autofocus onfocus='alert(1)"),
        unitName("nameWithImageOnerror", "<img src=x onerror=alert(1)>"),
        unitName("nameWithElExpression", "#{7*7}"),
        unitName("nameWithDeferredElCallingAMethod", "#{request.getSession().invalidate()}"),
        unitName("nameWithImmediateEl", "${7*7}"),
        unitName("nameWithSqlMetacharacters", "Bộ'; DROP TABLE assessed_unit; --"),
        unitName("nameWithSqlLikeWildcards", "100%_Tỉnh\\"),
        unitName("nameStartingWithEquals", "=HYPERLINK(\"http://evil.example\",\"Hà Nội\")"),
        unitName("nameStartingWithPlus", "+84 912 345 678"),
        unitName("nameStartingWithMinus", "-1+1"),
        unitName("nameStartingWithAt", "@SUM(A1:A9)"),
        unitName("nameOfExactly500Characters", "Ạ".repeat(500)),
        new Inert(
            "nameInNfdStoredAsNfc",
            UNITS.replace("Hà Nội", NFD_NAME),
            VALUES,
            cycle -> cycle.units().get(0).name().vi(),
            "Hà Nội"),
        new Inert(
            "codeInNfdMatchesNfcCodeInValues",
            UNITS.replace("01,PROVINCE", "HÀ,PROVINCE"),
            VALUES.replace("01,", Normalizer.normalize("HÀ", Normalizer.Form.NFD) + ","),
            cycle -> cycle.values().get(0).unitCode(),
            "HÀ"),
        new Inert(
            "utf8BomOnUnitsOnly",
            "\uFEFF" + UNITS,
            VALUES,
            cycle -> cycle.units().get(0).code(),
            "01"),
        note("noteStartingWithEquals", "=cmd|' /C calc'!A0"),
        note("noteStartingWithTabThenEquals", "\t=1+1"),
        note("noteStartingWithCarriageReturnThenEquals", "\r=1+1"),
        note("noteStartingWithNewlineThenEquals", "\n=1+1"),
        note("noteWithScriptAndEl", "<script>alert('#{7*7}')</script>"),
        note("noteWithSqlMetacharacters", "'; DELETE FROM audit_record WHERE '1'='1"),
        note("noteOfExactly4000Characters", "ghi chú ".repeat(500)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inert")
  void isReadWithTheHostileTextKeptExactly(Inert hostile) {
    PackageReadResult result = SamplePackage.read(FRAMEWORK, hostile.units(), hostile.values());

    assertThat(result.errors()).isEmpty();
    assertThat(hostile.stored().apply(result.cyclePackage().orElseThrow()))
        .isEqualTo(hostile.expected());
  }

  static Stream<String> formulaLeadingNames() {
    return Stream.of(
        "=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\n=1+1", "=HYPERLINK(\"x\")");
  }

  /**
   * Unicode 15.1 DerivedCoreProperties.txt, Default_Ignorable_Code_Point, and PropList.txt,
   * Bidi_Control, copied here to check the rule against the data rather than against itself.
   */
  private static final String DEFAULT_IGNORABLE_AND_BIDI_CONTROL =
      """
      00AD 034F 061C 115F..1160 17B4..17B5 180B..180D 180E 180F 200B..200F 202A..202E 2060..2064
      2065 2066..206F 3164 FE00..FE0F FEFF FFA0 FFF0..FFF8 1BCA0..1BCA3 1D173..1D17A E0000 E0001
      E0002..E001F E0020..E007F E0080..E00FF E0100..E01EF E01F0..E0FFF
      061C 200E 200F 202A..202E 2066..2069
      """;

  /** Blank look-alikes, separators, noncharacters, private use and controls besides those sets. */
  private static final int[] ALSO_REFUSED = {
    0x2800, 0x2028, 0x2029, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF, 0xFDD0, 0xFDEF, 0xE000, 0xF8FF,
    0xF0000, 0x10FFFD, 0x0000, 0x001B, 0x007F, 0x0085, 0x009F, 0x0600, 0xD800, 0xDC00
  };

  static IntStream invisibleCharacters() {
    IntStream fromUnicodeData =
        Stream.of(DEFAULT_IGNORABLE_AND_BIDI_CONTROL.trim().split("\\s+"))
            .flatMapToInt(
                range -> {
                  String[] bounds = range.split("\\.\\.");
                  int first = Integer.parseInt(bounds[0], 16);
                  int last = Integer.parseInt(bounds[bounds.length - 1], 16);
                  return IntStream.rangeClosed(first, last);
                });
    return IntStream.concat(fromUnicodeData, IntStream.of(ALSO_REFUSED)).distinct();
  }

  @Test
  void everyInvisibleCharacterIsRefusedInNamesNotesAndReasonsAlikeAndNamedInTheMessage() {
    List<Integer> accepted = new ArrayList<>();
    invisibleCharacters()
        .forEach(
            c -> {
              String text = "Hà" + new String(Character.toChars(c)) + "Nội";
              for (FreeText.Problem problem :
                  new FreeText.Problem[] {
                    FreeText.checkName(text), FreeText.checkNote(text), FreeText.checkReason(text)
                  }) {
                if (problem == null) {
                  accepted.add(c);
                  continue;
                }
                String named = "U+%04X".formatted(c);
                assertThat(problem.messageEn()).contains(named + " ", "at position 3");
                assertThat(problem.messageVi()).contains(named + " ", "ở vị trí 3");
              }
            });
    assertThat(accepted).extracting(c -> "U+%04X".formatted(c)).isEmpty();
  }

  @Test
  void aReasonNamesTheBidiOverrideItHolds() {
    FreeText.Problem problem = FreeText.checkReason("Sửa số liệu của \u202Eabc");

    assertThat(problem.messageEn())
        .contains("invisible character U+202E RIGHT-TO-LEFT OVERRIDE at position 17");
    assertThat(problem.messageVi()).contains("ký tự vô hình U+202E RIGHT-TO-LEFT OVERRIDE");
    assertThat(FreeText.checkReason("x".repeat(4001)).messageEn())
        .contains("4001 characters long, more than the limit of 4000");
  }

  @Test
  void ordinaryTextIsAcceptedAndOnlyNotesAndReasonsMaySpanLines() {
    for (String text :
        List.of(
            "Sở Thông tin và Truyền thông (TT&TT) – 2013",
            "Ủy ban nhân dân tỉnh Bà Rịa\u00A0– Vũng Tàu",
            "日本語 한국어 עברית العربية",
            "Đạt 😀 ✓")) {
      assertThat(FreeText.checkName(text)).as(text).isNull();
      assertThat(FreeText.checkNote(text)).as(text).isNull();
      assertThat(FreeText.checkReason(text)).as(text).isNull();
    }
    String lines = "Dòng một\r\nDòng hai\tcột";
    assertThat(FreeText.checkNote(lines)).isNull();
    assertThat(FreeText.checkReason(lines)).isNull();
    assertThat(FreeText.checkName(lines).messageEn()).contains("U+000D");
  }

  @ParameterizedTest(name = "resultsCsvProtects {0}")
  @MethodSource("formulaLeadingNames")
  void resultsCsvTurnsAFormulaLeadingNameIntoText(String name) {
    CyclePackage sample = SamplePackage.valid();
    List<Unit> units =
        sample.units().stream()
            .map(
                u ->
                    u.code().equals("01")
                        ? new Unit(
                            "01", u.groupCode(), new LocalizedText(name, null), u.predecessors())
                        : u)
            .toList();
    CyclePackage hostile = new CyclePackage(sample.framework(), units, sample.values());

    String csv =
        new String(
            ResultsCsv.write(hostile, Methodology.compute(hostile, null)), StandardCharsets.UTF_8);

    assertThat(csvRows(csv.substring(1)))
        .filteredOn(row -> row.get("unit_code").equals("01"))
        .isNotEmpty()
        .allSatisfy(row -> assertThat(row.get("unit_name_vi")).isEqualTo("'" + name));
  }

  private static List<CSVRecord> csvRows(String csv) {
    try {
      return CSVFormat.RFC4180
          .builder()
          .setHeader()
          .build()
          .parse(new StringReader(csv))
          .getRecords();
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  private static Refused unitsRow(String attack, String row, int column, String messageEn) {
    String units = UNITS.replace("01,PROVINCE,Hà Nội,Ha Noi,", row);
    return new Refused(
        attack,
        () -> SamplePackage.read(FRAMEWORK, units, VALUES),
        PackageFiles.UNITS_CSV,
        2,
        column,
        messageEn);
  }

  private static Refused valuesRow(String attack, String row, int column, String messageEn) {
    String values = VALUES.replace("01,HT.2,1,\"có, theo báo cáo\"", row);
    return new Refused(
        attack,
        () -> SamplePackage.read(FRAMEWORK, UNITS, values),
        PackageFiles.VALUES_CSV,
        3,
        column,
        messageEn);
  }

  private static Refused framework(
      String attack, String from, String to, String lineMarker, String messageEn) {
    String framework = FRAMEWORK.replace(from, to);
    int line = (int) framework.substring(0, framework.indexOf(lineMarker)).lines().count();
    return new Refused(
        attack,
        () -> SamplePackage.read(framework, UNITS, VALUES),
        PackageFiles.FRAMEWORK_JSON,
        line,
        SOME_COLUMN,
        messageEn);
  }

  private static Refused encoded(
      String attack, String file, Charset charset, byte[] prefix, int line, String messageEn) {
    Map<String, byte[]> files = SamplePackage.files();
    String text = new String(files.get(file), StandardCharsets.UTF_8);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(prefix);
    bytes.writeBytes(text.getBytes(charset));
    files.put(file, bytes.toByteArray());
    int column = line == 2 ? 14 : line == 3 ? 13 : line == 1 ? 1 : 0;
    return new Refused(
        attack,
        () -> new PackageReader().read(SamplePackage.zip(files)),
        file,
        line,
        column,
        messageEn);
  }

  private static Refused archive(String attack, Map<String, byte[]> extra, String messageEn) {
    Map<String, byte[]> files = SamplePackage.files();
    files.putAll(extra);
    return new Refused(
        attack, () -> new PackageReader().read(SamplePackage.zip(files)), ARCHIVE, 0, 0, messageEn);
  }

  private static PackageReadResult zipBomb() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(PackageFiles.UNITS_CSV));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return new PackageReader().read(bytes.toByteArray());
  }

  private static Inert unitName(String attack, String name) {
    String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
    return new Inert(
        attack,
        UNITS.replace("Hà Nội", quoted),
        VALUES,
        cycle -> cycle.units().get(0).name().vi(),
        name);
  }

  private static Inert note(String attack, String note) {
    String quoted = "\"" + note.replace("\"", "\"\"") + "\"";
    return new Inert(
        attack,
        UNITS,
        VALUES.replace("\"có, theo báo cáo\"", quoted),
        cycle -> cycle.values().get(1).note(),
        note);
  }
}
