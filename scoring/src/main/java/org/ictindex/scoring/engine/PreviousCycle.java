package org.ictindex.scoring.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.ictindex.scoring.model.ClassShare;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.GroupStatistics;
import org.ictindex.scoring.model.IndicatorStatistics;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.UnitResult;

/**
 * The results of the previous cycle (methodology §6), looked up by node code: the previous ranks of
 * a unit by this cycle's node indices, and the previous group statistics. Empty when there is no
 * previous cycle.
 */
final class PreviousCycle {

  private final CompiledFramework framework;
  private final Map<String, UnitResult> units = new HashMap<>();
  private final Map<String, Map<String, BigDecimal>> shares = new HashMap<>();
  private final Map<String, Map<String, IndicatorStatistics>> indicators = new HashMap<>();

  private PreviousCycle(CompiledFramework framework, CycleResults previous) {
    this.framework = framework;
    if (previous == null) {
      return;
    }
    previous.units().forEach(unit -> units.put(unit.unitCode(), unit));
    previous
        .statistics()
        .forEach(
            (group, statistics) -> {
              shares.put(group, sharesByNodeAndClass(statistics));
              Map<String, IndicatorStatistics> byCode = new HashMap<>();
              statistics.indicators().forEach(indicator -> byCode.put(indicator.code(), indicator));
              indicators.put(group, byCode);
            });
  }

  static PreviousCycle of(CycleResults previous, CompiledFramework framework) {
    return new PreviousCycle(framework, previous);
  }

  /** A unit's previous ranks at this cycle's nodes, or null when it was not in that cycle. */
  Ranks ranksOf(String unitCode) {
    UnitResult unit = units.get(unitCode);
    if (unit == null) {
      return null;
    }
    int[] rank = new int[framework.nodeCount];
    int[] of = new int[framework.nodeCount];
    for (NodeResult node : unit.nodes()) {
      int index = framework.nodeIndex(node.code());
      if (index >= 0 && node.isRanked()) {
        rank[index] = node.rank();
        of[index] = node.of();
      }
    }
    return new Ranks(unitCode, unit.groupCode(), rank, of);
  }

  /**
   * The previous share of a class at a node in a group, or null when the previous cycle has no such
   * group, node or class, or no share there.
   */
  BigDecimal share(String group, String node, String classCode) {
    Map<String, BigDecimal> byNodeAndClass = shares.get(group);
    return byNodeAndClass == null ? null : byNodeAndClass.get(key(node, classCode));
  }

  /** The previous statistics of an indicator in a group, or null. */
  IndicatorStatistics indicator(String group, String code) {
    Map<String, IndicatorStatistics> byCode = indicators.get(group);
    return byCode == null ? null : byCode.get(code);
  }

  private static Map<String, BigDecimal> sharesByNodeAndClass(GroupStatistics statistics) {
    Map<String, BigDecimal> byNodeAndClass = new HashMap<>();
    for (ClassShare share : statistics.classes()) {
      if (share.share() != null) {
        byNodeAndClass.put(key(share.node(), share.classCode()), share.share());
      }
    }
    return byNodeAndClass;
  }

  private static String key(String node, String classCode) {
    return node + '\n' + classCode;
  }

  /**
   * A unit's previous ranks and denominators by this cycle's node index, 0 where it was unranked or
   * the node did not exist.
   */
  record Ranks(String unitCode, String groupCode, int[] rank, int[] of) {}
}
