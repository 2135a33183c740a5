package org.ictindex.domain.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;

/**
 * What changed in a year's units and groups, in words an auditor reads: "thêm BO_X", "BO_Y tên A →
 * B", "BO_Z nhóm MINISTRY → GOV_AGENCY", "xóa TINH_Q".
 */
public final class UnitChanges {

  private UnitChanges() {}

  public static List<String> between(
      List<UnitGroup> groupsBefore,
      List<Unit> unitsBefore,
      List<UnitGroup> groupsAfter,
      List<Unit> unitsAfter) {
    List<String> changes = new ArrayList<>();
    Map<String, UnitGroup> oldGroups = new LinkedHashMap<>();
    groupsBefore.forEach(group -> oldGroups.putIfAbsent(group.code(), group));
    for (UnitGroup group : groupsAfter) {
      UnitGroup was = oldGroups.remove(group.code());
      if (was == null) {
        changes.add("thêm nhóm " + group.code());
      } else {
        compare(changes, "nhóm " + group.code(), "tên", was.name().vi(), group.name().vi());
        compare(
            changes, "nhóm " + group.code(), "tên tiếng Anh", was.name().en(), group.name().en());
      }
    }
    oldGroups.keySet().forEach(code -> changes.add("xóa nhóm " + code));
    Map<String, Unit> oldUnits = new LinkedHashMap<>();
    unitsBefore.forEach(unit -> oldUnits.putIfAbsent(unit.code(), unit));
    for (Unit unit : unitsAfter) {
      Unit was = oldUnits.remove(unit.code());
      if (was == null) {
        changes.add("thêm " + unit.code());
        continue;
      }
      compare(changes, unit.code(), "tên", was.name().vi(), unit.name().vi());
      compare(changes, unit.code(), "tên tiếng Anh", was.name().en(), unit.name().en());
      compare(changes, unit.code(), "nhóm", was.groupCode(), unit.groupCode());
      compare(
          changes,
          unit.code(),
          "đơn vị tiền thân",
          String.join(", ", was.predecessors()),
          String.join(", ", unit.predecessors()));
    }
    oldUnits.keySet().forEach(code -> changes.add("xóa " + code));
    return changes;
  }

  private static void compare(
      List<String> changes, String subject, String field, String before, String after) {
    String was = before == null || before.isBlank() ? null : before;
    String now = after == null || after.isBlank() ? null : after;
    if (!Objects.equals(was, now)) {
      changes.add(
          subject
              + " "
              + field
              + " "
              + (was == null ? "(trống)" : was)
              + " → "
              + (now == null ? "(trống)" : now));
    }
  }
}
