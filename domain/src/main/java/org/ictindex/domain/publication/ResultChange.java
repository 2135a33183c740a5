package org.ictindex.domain.publication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.UnitResult;

/**
 * One unit's result at one node that differs between two computations of a year: its rank, score or
 * class. A side is null when the unit has no result there (absent or unranked).
 */
public record ResultChange(
    String unitCode,
    String groupCode,
    String nodeCode,
    Integer oldRank,
    Integer newRank,
    BigDecimal oldScore,
    BigDecimal newScore,
    String oldClass,
    String newClass) {

  /** Whether the rank moved (a unit gaining or losing its rank counts). */
  public boolean rankMoved() {
    return !Objects.equals(oldRank, newRank);
  }

  /** Every unit result at every node that differs, in the order of the later results. */
  public static List<ResultChange> between(CycleResults before, CycleResults after) {
    Map<String, UnitResult> oldUnits = new HashMap<>();
    for (UnitResult unit : before.units()) {
      oldUnits.put(unit.unitCode(), unit);
    }
    List<ResultChange> changes = new ArrayList<>();
    for (UnitResult unit : after.units()) {
      Map<String, NodeResult> oldNodes = nodesByCode(oldUnits.get(unit.unitCode()));
      for (NodeResult node : unit.nodes()) {
        NodeResult oldNode = oldNodes.get(node.code());
        ResultChange change =
            new ResultChange(
                unit.unitCode(),
                unit.groupCode(),
                node.code(),
                oldNode == null ? null : oldNode.rank(),
                node.rank(),
                oldNode == null ? null : oldNode.score(),
                node.score(),
                oldNode == null ? null : oldNode.classCode(),
                node.classCode());
        if (change.differs()) {
          changes.add(change);
        }
      }
    }
    return List.copyOf(changes);
  }

  /**
   * Each node result read once: computed results make a node result at every read, and looking each
   * one up in the list would make them again for every node.
   */
  private static Map<String, NodeResult> nodesByCode(UnitResult unit) {
    Map<String, NodeResult> nodes = new HashMap<>();
    if (unit != null) {
      for (NodeResult node : unit.nodes()) {
        nodes.put(node.code(), node);
      }
    }
    return nodes;
  }

  private boolean differs() {
    return rankMoved() || !sameNumber(oldScore, newScore) || !Objects.equals(oldClass, newClass);
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
  }
}
