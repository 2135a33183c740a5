package org.ictindex.publicweb.download;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ictindex.scoring.results.SpreadsheetCells;

/**
 * A table as a file to download: CSV in UTF-8 with a byte order mark (so spreadsheets read
 * Vietnamese), figures in plain notation, and text cells that a spreadsheet would take for a
 * formula made inert.
 */
public final class TableFile {

  public static final String CSV_TYPE = "text/csv; charset=UTF-8";
  private static final String BYTE_ORDER_MARK = "\uFEFF";

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
