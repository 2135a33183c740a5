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
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ictindex.scoring.model.IndicatorValue;

/**
 * Reads values.csv: each row names a known unit and an indicator (a leaf) that applies to the
 * unit's group, at most once, with a finite decimal value (a boolean indicator takes only 0 or 1)
 * or an empty value for a missing one.
 */
final class ValuesReader {

  private static final String FILE = PackageFiles.VALUES_CSV;

  /** A decimal as a spreadsheet writes it: digits, an optional {@code .} and more digits. */
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?[0-9]+,[0-9]+");
  private static final Set<String> NOT_FINITE =
      Set.of("nan", "-nan", "inf", "-inf", "+inf", "infinity", "-infinity", "+infinity");

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
      values.add(new IndicatorValue(unit, indicator, value, table.get(row, NOTE)));
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
    String text = table.get(row, VALUE).strip();
    if (text.isEmpty()) {
      return null;
    }
    if (!DECIMAL.matcher(text).matches()) {
      reportNotADecimal(row, text);
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    if (!Double.isFinite(value.doubleValue())) {
      error(
          row,
          VALUE,
          "Giá trị \"%s\" quá lớn.".formatted(text),
          "The value \"%s\" is too large.".formatted(text));
      return null;
    }
    if (facts != null
        && facts.booleanRule()
        && value.compareTo(BigDecimal.ZERO) != 0
        && value.compareTo(BigDecimal.ONE) != 0) {
      error(
          row,
          VALUE,
          "Chỉ tiêu có/không chỉ nhận giá trị 0 (không) hoặc 1 (có), không nhận \"%s\"."
              .formatted(text),
          "A yes/no indicator takes only 0 (no) or 1 (yes), not \"%s\".".formatted(text));
    }
    return value;
  }

  private void reportNotADecimal(CsvTable.Row row, String text) {
    if (DECIMAL_COMMA.matcher(text).matches()) {
      String withPoint = text.replace(',', '.');
      error(
          row,
          VALUE,
          "Giá trị \"%s\" dùng dấu phẩy thập phân; trong tệp CSV hãy dùng dấu chấm: %s."
              .formatted(text, withPoint),
          "The value \"%s\" uses a decimal comma; write a decimal point: %s."
              .formatted(text, withPoint));
    } else if (NOT_FINITE.contains(text.toLowerCase(Locale.ROOT))) {
      error(
          row,
          VALUE,
          "Giá trị \"%s\" không phải là một số hữu hạn.".formatted(text),
          "The value \"%s\" is not a finite number.".formatted(text));
    } else if (isScientific(text)) {
      error(
          row,
          VALUE,
          "Giá trị \"%s\" phải được viết như một số thập phân thông thường, không dùng dạng lũy thừa (e)."
              .formatted(text),
          "The value \"%s\" must be written as a plain decimal, without an exponent (e)."
              .formatted(text));
    } else {
      error(
          row,
          VALUE,
          "Giá trị \"%s\" không phải là một số; hãy viết một số thập phân như 42 hoặc 42.5, hoặc để trống nếu thiếu dữ liệu."
              .formatted(text),
          "The value \"%s\" is not a number; write a decimal such as 42 or 42.5, or leave it empty when the data is missing."
              .formatted(text));
    }
  }

  private static boolean isScientific(String text) {
    if (text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      return false;
    }
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }

  private void error(CsvTable.Row row, String column, String messageVi, String messageEn) {
    errors.add(FILE, row.line(), table.columnNumber(column), messageVi, messageEn);
  }
}
