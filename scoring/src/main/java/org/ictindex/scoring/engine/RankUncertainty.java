package org.ictindex.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.ictindex.scoring.model.ComputedNodeResults;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.RankInterval;
import org.ictindex.scoring.model.UnitResult;

/**
 * How much ranks depend on the choice of weights, estimated by Monte Carlo over the weights (an
 * extension in the sense of methodology §9: it never changes a published figure).
 *
 * <p>In each draw every node weight (indicators and inner nodes) is multiplied by an independent
 * factor drawn uniformly from [1 − ε, 1 + ε) with {@link SplittableRandom}, the nodes taking their
 * factors in document order. Scores are recomputed from the same values with the same rules,
 * rounding and tie rule as the methodology, and ranked per node and group. For each unit and node
 * the interval reports percentiles of the ranks over the draws by the nearest-rank method: the p-th
 * percentile of n sorted ranks is the one at position ⌈p/100 × n⌉ (1-based), so the median is the
 * lower middle rank for an even number of draws. An indicator's own points do not depend on
 * weights, so its interval is its rank.
 *
 * <p>The weights of every draw are drawn first, in order; the draws are then scored in parallel
 * (Java's common fork-join pool, at most {@link #MAXIMUM_LANES} at once), so the intervals are the
 * same whatever the number of cores.
 *
 * <p>Memory grows with units × nodes × draws (4 bytes each): 93 units, 40 nodes and 1,000 draws
 * take 15 MB; 11,539 units, 130 nodes and 1,000 draws would take 6 GB. {@link #affordableDraws}
 * gives the number of draws that fit a fixed budget.
 */
public final class RankUncertainty {

  /** Each weight is multiplied by a uniform factor in [1 − ε, 1 + ε]. */
  public static final double DEFAULT_EPSILON = 0.25;

  /**
   * The ranks of every draw are kept until their percentiles are taken: at most this many bytes.
   */
  public static final long RANKS_MEMORY_BUDGET = 512L * 1024 * 1024;

  /**
   * Draws scored at once, at most: each holds a whole year's scores and ranks while it runs (17 MB
   * for 11,539 units under 126 nodes), which a large machine's many cores would multiply.
   */
  static final int MAXIMUM_LANES = 4;

  /** Fewer draws would leave the 5th and 95th percentiles resting on a handful of ranks. */
  public static final int MINIMUM_DRAWS = 100;

  private RankUncertainty() {}

  /**
   * The number of draws, at most {@code wanted}, whose ranks fit in {@link #RANKS_MEMORY_BUDGET}:
   * every wanted draw for a year of ordinary size (1,000 draws fit 134,217 unit-node pairs, such as
   * 1,000 units under 134 nodes), fewer for very large years, but never fewer than {@link
   * #MINIMUM_DRAWS} (or {@code wanted}, if that is smaller).
   */
  public static int affordableDraws(CyclePackage cycle, int wanted) {
    long cells = (long) CompiledFramework.of(cycle.framework()).nodeCount * cycle.units().size();
    long affordable = RANKS_MEMORY_BUDGET / Integer.BYTES / Math.max(1, cells);
    return (int) Math.min(wanted, Math.max(Math.min(MINIMUM_DRAWS, wanted), affordable));
  }

