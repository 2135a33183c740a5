package org.ictindex.domain.cycle;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.domain.testing.TestPackages.unit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
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

  @Test
  void aSheetOverTheRowLimitIsRefusedByThatAlone() {
    ValueWorkbook.Reading reading =
        read(
            sheet -> {
              cell(sheet, 2, 2, "not a number");
              cell(sheet, 20_001, 0, "P2");
            });

    assertThat(reading.values()).isEmpty();
    assertThat(reading.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.messageEn()).isEqualTo("The sheet has more than 20000 rows."));
  }

  @Test
  void aPartCompressedLikeAZipBombIsRefusedBeforeItIsRead() throws IOException {
    byte[] zeros = new byte[2 * 1024 * 1024];

    ValueWorkbook.Reading reading =
        ValueWorkbook.read(zipOf("xl/sharedStrings.xml", zeros, 9), year.framework(), year.units());

    assertThat(reading.errors())
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.messageEn())
                    .contains("not a readable XLSX")
                    .contains("xl/sharedStrings.xml is compressed more than 100 times"));
  }

  @Test
  void aPartThatInflatesBeyondTheLimitIsRefusedBeforeItIsRead() throws IOException {
    byte[] noise = new byte[101 * 1024 * 1024];
    new Random(7).nextBytes(noise);

    ValueWorkbook.Reading reading =
        ValueWorkbook.read(
            zipOf("xl/worksheets/sheet1.xml", noise, 0), year.framework(), year.units());

    assertThat(reading.errors())
        .singleElement()
        .satisfies(
            e -> assertThat(e.messageEn()).contains("xl/worksheets/sheet1.xml exceeds 100 MB"));
  }

  private static byte[] zipOf(String name, byte[] content, int level) throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      zip.setLevel(level);
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return zipped.toByteArray();
  }

  @Test
  void aWorkbookThatDeclaresAnExternalEntityIsNotReadAndTheEntityIsNeverFetched()
      throws IOException {
    Path secret = Files.createTempFile("ictindex-secret", ".txt");
    Files.writeString(secret, "TOP-SECRET");
    byte[] workbook = ValueWorkbook.write(year.framework(), year.units(), year.values());
    String doctype =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE sst [<!ENTITY secret SYSTEM \""
            + secret.toUri()
            + "\">]>";

    byte[] poisoned =
        rewriteParts(
            workbook,
            (name, xml) ->
                name.equals("xl/sharedStrings.xml")
                    ? doctype + xml.substring(xml.indexOf("?>") + 2).replace(">P1<", ">&secret;<")
                    : xml);
    ValueWorkbook.Reading reading = ValueWorkbook.read(poisoned, year.framework(), year.units());

    assertThat(reading.values()).isEmpty();
    assertThat(reading.errors()).isNotEmpty();
    assertThat(reading.errors())
        .allSatisfy(e -> assertThat(e.messageEn()).doesNotContain("TOP-SECRET"));
    Files.delete(secret);
  }

  @Test
  void numbersAreReadAsWrittenInTheFileAndBooleanCellsAsOneOrZero() {
    ValueWorkbook.Reading reading =
        read(
            sheet -> {
              cell(sheet, 2, 2, "0.1");
              sheet.getRow(2).getCell(2).setCellValue(0.1 + 0.2);
              sheet.getRow(2).createCell(3).setCellValue(true);
            });

    assertThat(reading.errors()).isEmpty();
    assertThat(reading.values())
        .filteredOn(v -> v.unitCode().equals("P1"))
        .filteredOn(v -> v.indicatorCode().equals("HT.1") || v.indicatorCode().equals("HT.2"))
        .extracting(IndicatorValue::indicatorCode, v -> plain(v.value()))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("HT.1", "0.30000000000000004"),
            org.assertj.core.groups.Tuple.tuple("HT.2", "1"));
  }

  /** The workbook with each XML part's text replaced by the function's answer. */
  private static byte[] rewriteParts(byte[] workbook, BinaryOperator<String> rewrite)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipFile original =
            ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook))
                .get();
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipArchiveEntry entry : java.util.Collections.list(original.getEntries())) {
        String text = new String(original.getInputStream(entry).readAllBytes(), UTF_8);
        zip.putNextEntry(new ZipEntry(entry.getName()));
        zip.write(rewrite.apply(entry.getName(), text).getBytes(UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
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
