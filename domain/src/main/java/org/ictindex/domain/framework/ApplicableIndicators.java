package org.ictindex.domain.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Unit;

/**
 * Which indicators exist for a unit group: a leaf exists for a group only when it and every
 * ancestor apply to the group (methodology §1).
 */
public final class ApplicableIndicators {

  private ApplicableIndicators() {}

  /** The codes of the indicators that exist for units of the group. */
  public static Set<String> forGroup(Framework framework, String groupCode) {
    Set<String> codes = new HashSet<>();
    collect(framework.nodes(), groupCode, codes);
    return codes;
  }

  /**
   * The recorded values that would no longer fit the year after a change of its framework or units:
   * their unit is gone, or their indicator is gone or does not exist for the unit's group.
   */
  public static List<IndicatorValue> orphans(
      Framework framework, List<Unit> units, List<IndicatorValue> values) {
    Map<String, Set<String>> byGroup = new HashMap<>();
    Map<String, String> groupOfUnit = new HashMap<>();
    units.forEach(unit -> groupOfUnit.putIfAbsent(unit.code(), unit.groupCode()));
    List<IndicatorValue> orphans = new ArrayList<>();
    for (IndicatorValue value : values) {
      String group = groupOfUnit.get(value.unitCode());
      if (group == null
          || !byGroup
              .computeIfAbsent(group, code -> forGroup(framework, code))
              .contains(value.indicatorCode())) {
        orphans.add(value);
      }
    }
    return orphans;
  }

  private static void collect(List<Node> nodes, String groupCode, Set<String> into) {
    for (Node node : nodes) {
      if (!node.appliesTo(groupCode)) {
        continue;
      }
      if (node.isLeaf()) {
        into.add(node.code());
      } else {
        collect(node.children(), groupCode, into);
      }
    }
  }
}