  /**
   * Returns the results with a {@link RankInterval} on every ranked node result. The same inputs
   * and seed give the same intervals; an unranked node result gets none.
   *
   * @param cycle the package the results were computed from
   * @param results {@code Methodology.compute(cycle, …)}
   * @param draws the number of Monte Carlo draws, at least 1
   * @param epsilon the relative spread of the weights, in [0, 1]
   * @param seed the seed of the random draws
   */
  public static CycleResults withIntervals(
      CyclePackage cycle, CycleResults results, int draws, double epsilon, long seed) {
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be at least 1");
    }
    if (!(epsilon >= 0 && epsilon <= 1)) {
      throw new IllegalArgumentException("epsilon must lie in [0, 1]");
    }
    CompiledFramework framework = CompiledFramework.of(cycle.framework());
    ValueTable values = ValueTable.of(framework, cycle.units(), cycle.values());
    int cells = Math.multiplyExact(framework.nodeCount, values.unitCount);
    int[] ranks = new int[Math.multiplyExact(cells, draws)];
    NodeWeights weights = framework.baseWeights();
    SplittableRandom random = new SplittableRandom(seed);
    NodeWeights[] drawnWeights = new NodeWeights[draws];
    for (int draw = 0; draw < draws; draw++) {
      drawnWeights[draw] = perturbed(weights, epsilon, random);
    }
    // The weights are drawn in order above, so the draws can be scored in any order: each lane
    // takes every lanes-th draw, and each draw writes only its own column of the ranks.
    int lanes = Math.min(MAXIMUM_LANES, Runtime.getRuntime().availableProcessors());
    IntStream.range(0, lanes)
        .parallel()
        .forEach(
            lane -> {
              Scorer scorer = new Scorer(framework, values);
              for (int draw = lane; draw < draws; draw += lanes) {
                Ranking ranking = Ranking.of(framework, values, scorer.scores(drawnWeights[draw]));
                for (int cell = 0; cell < cells; cell++) {
                  ranks[cell * draws + draw] = ranking.ranks[cell];
                }
              }
            });

    Map<String, Integer> unitIndex = new HashMap<>();
    for (int unit = 0; unit < values.unitCount; unit++) {
      unitIndex.put(cycle.units().get(unit).code(), unit);
    }
    List<UnitResult> units = new ArrayList<>(results.units().size());
    for (UnitResult unit : results.units()) {
      Integer index = unitIndex.get(unit.unitCode());
      if (index == null) {
        throw new IllegalArgumentException("unit " + unit.unitCode() + " is not in the cycle");
      }
      RankInterval[] intervals = new RankInterval[unit.nodes().size()];
      for (int position = 0; position < intervals.length; position++) {
        NodeResult node = unit.nodes().get(position);
        if (node.isRanked()) {
          int cell = framework.nodeIndex(node.code()) * values.unitCount + index;
          intervals[position] = interval(ranks, cell * draws, draws, unit, node);
        }
      }
      units.add(withIntervals(unit, intervals));
    }
    return new CycleResults(results.year(), units, results.statistics());
  }

  /** The unit's results with the interval of each position added where there is one. */
  private static UnitResult withIntervals(UnitResult unit, RankInterval[] intervals) {
    List<NodeResult> nodes = unit.nodes();
    return new UnitResult(
        unit.unitCode(),
        unit.groupCode(),
        unit.name(),
        new ComputedNodeResults(
            intervals.length,
            position ->
                intervals[position] == null
                    ? nodes.get(position)
                    : nodes.get(position).withUncertainty(intervals[position])));
  }

  private static NodeWeights perturbed(NodeWeights base, double epsilon, SplittableRandom random) {
    double[] approximate = base.approximate().clone();
    BigDecimal[] exact = base.exact().clone();
    for (int node = 1; node < approximate.length; node++) {
      double factor = 1 + epsilon * (2 * random.nextDouble() - 1);
      approximate[node] *= factor;
      exact[node] = exact[node].multiply(new BigDecimal(factor));
    }
    return new NodeWeights(approximate, exact);
  }

  private static RankInterval interval(
      int[] ranks, int from, int draws, UnitResult unit, NodeResult node) {
    Arrays.sort(ranks, from, from + draws);
    if (ranks[from] == 0) {
      throw new IllegalArgumentException(
          "the results do not belong to the cycle: " + unit.unitCode() + " at " + node.code());
    }
    return new RankInterval(
        ranks[from + nearestRank(50, draws)],
        ranks[from + nearestRank(5, draws)],
        ranks[from + nearestRank(95, draws)]);
  }

  /** The 0-based position of the p-th percentile of n sorted values by the nearest-rank method. */
  private static int nearestRank(int percentile, int count) {
    return Math.max(0, (percentile * count + 99) / 100 - 1);
  }
}
