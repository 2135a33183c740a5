package org.ictindex.domain.cycle;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;
import org.ictindex.scoring.pkg.PackageError;
import org.ictindex.scoring.pkg.PackageLimits;
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
  private static final long MAX_PART_BYTES = 100L * 1024 * 1024;

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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "ICT Index", "1.0");
      for (UnitGroup group : framework.groups()) {
        List<Node> indicators = framework.indicatorsFor(group.code());
        Worksheet sheet = workbook.newWorksheet(group.code());
        sheet.value(0, 0, UNIT_CODE);
        sheet.value(0, 1, UNIT_NAME);
        sheet.value(1, 0, NAMES_ROW_MARK);
        sheet.value(1, 1, group.name().vi());
        for (int i = 0; i < indicators.size(); i++) {
          sheet.value(0, i + 2, indicators.get(i).code());
          sheet.value(1, i + 2, indicators.get(i).name().vi());
        }
        int row = 2;
        for (Unit unit : units) {
          if (!unit.groupCode().equals(group.code())) {
            continue;
          }
          sheet.value(row, 0, unit.code());
          sheet.value(row, 1, unit.name().vi());
          for (int i = 0; i < indicators.size(); i++) {
            BigDecimal value = byCell.get(unit.code() + "\u0000" + indicators.get(i).code());
            if (value != null) {
              sheet.value(row, i + 2, value);
            }
          }
          row++;
        }
        sheet.freezePane(2, 2);
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Reads the values of a filled-in workbook, checking every cell against the framework and units.
   * Units without a row are not in {@link Reading#unitsRead()}.
   */
  public static Reading read(byte[] xlsx, Framework framework, List<Unit> units) {
    List<PackageError> errors = new ArrayList<>();
    List<IndicatorValue> values = new ArrayList<>();
    Set<String> unitsRead = new HashSet<>();
    String unreadable = suspiciousPart(xlsx);
    if (unreadable != null) {
      errors.add(notAWorkbook(unreadable));
      return new Reading(List.of(), Set.of(), errors);
    }
    ReadableWorkbook workbook;
    try {
      workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException | RuntimeException notAWorkbook) {
      errors.add(notAWorkbook(describe(notAWorkbook)));
      return new Reading(List.of(), Set.of(), errors);
    }
    try (workbook) {
      Map<String, Unit> unitsByCode = new LinkedHashMap<>();
      units.forEach(unit -> unitsByCode.put(unit.code(), unit));
      for (Sheet sheet : workbook.getSheets().toList()) {
        try (Stream<Row> rows = sheet.openStream()) {
          readSheet(
              sheet.getName(), rows.iterator(), framework, unitsByCode, values, unitsRead, errors);
        }
      }
    } catch (IOException | RuntimeException unreadableSheet) {
      return new Reading(List.of(), Set.of(), List.of(notAWorkbook(describe(unreadableSheet))));
    }
    return errors.isEmpty()
        ? new Reading(List.copyOf(values), Set.copyOf(unitsRead), List.of())
        : new Reading(List.of(), Set.of(), List.copyOf(errors));
  }

  private static PackageError notAWorkbook(String why) {
    return new PackageError(
        "workbook",
        0,
        0,
        "Tệp không phải là bảng tính XLSX đọc được (" + why + ").",
        "The file is not a readable XLSX workbook (" + why + ").");
  }

  /**
   * Why the workbook is refused before it is parsed, or null: a part that inflates beyond {@link
   * #MAX_PART_BYTES}, or more than the packages' compression ratio (a zip bomb), would otherwise be
   * held in memory whole.
   */
  private static String suspiciousPart(byte[] xlsx) {
    long maxRatio = PackageLimits.DEFAULT.maxCompressionRatio();
    byte[] buffer = new byte[64 * 1024];
    try (ZipFile zip =
        ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get()) {
      for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
        long compressed = Math.max(1, entry.getCompressedSize());
        try (InputStream part = zip.getInputStream(entry)) {
          long inflated = 0;
          for (int read = part.read(buffer); read > 0; read = part.read(buffer)) {
            inflated += read;
            if (inflated > MAX_PART_BYTES) {
              return "part "
                  + entry.getName()
                  + " exceeds "
                  + MAX_PART_BYTES / (1024 * 1024)
                  + " MB";
            }
            if (inflated > PackageLimits.RATIO_GRACE_BYTES && inflated > maxRatio * compressed) {
              return "part " + entry.getName() + " is compressed more than " + maxRatio + " times";
            }
          }
        }
      }
      return null;
    } catch (IOException notAZip) {
      return describe(notAZip);
    }
  }

  private static void readSheet(
      String file,
      Iterator<Row> rows,
      Framework framework,
      Map<String, Unit> units,
      List<IndicatorValue> values,
      Set<String> unitsRead,
      List<PackageError> errors) {
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
    Map<String, Node> applicable = new LinkedHashMap<>();
    framework.indicatorsFor(file).forEach(node -> applicable.put(node.code(), node));
    Row header = rows.hasNext() ? rows.next() : null;
    if (header == null
        || header.getRowNum() != 1
        || !UNIT_CODE.equals(text(cellAt(header, 0)))
        || !UNIT_NAME.equals(text(cellAt(header, 1)))) {
      errors.add(
          new PackageError(
              file,
              1,
              1,
              "Dòng đầu phải bắt đầu bằng unit_code, unit_name rồi đến mã các chỉ tiêu.",
              "The first row must start with unit_code, unit_name, then the indicator codes."));
      return;
    }
    // The sheet's problems are kept apart until its end: a sheet over the row limit is reported
    // by that alone.
    List<PackageError> sheetErrors = new ArrayList<>();
    Map<Integer, Node> columns = new LinkedHashMap<>();
    for (int column = 2; column < header.getCellCount(); column++) {
      String code = text(cellAt(header, column));
      if (code.isEmpty()) {
        continue;
      }
      Node indicator = applicable.get(code);
      if (indicator == null) {
        sheetErrors.add(
            new PackageError(
                file,
                1,
                column + 1,
                "Cột " + code + " không phải chỉ tiêu áp dụng cho nhóm " + file + ".",
                "Column " + code + " is not an indicator that applies to the group " + file + "."));
      } else if (columns.containsValue(indicator)) {
        sheetErrors.add(
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
    while (rows.hasNext()) {
      Row row = rows.next();
      int line = row.getRowNum();
      if (line > MAX_ROWS_PER_SHEET + 1) {
        errors.add(
            new PackageError(
                file,
                0,
                0,
                "Trang tính có quá " + MAX_ROWS_PER_SHEET + " dòng.",
                "The sheet has more than " + MAX_ROWS_PER_SHEET + " rows."));
        return;
      }
      String unitCode = text(cellAt(row, 0));
      if (unitCode.isEmpty() || unitCode.startsWith(NAMES_ROW_MARK)) {
        continue;
      }
      Unit unit = units.get(unitCode);
      if (unit == null || !unit.groupCode().equals(file)) {
        sheetErrors.add(
            new PackageError(
                file,
                line,
                1,
                "Không có đơn vị " + unitCode + " trong nhóm " + file + " của năm.",
                "There is no unit " + unitCode + " in the group " + file + " this year."));
        continue;
      }
      if (!seen.add(unitCode)) {
        sheetErrors.add(
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
        Node indicator = column.getValue();
        String where = CellAddress.convertNumToColString(column.getKey()) + line;
        ValueText.Parsed parsed =
            parse(cellAt(row, column.getKey()), indicator.rule().takesYesOrNo());
        if (parsed == null) {
          sheetErrors.add(
              new PackageError(
                  file,
                  line,
                  column.getKey() + 1,
                  "Ô " + where + " chứa công thức; hãy nhập giá trị.",
                  "The cell " + where + " holds a formula; enter the value instead."));
        } else if (!parsed.isValid()) {
          sheetErrors.add(
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
    errors.addAll(sheetErrors);
  }

  /** The cell in the column, or null where the row has none. */
  private static Cell cellAt(Row row, int column) {
    return row.getOptionalCell(column).orElse(null);
  }

  /** The cell's value by the package's rule; null for a formula, which is never evaluated. */
  private static ValueText.Parsed parse(Cell cell, boolean booleanRule) {
    if (cell == null) {
      return ValueText.parse("", booleanRule);
    }
    return switch (cell.getType()) {
      case FORMULA -> null;
      case NUMBER -> ValueText.parse(plain(cell.asNumber()), booleanRule);
      case BOOLEAN -> ValueText.parse(cell.asBoolean() ? "1" : "0", booleanRule);
      case ERROR -> ValueText.parse("#ERROR", booleanRule);
      default -> ValueText.parse(text(cell), booleanRule);
    };
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    return switch (cell.getType()) {
      case NUMBER -> plain(cell.asNumber());
      case STRING -> cell.asString().strip();
      default -> "";
    };
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  private static String describe(Exception problem) {
    String message = problem.getMessage();
    return message == null
        ? problem.getClass().getSimpleName()
        : message.lines().findFirst().orElse("");
  }
}
