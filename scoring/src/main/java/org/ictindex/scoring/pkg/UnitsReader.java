package org.ictindex.scoring.pkg;

import static org.ictindex.scoring.pkg.PackageFiles.GROUP_CODE;
import static org.ictindex.scoring.pkg.PackageFiles.NAME_EN;
import static org.ictindex.scoring.pkg.PackageFiles.NAME_VI;
import static org.ictindex.scoring.pkg.PackageFiles.PREDECESSORS;
import static org.ictindex.scoring.pkg.PackageFiles.UNITS_COLUMNS;
import static org.ictindex.scoring.pkg.PackageFiles.UNIT_CODE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Unit;

/** Reads units.csv: unique well-formed codes, known groups, a Vietnamese name, predecessors. */
final class UnitsReader {

  /**
   * @param units the units read, meaningful only when no error was reported
   * @param groupOfUnit the group of every unit code read (null for a unit whose group is not known
   *     in the framework), or null when the file could not be read at all (then values.csv is not
   *     checked against it)
   */
  record Result(List<Unit> units, Map<String, String> groupOfUnit) {}

  private static final String FILE = PackageFiles.UNITS_CSV;

  private final CsvTable table;
  private final ErrorList errors;

  private UnitsReader(CsvTable table, ErrorList errors) {
    this.table = table;
    this.errors = errors;
  }

  /**
   * @param groupCodes the groups of the framework, or null when it could not be read
   */
  static Result read(String text, List<String> groupCodes, ErrorList errors) {
    CsvTable table =
        CsvTable.parse(FILE, text, UNITS_COLUMNS, List.of(UNIT_CODE, GROUP_CODE, NAME_VI), errors);
    if (table == null) {
      return new Result(List.of(), null);
    }
    return new UnitsReader(table, errors).read(groupCodes);
  }

  private Result read(List<String> groupCodes) {
    List<Unit> units = new ArrayList<>();
    Map<String, String> groupOfUnit = new HashMap<>();
    Map<String, Integer> lineOfUnit = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      String code = table.get(row, UNIT_CODE).strip();
      String group = table.get(row, GROUP_CODE).strip();
      String nameVi = table.get(row, NAME_VI);
      String nameEn = table.get(row, NAME_EN);
      boolean groupKnown = checkGroup(row, group, groupCodes);
      if (code.isEmpty()) {
        error(row, UNIT_CODE, "Thiếu mã đơn vị.", "The unit code is missing.");
      } else if (!Codes.isWellFormed(code)) {
        error(
            row,
            UNIT_CODE,
            "Mã đơn vị \"%s\" không hợp lệ: mã %s.".formatted(code, Codes.RULE_VI),
            "Unit code \"%s\" is not valid: codes contain %s.".formatted(code, Codes.RULE_EN));
      } else if (lineOfUnit.containsKey(code)) {
        error(
            row,
            UNIT_CODE,
            "Mã đơn vị \"%s\" bị trùng (đã có ở dòng %d).".formatted(code, lineOfUnit.get(code)),
            "Duplicate unit code \"%s\" (already on line %d)."
                .formatted(code, lineOfUnit.get(code)));
      } else {
        lineOfUnit.put(code, row.line());
        // An unknown group is reported once here, not again for each of the unit's values.
        groupOfUnit.put(code, groupKnown ? group : null);
      }
      if (nameVi.isBlank()) {
        error(
            row,
            NAME_VI,
            "Thiếu tên tiếng Việt của đơn vị.",
            "The unit's Vietnamese name is missing.");
      }
      checkName(row, NAME_VI, nameVi);
      checkName(row, NAME_EN, nameEn);
      List<String> predecessors = predecessors(row, code);
      units.add(
          new Unit(
              code,
              group,
              new LocalizedText(nameVi, nameEn.isEmpty() ? null : nameEn),
              predecessors));
    }
    return new Result(units, groupOfUnit);
  }

  private boolean checkGroup(CsvTable.Row row, String group, List<String> groupCodes) {
    if (group.isEmpty()) {
      error(row, GROUP_CODE, "Thiếu mã nhóm đơn vị.", "The group code is missing.");
      return false;
    }
    if (groupCodes != null && !groupCodes.contains(group)) {
      error(
          row,
          GROUP_CODE,
          "Nhóm \"%s\" không có trong framework.json (các nhóm: %s)."
              .formatted(group, String.join(", ", groupCodes)),
          "Group \"%s\" is not in framework.json (the groups are: %s)."
              .formatted(group, String.join(", ", groupCodes)));
      return false;
    }
    return groupCodes != null;
  }

  /** Codes separated by {@code |}: each well formed, none twice, none the unit itself. */
  private List<String> predecessors(CsvTable.Row row, String unitCode) {
    String field = table.get(row, PREDECESSORS).strip();
    if (field.isEmpty()) {
      return List.of();
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String part : field.split(Pattern.quote(PackageFiles.PREDECESSOR_SEPARATOR), -1)) {
      String code = part.strip();
      if (!Codes.isWellFormed(code)) {
        error(
            row,
            PREDECESSORS,
            "\"predecessors\" phải là các mã đơn vị ngăn cách bởi dấu |, ví dụ 01|02; \"%s\" không phải là một mã hợp lệ."
                .formatted(code),
            "\"predecessors\" must be unit codes separated by |, such as 01|02; \"%s\" is not a valid code."
                .formatted(code));
      } else if (code.equals(unitCode)) {
        error(
            row,
            PREDECESSORS,
            "Đơn vị \"%s\" không thể là tiền thân của chính nó.".formatted(code),
            "Unit \"%s\" cannot be its own predecessor.".formatted(code));
      } else if (!codes.add(code)) {
        error(
            row,
            PREDECESSORS,
            "Đơn vị tiền thân \"%s\" được nêu hai lần.".formatted(code),
            "Predecessor \"%s\" is listed twice.".formatted(code));
      }
    }
    return List.copyOf(codes);
  }

  private void checkName(CsvTable.Row row, String column, String name) {
    FreeText.Problem problem = FreeText.checkName(name);
    if (problem != null) {
      error(row, column, problem.messageVi(), problem.messageEn());
    }
  }

  private void error(CsvTable.Row row, String column, String messageVi, String messageEn) {
    errors.add(FILE, row.line(), table.columnNumber(column), messageVi, messageEn);
  }
}
