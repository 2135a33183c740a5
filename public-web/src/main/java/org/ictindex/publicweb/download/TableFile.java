package org.ictindex.publicweb.download;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.ictindex.scoring.results.SpreadsheetCells;

/**
 * A table as a file to download: CSV in UTF-8 with a byte order mark (so spreadsheets read
 * Vietnamese), figures in plain notation, and text cells that a spreadsheet would take for a
 * formula made inert; or an XLSX workbook.
 */
public final class TableFile {

  public static final String CSV_TYPE = "text/csv; charset=UTF-8";
  public static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String BYTE_ORDER_MARK = "\uFEFF";
  private static final int MAX_SHEET_NAME = 31;

  private TableFile() {}

  /** The header and rows as CSV; a cell is text, a number, or null for empty. */
  public static byte[] csv(List<String> header, List<? extends List<?>> rows) {
    StringWriter text = new StringWriter();
    text.write(BYTE_ORDER_MARK);
    try (CSVPrinter printer =
        new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
      printer.printRecord(header.stream().map(TableFile::cell).toList());
      for (List<?> row : rows) {
        printer.printRecord(row.stream().map(TableFile::cell).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The header and rows as an XLSX workbook of one sheet: figures as numbers, everything else as
   * text cells, which a spreadsheet never evaluates.
   */
  public static byte[] xlsx(String sheetName, List<String> header, List<? extends List<?>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "ICT Index", "1.0");
      Worksheet sheet = workbook.newWorksheet(safeSheetName(sheetName));
      for (int column = 0; column < header.size(); column++) {
        sheet.value(0, column, header.get(column));
      }
      sheet.range(0, 0, 0, Math.max(header.size() - 1, 0)).style().bold().set();
      for (int i = 0; i < rows.size(); i++) {
        List<?> values = rows.get(i);
        for (int column = 0; column < values.size(); column++) {
          Object value = values.get(column);
          if (value instanceof Number number) {
            sheet.value(i + 1, column, number);
          } else if (value != null) {
            sheet.value(i + 1, column, value.toString());
          }
        }
      }
      sheet.freezePane(0, 1);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * The name as a spreadsheet accepts it for a sheet: at most 31 characters, none of {@code
   * []:*?/\}, not starting or ending with an apostrophe.
   */
  static String safeSheetName(String name) {
    String safe = name.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("^'+|'+$", "").strip();
    if (safe.isEmpty()) {
      return "Sheet1";
    }
    return safe.length() > MAX_SHEET_NAME ? safe.substring(0, MAX_SHEET_NAME) : safe;
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number) {
      return value.toString();
    }
    return SpreadsheetCells.protect(value.toString());
  }
}
