package org.ictindex.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Unit;

/**
 * The raw values of a cycle as a units × indicators matrix (row-major by unit, columns as in {@link
 * CompiledFramework}), in double precision ({@code NaN} when missing) and exactly ({@code null}
 * when missing).
 */
final class ValueTable {

  final int unitCount;
  final int columnCount;
  final double[] approximate;
  final BigDecimal[] exact;

  /** The group index of every unit. */
  final int[] groupOfUnit;

  /** {@code unitsOfGroup[group]}: the unit indices of the group, in package order. */
  final int[][] unitsOfGroup;

  private ValueTable(
      int columnCount,
      double[] approximate,
      BigDecimal[] exact,
      int[] groupOfUnit,
      int[][] unitsOfGroup) {
    this.unitCount = groupOfUnit.length;
    this.columnCount = columnCount;
    this.approximate = approximate;
    this.exact = exact;
    this.groupOfUnit = groupOfUnit;
    this.unitsOfGroup = unitsOfGroup;
  }

  /**
   * Reads the values of a package. Rejects what a validated package cannot contain: unknown units,
   * groups or indicators, duplicate rows, and boolean values other than 0 and 1.
   */
  static ValueTable of(CompiledFramework framework, List<Unit> units, List<IndicatorValue> values) {
    int columnCount = framework.columnCount();
    int[] groupOfUnit = new int[units.size()];
    Map<String, Integer> unitIndex = new HashMap<>();
    for (int unit = 0; unit < units.size(); unit++) {
      Unit entry = units.get(unit);
      groupOfUnit[unit] = framework.groupIndex(entry.groupCode());
      if (groupOfUnit[unit] < 0) {
        throw new IllegalArgumentException(
            "unit " + entry.code() + " has an unknown group " + entry.groupCode());
      }
      if (unitIndex.put(entry.code(), unit) != null) {
        throw new IllegalArgumentException("duplicate unit " + entry.code());
      }
    }

    double[] approximate = new double[Math.multiplyExact(units.size(), columnCount)];
    Arrays.fill(approximate, Double.NaN);
    BigDecimal[] exact = new BigDecimal[approximate.length];
    boolean[] seen = new boolean[approximate.length];
    for (IndicatorValue value : values) {
      Integer unit = unitIndex.get(value.unitCode());
      int column = framework.columnIndex(value.indicatorCode());
      if (unit == null || column < 0) {
        throw new IllegalArgumentException(
            "unknown unit or indicator in " + value.unitCode() + "/" + value.indicatorCode());
      }
      int cell = unit * columnCount + column;
      if (seen[cell]) {
        throw new IllegalArgumentException(
            "duplicate value " + value.unitCode() + "/" + value.indicatorCode());
      }
      seen[cell] = true;
      BigDecimal number = value.value();
      if (number != null) {
        if (framework.leafRules.rule(column).takesYesOrNo() && !isZeroOrOne(number)) {
          throw new IllegalArgumentException(
              "boolean value other than 0/1 in " + value.unitCode() + "/" + value.indicatorCode());
        }
        approximate[cell] = number.doubleValue();
        exact[cell] = number;
      }
    }
    return new ValueTable(
        columnCount, approximate, exact, groupOfUnit, unitsOfGroup(framework, groupOfUnit));
  }

  private static boolean isZeroOrOne(BigDecimal number) {
    return number.signum() == 0 || number.compareTo(BigDecimal.ONE) == 0;
  }

  private static int[][] unitsOfGroup(CompiledFramework framework, int[] groupOfUnit) {
    List<List<Integer>> members = new ArrayList<>();
    framework.groupCodes.forEach(group -> members.add(new ArrayList<>()));
    for (int unit = 0; unit < groupOfUnit.length; unit++) {
      members.get(groupOfUnit[unit]).add(unit);
    }
    return members.stream()
        .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
        .toArray(int[][]::new);
  }
}
