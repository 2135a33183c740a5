package org.ictindex.domain.cycle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Rule;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;
import org.ictindex.scoring.pkg.PackageError;
import org.ictindex.scoring.pkg.ValueText;

/**
 * A year's values as an XLSX workbook an assessor fills in with a spreadsheet program: one sheet
 * per unit group named by the group's code; the first row holds {@code unit_code}, {@code
 * unit_name} and the codes of the indicators that apply to the group; the second row, starting with
 * {@code #}, their names; then one row per unit. An empty cell is a missing value. See
 * docs/XLSX-IMPORT.md.
 */
public final class ValueWorkbook {

  static final String UNIT_CODE = "unit_code";
  static final String UNIT_NAME = "unit_name";
  private static final String NAMES_ROW_MARK = "#";
  private static final int MAX_ROWS_PER_SHEET = 20_000;
  private static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

  /** The values read, or every problem found (then there are no values). */
  public record Reading(
      List<IndicatorValue> values, Set<String> unitsRead, List<PackageError> errors) {

    public boolean isValid() {
      return errors.isEmpty();
    }
  }

  private ValueWorkbook() {}

  /** The workbook of the year's framework and units, filled with the given values. */
  public static byte[] write(Framework framework, List<Unit> units, List<IndicatorValue> values) {
    Map<String, BigDecimal> byCell = new HashMap<>();
    values.forEach(v -> byCell.put(v.unitCode() + "\u0000" + v.indicatorCode(), v.value()));
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (UnitGroup group : framework.groups()) {
        List<Node> indicators = indicatorsOf(framework, group.code());
        Sheet sheet = workbook.createSheet(group.code());
        Row header = sheet.createRow(0);
        Row names = sheet.createRow(1);
        header.createCell(0).setCellValue(UNIT_CODE);
        header.createCell(1).setCellValue(UNIT_NAME);
        names.createCell(0).setCellValue(NAMES_ROW_MARK);
        names.createCell(1).setCellValue(group.name().vi());
        for (int i = 0; i < indicators.size(); i++) {
          header.createCell(i + 2).setCellValue(indicators.get(i).code());
          names.createCell(i + 2).setCellValue(indicators.get(i).name().vi());
        }
        int rowNumber = 2;
        for (Unit unit : units) {
          if (!unit.groupCode().equals(group.code())) {
            continue;
          }
          Row row = sheet.createRow(rowNumber++);
          row.createCell(0).setCellValue(unit.code());
          row.createCell(1).setCellValue(unit.name().vi());
          for (int i = 0; i < indicators.size(); i++) {
            BigDecimal value = byCell.get(unit.code() + "\u0000" + indicators.get(i).code());
            if (value != null) {
              row.createCell(i + 2).setCellValue(value.doubleValue());
            }
          }
        }
        sheet.createFreezePane(2, 2);
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the values of a filled-in workbook, checking every cell against the framework and units.
   * Units without a row are not in {@link Reading#unitsRead()}.
   */
  public static Reading read(byte[] xlsx, Framework framework, List<Unit> units) {
    List<PackageError> errors = new ArrayList<>();
    List<IndicatorValue> values = new ArrayList<>();
    Set<String> unitsRead = new HashSet<>();
    // Refuse zip bombs and huge entries before anything is inflated.
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    Workbook workbook;
    try {
      workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException | RuntimeException notAWorkbook) {
      errors.add(
          new PackageError(
              "workbook",
              0,
              0,
              "Tệp không phải là bảng tính XLSX đọc được (" + describe(notAWorkbook) + ").",
              "The file is not a readable XLSX workbook (" + describe(notAWorkbook) + ")."));
      return new Reading(List.of(), Set.of(), errors);
    }
    try (workbook) {
      Map<String, Unit> unitsByCode = new LinkedHashMap<>();
      units.forEach(unit -> unitsByCode.put(unit.code(), unit));
      for (Sheet sheet : workbook) {
        readSheet(sheet, framework, unitsByCode, values, unitsRead, errors);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return errors.isEmpty()
        ? new Reading(List.copyOf(values), Set.copyOf(unitsRead), List.of())
        : new Reading(List.of(), Set.of(), List.copyOf(errors));
  }

  private static void readSheet(
      Sheet sheet,
      Framework framework,
      Map<String, Unit> units,
      List<IndicatorValue> values,
      Set<String> unitsRead,
      List<PackageError> errors) {
    String file = sheet.getSheetName();
    if (framework.groups().stream().noneMatch(group -> group.code().equals(file))) {
      errors.add(
          new PackageError(
              file,
              0,
              0,
              "Trang tính \"" + file + "\" không mang tên một nhóm đơn vị của năm.",
              "The sheet \"" + file + "\" is not named after a unit group of the year."));
      return;
    }
    if (sheet.getLastRowNum() > MAX_ROWS_PER_SHEET) {
      errors.add(
          new PackageError(
              file,
              0,
              0,
              "Trang tính có quá " + MAX_ROWS_PER_SHEET + " dòng.",
              "The sheet has more than " + MAX_ROWS_PER_SHEET + " rows."));
      return;
    }
    Map<String, Node> applicable = new LinkedHashMap<>();
    indicatorsOf(framework, file).forEach(node -> applicable.put(node.code(), node));
    Row header = sheet.getRow(0);
    if (header == null
        || !UNIT_CODE.equals(text(header.getCell(0)))
        || !UNIT_NAME.equals(text(header.getCell(1)))) {
      errors.add(
          new PackageError(
              file,
              1,
              1,
              "Dòng đầu phải bắt đầu bằng unit_code, unit_name rồi đến mã các chỉ tiêu.",
              "The first row must start with unit_code, unit_name, then the indicator codes."));
      return;
    }
    Map<Integer, Node> columns = new LinkedHashMap<>();
    for (int column = 2; column < header.getLastCellNum(); column++) {
      String code = text(header.getCell(column));
      if (code.isEmpty()) {
        continue;
      }
      Node indicator = applicable.get(code);
      if (indicator == null) {
        errors.add(
            new PackageError(
                file,
                1,
                column + 1,
                "Cột " + code + " không phải chỉ tiêu áp dụng cho nhóm " + file + ".",
                "Column " + code + " is not an indicator that applies to the group " + file + "."));
      } else if (columns.containsValue(indicator)) {
        errors.add(
            new PackageError(
                file,
                1,
                column + 1,
                "Chỉ tiêu " + code + " có hai cột.",
                "The indicator " + code + " has two columns."));
      } else {
        columns.put(column, indicator);
      }
    }
    Set<String> seen = new HashSet<>();
    for (int rowIndex = 1; rowIndex <= sheet.getLastRowNum(); rowIndex++) {
      Row row = sheet.getRow(rowIndex);
      if (row == null) {
        continue;
      }
      String unitCode = text(row.getCell(0));
      if (unitCode.isEmpty() || unitCode.startsWith(NAMES_ROW_MARK)) {
        continue;
      }
      int line = rowIndex + 1;
      Unit unit = units.get(unitCode);
      if (unit == null || !unit.groupCode().equals(file)) {
        errors.add(
            new PackageError(
                file,
                line,
                1,
                "Không có đơn vị " + unitCode + " trong nhóm " + file + " của năm.",
                "There is no unit " + unitCode + " in the group " + file + " this year."));
        continue;
      }
      if (!seen.add(unitCode)) {
        errors.add(
            new PackageError(
                file,
                line,
                1,
                "Đơn vị " + unitCode + " có hai dòng.",
                "The unit " + unitCode + " has two rows."));
        continue;
      }
      unitsRead.add(unitCode);
      for (Map.Entry<Integer, Node> column : columns.entrySet()) {
        Cell cell = row.getCell(column.getKey());
        Node indicator = column.getValue();
        String where = CellReference.convertNumToColString(column.getKey()) + line;
        ValueText.Parsed parsed = parse(cell, indicator.rule() instanceof Rule.Bool);
        if (parsed == null) {
          errors.add(
              new PackageError(
                  file,
                  line,
                  column.getKey() + 1,
                  "Ô " + where + " chứa công thức; hãy nhập giá trị.",
                  "The cell " + where + " holds a formula; enter the value instead."));
        } else if (!parsed.isValid()) {
          errors.add(
              new PackageError(
                  file,
                  line,
                  column.getKey() + 1,
                  "Ô " + where + ": " + parsed.problemVi(),
                  "Cell " + where + ": " + parsed.problemEn()));
        } else {
          values.add(new IndicatorValue(unitCode, indicator.code(), parsed.value(), ""));
        }
      }
    }
  }

  /** The cell's value by the package's rule; null for a formula, which is never evaluated. */
  private static ValueText.Parsed parse(Cell cell, boolean booleanRule) {
    if (cell == null) {
      return ValueText.parse("", booleanRule);
    }
    CellType type = cell.getCellType();
    return switch (type) {
      case FORMULA -> null;
      case NUMERIC ->
          ValueText.parse(
              new BigDecimal(Double.toString(cell.getNumericCellValue()))
                  .stripTrailingZeros()
                  .toPlainString(),
              booleanRule);
      case BOOLEAN -> ValueText.parse(cell.getBooleanCellValue() ? "1" : "0", booleanRule);
      case ERROR -> ValueText.parse("#ERROR", booleanRule);
      default -> ValueText.parse(text(cell), booleanRule);
    };
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC) {
      return new BigDecimal(Double.toString(cell.getNumericCellValue()))
          .stripTrailingZeros()
          .toPlainString();
    }
    return cell.getCellType() == CellType.STRING ? cell.getStringCellValue().strip() : "";
  }

  /** The indicators that exist for units of the group, in the framework's order. */
  static List<Node> indicatorsOf(Framework framework, String groupCode) {
    List<Node> indicators = new ArrayList<>();
    framework.nodes().forEach(node -> collect(node, groupCode, indicators));
    return indicators;
  }

  private static void collect(Node node, String groupCode, List<Node> into) {
    if (!node.appliesTo(groupCode)) {
      return;
    }
    if (node.isLeaf()) {
      into.add(node);
    } else {
      node.children().forEach(child -> collect(child, groupCode, into));
    }
  }

  private static String describe(Exception problem) {
    String message = problem.getMessage();
    return message == null
        ? problem.getClass().getSimpleName()
        : message.lines().findFirst().orElse("");
  }
}
