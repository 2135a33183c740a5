package org.ictindex.scoring.pkg;

import static org.ictindex.scoring.pkg.PackageFiles.INDICATOR_CODE;
import static org.ictindex.scoring.pkg.PackageFiles.NOTE;
import static org.ictindex.scoring.pkg.PackageFiles.UNIT_CODE;
import static org.ictindex.scoring.pkg.PackageFiles.VALUE;
import static org.ictindex.scoring.pkg.PackageFiles.VALUES_COLUMNS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ictindex.scoring.model.IndicatorValue;

/**
 * Reads values.csv: each row names a known unit and an indicator (a leaf) that applies to the
 * unit's group, at most once, with a finite decimal value (a boolean indicator takes only 0 or 1)
 * or an empty value for a missing one.
 */
final class ValuesReader {

  private static final String FILE = PackageFiles.VALUES_CSV;

  private final CsvTable table;
  private final ErrorList errors;

  private ValuesReader(CsvTable table, ErrorList errors) {
    this.table = table;
    this.errors = errors;
  }

  /**
   * @param framework what is known of the framework, or null when it could not be read
   * @param groupOfUnit the units and their groups, or null when units.csv could not be read
   */
  static List<IndicatorValue> read(
      String text,
      FrameworkReader.Index framework,
      Map<String, String> groupOfUnit,
      ErrorList errors) {
    CsvTable table =
        CsvTable.parse(
            FILE, text, VALUES_COLUMNS, List.of(UNIT_CODE, INDICATOR_CODE, VALUE), errors);
    if (table == null) {
      return List.of();
    }
    return new ValuesReader(table, errors).read(framework, groupOfUnit);
  }

  private List<IndicatorValue> read(
      FrameworkReader.Index framework, Map<String, String> groupOfUnit) {
    List<IndicatorValue> values = new ArrayList<>();
    Map<String, Integer> lineOfPair = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      String unit = table.get(row, UNIT_CODE).strip();
      String indicator = table.get(row, INDICATOR_CODE).strip();
      boolean unitKnown = checkUnit(row, unit, groupOfUnit);
      FrameworkReader.NodeFacts facts = indicator(row, indicator, framework);
      if (unitKnown && facts != null) {
        String group = groupOfUnit.get(unit);
        if (group != null && !facts.appliesTo(group)) {
          error(
              row,
              INDICATOR_CODE,
              "Chỉ tiêu \"%s\" không áp dụng cho nhóm %s của đơn vị \"%s\" (xem \"appliesTo\" trong framework.json)."
                  .formatted(indicator, group, unit),
              "Indicator \"%s\" does not apply to group %s of unit \"%s\" (see \"appliesTo\" in framework.json)."
                  .formatted(indicator, group, unit));
        }
      }
      if (!unit.isEmpty() && !indicator.isEmpty()) {
        Integer firstLine = lineOfPair.putIfAbsent(unit + "\n" + indicator, row.line());
        if (firstLine != null) {
          error(
              row,
              INDICATOR_CODE,
              "Giá trị của đơn vị \"%s\" cho chỉ tiêu \"%s\" đã có ở dòng %d; mỗi cặp đơn vị, chỉ tiêu chỉ có một dòng."
                  .formatted(unit, indicator, firstLine),
              "Unit \"%s\" already has a value for indicator \"%s\" on line %d; each unit and indicator has one row."
                  .formatted(unit, indicator, firstLine));
        }
      }
      BigDecimal value = value(row, facts);
      String note = table.get(row, NOTE);
      FreeText.Problem problem = FreeText.checkNote(note);
      if (problem != null) {
        error(row, NOTE, problem.messageVi(), problem.messageEn());
      }
      values.add(new IndicatorValue(unit, indicator, value, note));
    }
    return values;
  }

  private boolean checkUnit(CsvTable.Row row, String unit, Map<String, String> groupOfUnit) {
    if (unit.isEmpty()) {
      error(row, UNIT_CODE, "Thiếu mã đơn vị.", "The unit code is missing.");
      return false;
    }
    if (groupOfUnit != null && !groupOfUnit.containsKey(unit)) {
      error(
          row,
          UNIT_CODE,
          "Đơn vị \"%s\" không có trong units.csv.".formatted(unit),
          "Unit \"%s\" is not in units.csv.".formatted(unit));
      return false;
    }
    return groupOfUnit != null;
  }

  /** What the framework says of the indicator, or null when it is not a known leaf (reported). */
  private FrameworkReader.NodeFacts indicator(
      CsvTable.Row row, String indicator, FrameworkReader.Index framework) {
    if (indicator.isEmpty()) {
      error(row, INDICATOR_CODE, "Thiếu mã chỉ tiêu.", "The indicator code is missing.");
      return null;
    }
    if (framework == null || framework.nodes() == null) {
      return null;
    }
    FrameworkReader.NodeFacts facts = framework.nodes().get(indicator);
    if (facts == null) {
      error(
          row,
          INDICATOR_CODE,
          "Chỉ tiêu \"%s\" không có trong framework.json.".formatted(indicator),
          "Indicator \"%s\" is not in framework.json.".formatted(indicator));
      return null;
    }
    if (!facts.leaf()) {
      error(
          row,
          INDICATOR_CODE,
          "\"%s\" là một nhóm tiêu chí có nút con, không phải chỉ tiêu; điểm của nó được tính từ các chỉ tiêu bên dưới, không nhập giá trị."
              .formatted(indicator),
          "\"%s\" is a criterion with children, not an indicator; its score comes from the indicators below it and takes no value."
              .formatted(indicator));
      return null;
    }
    return facts;
  }

  /** The value as written, null when empty (a missing value), or null after reporting it. */
  private BigDecimal value(CsvTable.Row row, FrameworkReader.NodeFacts facts) {
    ValueText.Parsed parsed =
        ValueText.parse(table.get(row, VALUE), facts != null && facts.booleanRule());
    if (!parsed.isValid()) {
      error(row, VALUE, parsed.problemVi(), parsed.problemEn());
    }
    return parsed.value();
  }

  private void error(CsvTable.Row row, String column, String messageVi, String messageEn) {
    errors.add(FILE, row.line(), table.columnNumber(column), messageVi, messageEn);
  }
}
