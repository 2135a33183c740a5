package org.ictindex.scoring.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.GroupStatistics;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.UnitGroup;
import org.ictindex.scoring.model.UnitResult;

/**
 * The order and names with which results are written, taken from the package so that the written
 * text depends on the package and the figures only, not on how the results were computed.
 */
final class ResultsLayout {

  private final CyclePackage cycle;
  private final Map<String, LocalizedText> nodeNames = new HashMap<>();

  ResultsLayout(CyclePackage cycle) {
    this.cycle = cycle;
    nodeNames.put(Node.TOTAL, ResultsJson.TOTAL_NAME);
    for (Node node : cycle.framework().allNodes()) {
      nodeNames.put(node.code(), node.name());
    }
  }

  /** The units in the order of units.csv. */
  List<UnitResult> units(CycleResults results) {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < cycle.units().size(); i++) {
      position.put(cycle.units().get(i).code(), i);
    }
    List<UnitResult> units = new ArrayList<>(results.units());
    units.sort(
        Comparator.comparingInt(unit -> position.getOrDefault(unit.unitCode(), Integer.MAX_VALUE)));
    return units;
  }

  /** The groups' statistics in the order of the framework's groups. */
  Map<String, GroupStatistics> statistics(CycleResults results) {
    Map<String, GroupStatistics> ordered = new LinkedHashMap<>();
    for (UnitGroup group : cycle.framework().groups()) {
      GroupStatistics statistics = results.statistics().get(group.code());
      if (statistics != null) {
        ordered.put(group.code(), statistics);
      }
    }
    results.statistics().keySet().stream()
        .filter(code -> !ordered.containsKey(code))
        .sorted()
        .forEach(code -> ordered.put(code, results.statistics().get(code)));
    return ordered;
  }

  /** The name of TOTAL or of a node of the framework. */
  LocalizedText nodeName(String code) {
    LocalizedText name = nodeNames.get(code);
    if (name == null) {
      throw new IllegalArgumentException(
          "The results have a node " + code + " that the framework does not have");
    }
    return name;
  }

  /** A figure in canonical form: trailing zeros stripped ({@code 12.50} is {@code 12.5}). */
  static BigDecimal figure(BigDecimal value) {
    if (value == null) {
      return null;
    }
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  /** A figure as text, in plain notation; "null" when there is none. */
  static String figureText(BigDecimal value) {
    return value == null ? "null" : figure(value).toPlainString();
  }
}
