package org.ictindex.domain.publication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ictindex.domain.cycle.InvalidRequestException;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.pkg.ValueText;

/**
 * A year's data with some values changed, each checked as an import checks it, and what changed.
 */
public record ValueCorrection(CyclePackage corrected, List<ChangedValue> changes) {

  /**
   * Applies the changes to the data.
   *
   * @throws InvalidRequestException when there is no change, a unit or indicator is unknown or does
   *     not apply, a value is not acceptable, or a value is changed twice
   */
  public static ValueCorrection of(CyclePackage data, List<ValueChange> changes) {
    if (changes.isEmpty()) {
      throw new InvalidRequestException(
          "Hãy thêm ít nhất một giá trị cần đính chính.", "Add at least one value to correct.");
    }
    Map<String, Unit> units = new HashMap<>();
    data.units().forEach(unit -> units.put(unit.code(), unit));
    Map<String, BigDecimal> newValues = new LinkedHashMap<>();
    for (ValueChange change : changes) {
      Unit unit = units.get(change.unitCode());
      if (unit == null) {
        throw new InvalidRequestException(
            "Không có đơn vị " + change.unitCode() + " trong năm " + data.year() + ".",
            "There is no unit " + change.unitCode() + " in " + data.year() + ".");
      }
      Node indicator =
          data.framework().indicatorsFor(unit.groupCode()).stream()
              .filter(node -> node.code().equals(change.indicatorCode()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InvalidRequestException(
                          "Chỉ tiêu "
                              + change.indicatorCode()
                              + " không áp dụng cho "
                              + unit.code()
                              + ".",
                          "Indicator "
                              + change.indicatorCode()
                              + " does not apply to "
                              + unit.code()
                              + "."));
      ValueText.Parsed parsed =
          ValueText.parse(change.newValueText(), indicator.rule().takesYesOrNo());
      if (!parsed.isValid()) {
        throw new InvalidRequestException(
            unit.code() + " / " + indicator.code() + ": " + parsed.problemVi(),
            unit.code() + " / " + indicator.code() + ": " + parsed.problemEn());
      }
      String key = key(unit.code(), indicator.code());
      if (newValues.containsKey(key)) {
        throw new InvalidRequestException(
            "Giá trị " + unit.code() + " / " + indicator.code() + " được sửa hai lần.",
            "The value " + unit.code() + " / " + indicator.code() + " is changed twice.");
      }
      newValues.put(key, parsed.value());
    }
    List<IndicatorValue> values = new ArrayList<>();
    List<ChangedValue> changed = new ArrayList<>();
    for (IndicatorValue value : data.values()) {
      String key = key(value.unitCode(), value.indicatorCode());
      if (newValues.containsKey(key)) {
        BigDecimal newValue = newValues.remove(key);
        values.add(
            new IndicatorValue(value.unitCode(), value.indicatorCode(), newValue, value.note()));
        if (!same(value.value(), newValue)) {
          changed.add(
              new ChangedValue(value.unitCode(), value.indicatorCode(), value.value(), newValue));
        }
      } else {
        values.add(value);
      }
    }
    newValues.forEach(
        (key, newValue) -> {
          String[] parts = key.split("\u0000");
          values.add(new IndicatorValue(parts[0], parts[1], newValue, ""));
          if (newValue != null) {
            changed.add(new ChangedValue(parts[0], parts[1], null, newValue));
          }
        });
    if (changed.isEmpty()) {
      throw new InvalidRequestException(
          "Các giá trị mới giống hệt giá trị hiện tại; không có gì để đính chính.",
          "The new values equal the current ones; there is nothing to correct.");
    }
    return new ValueCorrection(
        new CyclePackage(data.framework(), data.units(), values), List.copyOf(changed));
  }

  /** The values that differ between two versions of the same year's data. */
  public static List<ChangedValue> differences(CyclePackage before, CyclePackage after) {
    Map<String, BigDecimal> old = new LinkedHashMap<>();
    before.values().forEach(v -> old.put(key(v.unitCode(), v.indicatorCode()), v.value()));
    List<ChangedValue> changed = new ArrayList<>();
    for (IndicatorValue value : after.values()) {
      String key = key(value.unitCode(), value.indicatorCode());
      BigDecimal oldValue = old.remove(key);
      if (!same(oldValue, value.value())) {
        changed.add(
            new ChangedValue(value.unitCode(), value.indicatorCode(), oldValue, value.value()));
      }
    }
    old.forEach(
        (key, oldValue) -> {
          if (oldValue != null) {
            String[] parts = key.split("\u0000");
            changed.add(new ChangedValue(parts[0], parts[1], oldValue, null));
          }
        });
    return List.copyOf(changed);
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
  }

  private static String key(String unitCode, String indicatorCode) {
    return unitCode + "\u0000" + indicatorCode;
  }
}
