package org.ictindex.domain.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Unit;

/**
 * The recorded values a change of the framework or the units leaves without a place: the indicators
 * that exist for each group are the framework's answer ({@link Framework#indicatorsFor}).
 */
public final class ApplicableIndicators {

  private ApplicableIndicators() {}

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
              .computeIfAbsent(group, code -> indicatorCodes(framework, code))
              .contains(value.indicatorCode())) {
        orphans.add(value);
      }
    }
    return orphans;
  }

  private static Set<String> indicatorCodes(Framework framework, String groupCode) {
    return framework.indicatorsFor(groupCode).stream().map(Node::code).collect(Collectors.toSet());
  }
}
