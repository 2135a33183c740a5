package org.ictindex.domain.publication;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ictindex.domain.cycle.CycleStateException;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;

/**
 * What a year's data needs before the public may see it: at least one recorded value in every group
 * of units. A year with no values, or a group none of whose units has a value, would rank nobody;
 * publishing (and correcting into) such data is refused, and the public site leaves such a revision
 * out.
 */
public final class PublishableData {

  private PublishableData() {}

  /** The codes of the groups (in the framework's order) none of whose units has a value. */
  public static List<String> groupsWithoutValues(CyclePackage data) {
    Map<String, String> groupOfUnit =
        data.units().stream().collect(Collectors.toMap(Unit::code, Unit::groupCode, (a, b) -> a));
    Set<String> withValues = new HashSet<>();
    for (IndicatorValue value : data.values()) {
      if (value.value() != null) {
        String group = groupOfUnit.get(value.unitCode());
        if (group != null) {
          withValues.add(group);
        }
      }
    }
    return data.framework().groups().stream()
        .map(UnitGroup::code)
        .filter(code -> !withValues.contains(code))
        .toList();
  }

  /**
   * @throws CycleStateException saying which groups lack values, when any does
   */
  static void require(CyclePackage data) {
    List<String> empty = groupsWithoutValues(data);
    if (empty.isEmpty()) {
      return;
    }
    if (empty.size() == data.framework().groups().size()) {
      throw new CycleStateException(
          "Không thể công bố năm "
              + data.year()
              + ": năm chưa có giá trị nào. Hãy nhập hoặc nhập khẩu dữ liệu trước.",
          data.year()
              + " cannot be published: it has no values at all. Enter or import its data first.");
    }
    String groups = String.join(", ", empty);
    throw new CycleStateException(
        "Không thể công bố năm "
            + data.year()
            + ": nhóm "
            + groups
            + " chưa có giá trị nào. Mỗi nhóm đơn vị cần ít nhất một giá trị.",
        data.year()
            + (empty.size() == 1
                ? " cannot be published: the group "
                : " cannot be published: the groups ")
            + groups
            + (empty.size() == 1 ? " has" : " have")
            + " no values at all. Every group of units needs at least one value.");
  }
}
