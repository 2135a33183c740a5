package org.ictindex.scoring.pkg;

import static org.ictindex.scoring.pkg.PackageFiles.INDICATOR_CODE;
import static org.ictindex.scoring.pkg.PackageFiles.NOTE;
import static org.ictindex.scoring.pkg.PackageFiles.UNIT_CODE;
import static org.ictindex.scoring.pkg.PackageFiles.VALUE;
import static org.ictindex.scoring.pkg.PackageFiles.VALUES_COLUMNS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ictindex.scoring.model.IndicatorValue;

/**
 * Reads values.csv into values, one a row: each value is a finite decimal written plainly, or empty
 * for a missing one. Which unit and indicator a value may name, and what a yes/no indicator takes,
 * are {@link ModelValidation}'s rules; this reader places their problems at a row and column.
 */
final class ValuesReader {

  /**
   * @param values one value a row (null where the text is not a number, which is reported)
   * @param table the file's rows, or null when the file could not be read at all
   */
  record Result(List<IndicatorValue> values, CsvTable table) {

    /** The row and column of a field of the value at the position. */
    int[] place(int position, String field) {
      return new int[] {table.rows().get(position).line(), table.columnNumber(COLUMNS.get(field))};
    }
  }

  /** The column of each field of {@link Problem#field()} for a value. */
  private static final Map<String, String> COLUMNS =
      Map.of("unit", UNIT_CODE, "indicator", INDICATOR_CODE, "value", VALUE, "note", NOTE);

  private static final String FILE = PackageFiles.VALUES_CSV;

  private ValuesReader() {}

  static Result read(String text, ErrorList errors) {
    CsvTable table =
        CsvTable.parse(
            FILE, text, VALUES_COLUMNS, List.of(UNIT_CODE, INDICATOR_CODE, VALUE), errors);
    if (table == null) {
      return new Result(List.of(), null);
    }
    List<IndicatorValue> values = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      // Whether the indicator is yes/no is the model's rule; here the text must only be a number.
      ValueText.Parsed parsed = ValueText.parse(table.get(row, VALUE), false);
      if (!parsed.isValid()) {
        errors.add(
            FILE, row.line(), table.columnNumber(VALUE), parsed.problemVi(), parsed.problemEn());
      }
      values.add(
          new IndicatorValue(
              table.get(row, UNIT_CODE).strip(),
              table.get(row, INDICATOR_CODE).strip(),
              parsed.value(),
              table.get(row, NOTE)));
    }
    return new Result(values, table);
  }
}
