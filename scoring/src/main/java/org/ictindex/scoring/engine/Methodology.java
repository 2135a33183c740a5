package org.ictindex.scoring.engine;

import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;

/** Scoring methodology version 1: the one place where its rules are written down in code. */
public final class Methodology {

  private Methodology() {}

  /**
   * Computes every unit's results and the group statistics of one cycle.
   *
   * @param cycle a validated cycle package
   * @param previous the results of the previous published cycle, or null when there is none
   */
  public static CycleResults compute(CyclePackage cycle, CycleResults previous) {
    throw new UnsupportedOperationException("not implemented yet");
  }
}
