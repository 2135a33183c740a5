package org.ictindex.scoring.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * One unit's result at one node ({@code TOTAL} or a framework node). Figures are rounded half-up to
 * 4 decimals. A unit without a score at the node (missing data under {@code exclude}) has null
 * score, percent, rank, of and class; a node whose max is 0 has no percent and no class.
 *
 * @param depth 0 for TOTAL, 1 for top-level nodes, and so on
 * @param change previous rank − current rank; null means "new" (not ranked last cycle)
 * @param previousRank the unit's rank at this node in the previous cycle, or null
 * @param predecessorRanks for a merged unit, its predecessors' previous ranks; empty otherwise
 * @param uncertainty the rank interval under perturbed weights, or null when not computed
 */
public record NodeResult(
    String code,
    int depth,
    BigDecimal score,
    BigDecimal max,
    BigDecimal percent,
    Integer rank,
    Integer of,
    String classCode,
    Integer change,
    Integer previousRank,
    List<PredecessorRank> predecessorRanks,
    RankInterval uncertainty) {

  public NodeResult {
    predecessorRanks = List.copyOf(predecessorRanks);
  }

  public boolean isRanked() {
    return rank != null;
  }

  public NodeResult withUncertainty(RankInterval interval) {
    return new NodeResult(
        code,
        depth,
        score,
        max,
        percent,
        rank,
        of,
        classCode,
        change,
        previousRank,
        predecessorRanks,
        interval);
  }
}
