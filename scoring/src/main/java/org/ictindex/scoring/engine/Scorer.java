package org.ictindex.scoring.engine;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Methodology §3: every unit's score and percent at every node that applies to it, rounded half-up
 * to 4 decimals from unrounded children, with the result of exact decimal arithmetic.
 *
 * <p><b>Fast path and proof of exactness.</b> Scores are computed in double precision: leaf points
 * (see {@link LeafRules}), then for each inner node {@code Σ weight × child} over the applying
 * children, children before parents. For every node there is a static bound on the distance between
 * the double score and the exact one, derived by standard first-order error analysis with the unit
 * roundoff u = 2⁻⁵³:
 *
 * <ul>
 *   <li>a leaf: {@link LeafRules#errorBound} (conversion of the value and the rule's parameters,
 *       the arithmetic of the rule) and {@link LeafRules#magnitude} ≥ |points|;
 *   <li>an inner node with n children: magnitude M = Σ w·M(child) ≥ |score|, and error E = Σ
 *       w·E(child) + (n + 3)·u·M, where (n − 1)·u·M covers the running sum, u·M each product and
 *       2·u·M the weight's own conversion (or perturbation) to double;
 *   <li>the figure ×10⁴ adds u·M·10⁴ and taking its fraction at most u; the percent {@code 100 ×
 *       score / max} has error 10⁶·(E + 4·u·M)/|max| in key units.
 * </ul>
 *
 * The bounds are summed over all children, applying or not, so one bound serves every group, and
 * the tolerance used is twice the bound, which absorbs the second-order terms. When the double
 * figure ×10⁴ is farther than the tolerance from a half, the exact figure lies on the same side and
 * rounds to the same 4 decimals; otherwise the node is recomputed exactly for that unit with {@link
 * Fraction} (exact rationals, so even a sum of non-terminating quotients is exact). Missing values
 * under {@code exclude} are {@code NaN}, which propagates to every ancestor and marks the unit as
 * having no score there.
 */
final class Scorer {

  /** The key of a unit that has no score (or no percent) at a node. */
  static final long ABSENT = Long.MIN_VALUE;

  /** Units gathered before their figures are stored node by node. */
  private static final int BLOCK = 64;

  private static final double SAFETY = 2;
  private static final double U = Rounding.UNIT_ROUNDOFF;

  private final CompiledFramework framework;
  private final ValueTable values;
  private final double[] row;

  Scorer(CompiledFramework framework, ValueTable values) {
    this.framework = framework;
    this.values = values;
    this.row = new double[framework.nodeCount];
  }

  /** Scores and percents with the framework's own weights. */
  ScoreTable scoresAndPercents() {
    return score(framework.baseWeights(), true);
  }

  /** Scores only (no percents), with the given weights. */
  long[] scores(NodeWeights weights) {
    return score(weights, false).scoreKeys();
  }

  private ScoreTable score(NodeWeights weights, boolean withPercents) {
    int nodeCount = framework.nodeCount;
    int unitCount = values.unitCount;
    ErrorBounds bounds = ErrorBounds.of(framework, weights.approximate());
    Pass pass =
        new Pass(
            weights,
            bounds.scoreTolerances(),
            withPercents ? PercentBasis.of(framework, bounds) : null,
            new long[BLOCK * nodeCount],
            withPercents ? new long[BLOCK * nodeCount] : null);
    long[] scoreKeys = new long[Math.multiplyExact(nodeCount, unitCount)];
    long[] percentKeys = withPercents ? new long[scoreKeys.length] : null;
    // Units are scored one by one but stored node by node; a block of units is gathered first so
    // that the stores are contiguous runs instead of one cache miss per figure.
    for (int blockStart = 0; blockStart < unitCount; blockStart += BLOCK) {
      int blockSize = Math.min(BLOCK, unitCount - blockStart);
      Arrays.fill(pass.blockScores, ABSENT);
      if (withPercents) {
        Arrays.fill(pass.blockPercents, ABSENT);
      }
      for (int offset = 0; offset < blockSize; offset++) {
        scoreUnit(blockStart + offset, offset, pass);
      }
      for (int node = 0; node < nodeCount; node++) {
        int target = node * unitCount + blockStart;
        System.arraycopy(pass.blockScores, node * BLOCK, scoreKeys, target, blockSize);
        if (withPercents) {
          System.arraycopy(pass.blockPercents, node * BLOCK, percentKeys, target, blockSize);
        }
      }
    }
    return new ScoreTable(scoreKeys, percentKeys);
  }

  private void scoreUnit(int unit, int offset, Pass pass) {
    int group = values.groupOfUnit[unit];
    CompiledFramework.GroupPlan plan = framework.plans[group];
    int rowStart = unit * values.columnCount;
    int[] leafNodes = plan.leafNodes();
    int[] leafColumns = plan.leafColumns();
    for (int position = 0; position < leafNodes.length; position++) {
      int cell = rowStart + leafColumns[position];
      row[leafNodes[position]] =
          framework.leafRules.points(
              leafColumns[position], values.approximate[cell], values.exact, cell);
    }
    for (int node : plan.innerNodes()) {
      row[node] = 0.0;
    }
    double[] weight = pass.weights.approximate();
    for (int node : plan.summationOrder()) {
      row[framework.parent[node]] += weight[node] * row[node];
    }
    PercentBasis percentBasis = pass.percentBasis;
    for (int node : plan.nodes()) {
      double score = row[node];
      if (Double.isNaN(score)) {
        continue;
      }
      Fraction exact = null;
      double scaled = score * Rounding.KEY_UNITS;
      int blockCell = node * BLOCK + offset;
      if (Rounding.isDecidable(scaled, pass.scoreTolerance[node])) {
        pass.blockScores[blockCell] = Rounding.nearest(scaled);
      } else {
        exact = exactScore(unit, node, framework.applies[group], pass.weights.exact());
        pass.blockScores[blockCell] = Rounding.key(exact.rounded());
      }
      if (percentBasis != null && percentBasis.hasPercent[group][node]) {
        double scaledPercent =
            100 * score / percentBasis.approximateMax[group][node] * Rounding.KEY_UNITS;
        if (Rounding.isDecidable(scaledPercent, percentBasis.tolerance[group][node])) {
          pass.blockPercents[blockCell] = Rounding.nearest(scaledPercent);
        } else {
          if (exact == null) {
            exact = exactScore(unit, node, framework.applies[group], pass.weights.exact());
          }
          pass.blockPercents[blockCell] = Rounding.key(exact.percentOf(framework.max[group][node]));
        }
      }
    }
  }

  /** The exact unrounded score of a unit at a node; only called where the unit has a score. */
  private Fraction exactScore(int unit, int node, boolean[] applying, BigDecimal[] weights) {
    int column = framework.columnOfNode[node];
    if (column >= 0) {
      return framework.leafRules.exactPoints(
          column, values.exact[unit * values.columnCount + column]);
    }
    Fraction sum = Fraction.ZERO;
    for (int child : framework.children[node]) {
      if (applying[child]) {
        sum = sum.plus(exactScore(unit, child, applying, weights).times(weights[child]));
      }
    }
    return sum;
  }

  /**
   * Rounded scores and percents as keys (see {@link Rounding}), indexed {@code node × units +
   * unit}; {@link #ABSENT} where a unit has no score or no percent.
   *
   * @param percentKeys null when percents were not computed
   */
  record ScoreTable(long[] scoreKeys, long[] percentKeys) {}

  /**
   * What one scoring pass shares between units: the weights, tolerances and the block buffers
   * ({@code node × BLOCK + offset in block}).
   *
   * @param percentBasis null when percents are not computed
   */
  private record Pass(
      NodeWeights weights,
      double[] scoreTolerance,
      PercentBasis percentBasis,
      long[] blockScores,
      long[] blockPercents) {}

  /** Per node, bounds of |score| and of the error of its double score (see the class comment). */
  private record ErrorBounds(double[] magnitude, double[] error) {

    static ErrorBounds of(CompiledFramework framework, double[] weight) {
      int nodeCount = framework.nodeCount;
      double[] magnitude = new double[nodeCount];
      double[] error = new double[nodeCount];
      for (int node = nodeCount - 1; node >= 0; node--) {
        int column = framework.columnOfNode[node];
        if (column >= 0) {
          magnitude[node] = framework.leafRules.magnitude[column];
          error[node] = framework.leafRules.errorBound[column];
        } else {
          double childMagnitudes = 0;
          double childErrors = 0;
          for (int child : framework.children[node]) {
            // A zero weight removes the child's error even when that error is unbounded.
            if (weight[child] != 0) {
              childMagnitudes += weight[child] * magnitude[child];
              childErrors += weight[child] * error[child];
            }
          }
          magnitude[node] = childMagnitudes;
          error[node] = childErrors + (framework.children[node].length + 3) * U * childMagnitudes;
        }
      }
      return new ErrorBounds(magnitude, error);
    }

    /** Per node, the tolerance of a score ×10⁴ before it is rounded. */
    double[] scoreTolerances() {
      double[] tolerance = new double[magnitude.length];
      for (int node = 0; node < tolerance.length; node++) {
        tolerance[node] = SAFETY * (Rounding.KEY_UNITS * (error[node] + U * magnitude[node]) + U);
      }
      return tolerance;
    }
  }

  /** Per group and node: whether there is a percent, the maximum in double, the tolerance. */
  private record PercentBasis(
      boolean[][] hasPercent, double[][] approximateMax, double[][] tolerance) {

    static PercentBasis of(CompiledFramework framework, ErrorBounds bounds) {
      int groupCount = framework.groupCodes.size();
      int nodeCount = framework.nodeCount;
      boolean[][] hasPercent = new boolean[groupCount][nodeCount];
      double[][] approximateMax = new double[groupCount][nodeCount];
      double[][] tolerance = new double[groupCount][nodeCount];
      for (int group = 0; group < groupCount; group++) {
        for (int node = 0; node < nodeCount; node++) {
          BigDecimal max = framework.max[group][node];
          if (max == null || max.signum() == 0) {
            continue;
          }
          hasPercent[group][node] = true;
          approximateMax[group][node] = max.doubleValue();
          double keysPerPoint = 100 * Rounding.KEY_UNITS / Math.abs(approximateMax[group][node]);
          tolerance[group][node] =
              SAFETY * (keysPerPoint * (bounds.error[node] + 4 * U * bounds.magnitude[node]) + U);
        }
      }
      return new PercentBasis(hasPercent, approximateMax, tolerance);
    }
  }
}
