package org.ictindex.scoring.pkg;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of the package (RFC 4180) with its header checked: columns are found by name, those
 * that may be left out may be, and an unknown column is an error rather than silently ignored. Rows
 * keep the line they start on; blank rows are skipped. A syntax error (an unbalanced quote) is
 * reported at the row and field where the quote opens, and the rows before it are still checked.
 */
final class CsvTable {

  /** One row: the line it starts on and its fields in file order. */
  record Row(int line, List<String> fields) {}

  private final String file;
  private final Map<String, Integer> columnIndex;
  private final List<Row> rows;

  private CsvTable(String file, Map<String, Integer> columnIndex, List<Row> rows) {
    this.file = file;
    this.columnIndex = columnIndex;
    this.rows = rows;
  }

  /**
   * Parses a CSV file.
   *
   * @param columns every column the file may have, in their usual order
   * @param required the columns it must have
   * @return the table, or null when it has no usable header (reported)
   */
  static CsvTable parse(
      String file, String text, List<String> columns, List<String> required, ErrorList errors) {
    List<Row> records = records(file, text, errors);
    if (records.isEmpty()) {
      errors.add(
          file,
          1,
          0,
          "Tệp %s trống; dòng đầu tiên phải là dòng tiêu đề: %s."
              .formatted(file, String.join(",", columns)),
          "%s is empty; its first line must be the header: %s."
              .formatted(file, String.join(",", columns)));
      return null;
    }
    Row header = records.get(0);
    Map<String, Integer> columnIndex = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip();
      if (!columns.contains(name)) {
        errors.add(
            file,
            header.line(),
            i + 1,
            "Cột \"%s\" không hợp lệ; tiêu đề của %s gồm các cột: %s."
                .formatted(name, file, String.join(",", columns)),
            "Unknown column \"%s\"; the header of %s has the columns: %s."
                .formatted(name, file, String.join(",", columns)));
      } else if (columnIndex.putIfAbsent(name, i) != null) {
        errors.add(
            file,
            header.line(),
            i + 1,
            "Cột \"%s\" bị lặp lại trong tiêu đề.".formatted(name),
            "Column \"%s\" appears twice in the header.".formatted(name));
      }
    }
    List<String> missing = required.stream().filter(c -> !columnIndex.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      errors.add(
          file,
          header.line(),
          0,
          "Dòng tiêu đề của %s thiếu cột %s (tiêu đề đúng: %s)."
              .formatted(file, String.join(", ", missing), String.join(",", columns)),
          "The header of %s lacks the column %s (the header is: %s)."
              .formatted(file, String.join(", ", missing), String.join(",", columns)));
      return null;
    }
    List<Row> rows = new ArrayList<>();
    for (Row row : records.subList(1, records.size())) {
      if (row.fields().size() == header.fields().size()) {
        rows.add(row);
      } else {
        errors.add(
            file,
            row.line(),
            Math.min(row.fields().size(), header.fields().size()) + 1,
            "Dòng có %d trường nhưng tiêu đề có %d cột (một dấu phẩy trong tên cần được đặt trong ngoặc kép)."
                .formatted(row.fields().size(), header.fields().size()),
            "The row has %d fields but the header has %d columns (a comma inside a name must be quoted)."
                .formatted(row.fields().size(), header.fields().size()));
      }
    }
    return new CsvTable(file, columnIndex, rows);
  }

  String file() {
    return file;
  }

  List<Row> rows() {
    return rows;
  }

  boolean has(String column) {
    return columnIndex.containsKey(column);
  }

  /** The field of a column in a row; empty when the column is not in the file. */
  String get(Row row, String column) {
    Integer index = columnIndex.get(column);
    return index == null ? "" : row.fields().get(index);
  }

  /** The column number (1 = first) shown in errors about a column. */
  int columnNumber(String column) {
    Integer index = columnIndex.get(column);
    return index == null ? 0 : index + 1;
  }

  /** Every non-blank record including the header, up to the first syntax error. */
  private static List<Row> records(String file, String text, ErrorList errors) {
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        // Lines read so far: the next record starts on the line after them.
        int line = (int) parser.getCurrentLineNumber() + 1;
        try {
          if (!records.hasNext()) {
            break;
          }
          List<String> fields = records.next().toList();
          if (fields.stream().anyMatch(field -> !field.isEmpty())) {
            rows.add(new Row(line, fields));
          }
        } catch (UncheckedIOException syntax) {
          reportUnbalancedQuote(file, text, line, errors);
          break;
        }
      }
    } catch (IOException unexpected) {
      // Reading a String cannot fail with anything but a syntax error, handled above.
      throw new UncheckedIOException(unexpected);
    }
    return rows;
  }

  private static void reportUnbalancedQuote(String file, String text, int line, ErrorList errors) {
    QuoteProblem problem = findQuoteProblem(text, startOfLine(text, line));
    if (problem.unclosed()) {
      errors.add(
          file,
          line,
          problem.field(),
          "Dấu ngoặc kép \" mở ở trường này không được đóng lại; hãy thêm dấu \" kết thúc, và viết \"\" cho một dấu ngoặc kép nằm trong nội dung.",
          "The quote \" opening this field is never closed; add the closing \", and write \"\" for a quote inside the text.");
    } else {
      errors.add(
          file,
          line,
          problem.field(),
          "Sau dấu ngoặc kép \" đóng trường này phải là dấu phẩy hoặc xuống dòng; viết \"\" cho một dấu ngoặc kép nằm trong nội dung.",
          "The closing quote \" of this field must be followed by a comma or a line end; write \"\" for a quote inside the text.");
    }
  }

  /**
   * @param field the field (1 = first) whose quoting is wrong
   * @param unclosed true when its quote is never closed, false when text follows the closing quote
   */
  private record QuoteProblem(int field, boolean unclosed) {}

  /**
   * Walks the record that failed to parse, by the same RFC 4180 rules as the parser, to name the
   * field whose quoting is wrong; the parser itself only says which line.
   */
  private static QuoteProblem findQuoteProblem(String text, int start) {
    int field = 1;
    boolean fieldStart = true;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (fieldStart && c == '"') {
        int close = closingQuote(text, i + 1);
        if (close < 0) {
          return new QuoteProblem(field, true);
        }
        char next = close + 1 < text.length() ? text.charAt(close + 1) : '\n';
        if (next != ',' && next != '\r' && next != '\n') {
          return new QuoteProblem(field, false);
        }
        i = close;
        fieldStart = false;
      } else if (c == ',') {
        field++;
        fieldStart = true;
      } else {
        fieldStart = false;
      }
    }
    return new QuoteProblem(field, true);
  }

  /** The index of the quote closing a quoted field whose content starts at {@code from}, or -1. */
  private static int closingQuote(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  private static int startOfLine(String text, int line) {
    int offset = 0;
    for (int current = 1; current < line; current++) {
      offset = text.indexOf('\n', offset) + 1;
    }
    return offset;
  }
}
