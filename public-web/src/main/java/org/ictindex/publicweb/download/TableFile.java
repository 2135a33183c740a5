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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
      CellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row headerRow = sheet.createRow(0);
      for (int column = 0; column < header.size(); column++) {
        Cell cell = headerRow.createCell(column);
        cell.setCellValue(header.get(column));
        cell.setCellStyle(bold);
      }
      for (int i = 0; i < rows.size(); i++) {
        Row row = sheet.createRow(i + 1);
        List<?> values = rows.get(i);
        for (int column = 0; column < values.size(); column++) {
          Object value = values.get(column);
          if (value instanceof Number number) {
            row.createCell(column).setCellValue(number.doubleValue());
          } else if (value != null) {
            row.createCell(column).setCellValue(value.toString());
          }
        }
      }
      sheet.createFreezePane(0, 1);
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
