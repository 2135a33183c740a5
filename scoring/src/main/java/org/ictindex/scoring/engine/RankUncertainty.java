package org.ictindex.scoring.engine;

import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;

/** How much ranks depend on the choice of weights, estimated by Monte Carlo over the weights. */
public final class RankUncertainty {

  /** Each weight is multiplied by a uniform factor in [1 − ε, 1 + ε]. */
  public static final double DEFAULT_EPSILON = 0.25;

  private RankUncertainty() {}

  /**
   * Returns the results with a {@link org.ictindex.scoring.model.RankInterval} on every ranked node
   * result. The same seed gives the same intervals.
   */
  public static CycleResults withIntervals(
      CyclePackage cycle, CycleResults results, int draws, double epsilon, long seed) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
