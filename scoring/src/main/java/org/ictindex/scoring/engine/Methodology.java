package org.ictindex.scoring.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ictindex.scoring.model.ComputedNodeResults;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.GroupStatistics;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.PredecessorRank;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitResult;

/**
 * Scoring methodology version 1: the one place where its rules are written down in code.
 *
 * <p>Where each rule lives: which nodes exist for a group (§1) and their maxima (§3) in {@link
 * org.ictindex.scoring.model.Framework}; points of an indicator (§2) in {@link LeafRules}; scores,
 * percents, missing values and rounding (§3) in {@link Scorer} and {@link CompiledFramework}; ranks
 * (§4) in {@link Ranking}; classes (§5) and changes (§6) in this class; group statistics (§7) in
 * {@link Statistics}. Results equal those of exact decimal arithmetic to the last digit.
 *
 * <p>Decisions where methodology.md leaves room:
 *
 * <ul>
 *   <li>A framework without a {@code missing} policy uses {@code exclude}.
 *   <li>A node has a result only for units of the groups it and all its ancestors apply to; an
 *       inner node none of whose children apply has score and maximum 0: it is ranked, without
 *       percent or class.
 *   <li>Under {@code exclude}, a missing leaf under a node of weight 0 still removes the score of
 *       every ancestor (the rule speaks of any missing applicable leaf).
 *   <li>A unit's class is the class with the highest {@code minPercent} its rounded percent reaches
 *       (the first listed among equal thresholds); a percent below every threshold has no class.
 *   <li>{@code previousRank} and {@code change} count only a previous rank in the same group.
 *       {@code previousRank} is given even where the unit is unranked now; {@code change} only
 *       where it is ranked in both cycles. A unit with predecessors that was not ranked itself
 *       lists every predecessor ranked at the same node code, whatever that predecessor's group.
 *   <li>A linear rule with {@code min = max} has no defined points and is rejected.
 * </ul>
 *
 * The decisions about statistics are listed on {@link Statistics}.
 */
public final class Methodology {

  private Methodology() {}

  /**
   * Computes every unit's results and the group statistics of one cycle.
   *
   * @param cycle a validated cycle package
   * @param previous the results of the previous published cycle, or null when there is none
   * @throws IllegalArgumentException when the package contains what validation rejects (unknown
   *     codes, duplicates, a boolean value other than 0 or 1, a negative weight)
   */
  public static CycleResults compute(CyclePackage cycle, CycleResults previous) {
    CompiledFramework framework = CompiledFramework.of(cycle.framework());
    ValueTable values = ValueTable.of(framework, cycle.units(), cycle.values());
    Scorer.ScoreTable scores = new Scorer(framework, values).scoresAndPercents();
    Ranking ranking = Ranking.of(framework, values, scores.scoreKeys());
    PreviousCycle previousCycle = PreviousCycle.of(previous, framework);

    List<UnitResult> units = new ArrayList<>(values.unitCount);
    for (int unit = 0; unit < values.unitCount; unit++) {
      units.add(
          unitResult(
              framework, cycle.units().get(unit), unit, values, scores, ranking, previousCycle));
    }
    Map<String, GroupStatistics> statistics =
        Statistics.of(framework, values, scores, ranking, previousCycle);
    return new CycleResults(cycle.year(), units, statistics);
  }

  /**
   * A unit's results, whose node results are made from the score and rank tables when they are read
   * (see {@link ComputedNodeResults}).
   */
  private static UnitResult unitResult(
      CompiledFramework framework,
      Unit unit,
      int unitIndex,
      ValueTable values,
      Scorer.ScoreTable scores,
      Ranking ranking,
      PreviousCycle previousCycle) {
    int group = values.groupOfUnit[unitIndex];
    int[] nodes = framework.plans[group].nodes();
    History history = History.of(previousCycle, unit);
    return new UnitResult(
        unit.code(),
        unit.groupCode(),
        unit.name(),
        new ComputedNodeResults(
            nodes.length,
            position ->
                nodeResult(
                    framework,
                    nodes[position],
                    group,
                    nodes[position] * values.unitCount + unitIndex,
                    scores,
                    ranking,
                    history)));
  }

  private static NodeResult nodeResult(
      CompiledFramework framework,
      int node,
      int group,
      int cell,
      Scorer.ScoreTable scores,
      Ranking ranking,
      History history) {
    long scoreKey = scores.scoreKeys()[cell];
    long percentKey = scores.percentKeys()[cell];
    int rank = ranking.ranks[cell];
    int previousRank = history.own() == null ? 0 : history.own().rank()[node];
    return new NodeResult(
        framework.codes[node],
        framework.depth[node],
        scoreKey == Scorer.ABSENT ? null : Rounding.decimal(scoreKey),
        framework.roundedMax[group][node],
        percentKey == Scorer.ABSENT ? null : Rounding.decimal(percentKey),
        rank == 0 ? null : ranking.boxed(rank),
        rank == 0 ? null : ranking.boxed(ranking.rankedCount[group][node]),
        classCode(framework, rank, percentKey),
        rank == 0 || previousRank == 0 ? null : previousRank - rank,
        previousRank == 0 ? null : previousRank,
        previousRank == 0 ? predecessorRanks(history.predecessors(), node) : List.of(),
        null);
  }

  /** §5: unranked units and nodes without a percent have no class. */
  private static String classCode(CompiledFramework framework, int rank, long percentKey) {
    if (rank == 0 || percentKey == Scorer.ABSENT) {
      return null;
    }
    int index = framework.classIndexOf(percentKey);
    return index < 0 ? null : framework.framework.classes().get(index).code();
  }

  /** §6: a merged unit shows its predecessors' previous ranks instead of a change. */
  private static List<PredecessorRank> predecessorRanks(
      List<PreviousCycle.Ranks> predecessors, int node) {
    if (predecessors.isEmpty()) {
      return List.of();
    }
    List<PredecessorRank> ranks = new ArrayList<>();
    for (PreviousCycle.Ranks predecessor : predecessors) {
      if (predecessor.rank()[node] > 0) {
        ranks.add(
            new PredecessorRank(
                predecessor.unitCode(), predecessor.rank()[node], predecessor.of()[node]));
      }
    }
    return ranks;
  }

  /**
   * A unit's previous ranks (§6): its own, counted only in the same group, and its predecessors'.
   */
  private record History(PreviousCycle.Ranks own, List<PreviousCycle.Ranks> predecessors) {

    static History of(PreviousCycle previousCycle, Unit unit) {
      PreviousCycle.Ranks own = previousCycle.ranksOf(unit.code());
      if (own != null && !own.groupCode().equals(unit.groupCode())) {
        own = null;
      }
      List<PreviousCycle.Ranks> predecessors = new ArrayList<>();
      for (String predecessor : unit.predecessors()) {
        PreviousCycle.Ranks ranks = previousCycle.ranksOf(predecessor);
        if (ranks != null) {
          predecessors.add(ranks);
        }
      }
      return new History(own, predecessors);
    }
  }
}
