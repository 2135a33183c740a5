package org.ictindex.scoring.pkg;

import static org.ictindex.scoring.pkg.PackageFiles.GROUP_CODE;
import static org.ictindex.scoring.pkg.PackageFiles.NAME_EN;
import static org.ictindex.scoring.pkg.PackageFiles.NAME_VI;
import static org.ictindex.scoring.pkg.PackageFiles.PREDECESSORS;
import static org.ictindex.scoring.pkg.PackageFiles.UNITS_COLUMNS;
import static org.ictindex.scoring.pkg.PackageFiles.UNIT_CODE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Unit;

/**
 * Reads units.csv into units, one a row, as written; the rules units must keep are {@link
 * ModelValidation}'s, and this reader places their problems at a row and column.
 */
final class UnitsReader {

  /**
   * @param units one unit a row, as written
   * @param table the file's rows, or null when the file could not be read at all (then nothing is
   *     judged against its units)
   */
  record Result(List<Unit> units, CsvTable table) {

    /** The row and column of a field of the unit at the position. */
    int[] place(int position, String field) {
      return new int[] {table.rows().get(position).line(), table.columnNumber(COLUMNS.get(field))};
    }
  }

  /** The column of each field of {@link Problem#field()} for a unit. */
  private static final Map<String, String> COLUMNS =
      Map.of(
          "code", UNIT_CODE,
          "group", GROUP_CODE,
          "name/vi", NAME_VI,
          "name/en", NAME_EN,
          "predecessors", PREDECESSORS);

  private static final String FILE = PackageFiles.UNITS_CSV;

  private UnitsReader() {}

  static Result read(String text, ErrorList errors) {
    CsvTable table =
        CsvTable.parse(FILE, text, UNITS_COLUMNS, List.of(UNIT_CODE, GROUP_CODE, NAME_VI), errors);
    if (table == null) {
      return new Result(List.of(), null);
    }
    List<Unit> units = new ArrayList<>();
    for (CsvTable.Row row : table.rows()) {
      String nameEn = table.get(row, NAME_EN);
      units.add(
          new Unit(
              table.get(row, UNIT_CODE).strip(),
              table.get(row, GROUP_CODE).strip(),
              new LocalizedText(table.get(row, NAME_VI), nameEn.isEmpty() ? null : nameEn),
              predecessors(table.get(row, PREDECESSORS))));
    }
    return new Result(units, table);
  }

  /** The codes separated by {@code |}, each stripped, as written. */
  private static List<String> predecessors(String field) {
    if (field.isBlank()) {
      return List.of();
    }
    return Arrays.stream(field.strip().split(Pattern.quote(PackageFiles.PREDECESSOR_SEPARATOR), -1))
        .map(String::strip)
        .toList();
  }
}
