package org.ictindex.scoring.engine;

import java.util.Objects;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;

/**
 * How a year's results are computed: against the results of which previous year, and with rank
 * intervals from how many Monte Carlo draws of the weights, from which seed and with which spread.
 * The one place that decides it: the server freezes a revision with {@link #forPublication} and
 * records the recipe with it, and the command line recomputes with the same defaults, so an auditor
 * needs to pass nothing a revision already knows.
 *
 * @param previousYear the year whose results changes are computed against, or null for none
 * @param draws Monte Carlo draws for the rank intervals ({@link RankUncertainty}), 0 for none
 * @param seed the seed of the draws
 * @param epsilon each weight is multiplied by a uniform factor in [1 − ε, 1 + ε]
 */
public record PublicationRecipe(Integer previousYear, int draws, long seed, double epsilon) {

  /**
   * Draws a publication asks for; very large years get fewer, as many as fit in memory ({@link
   * RankUncertainty#affordableDraws}).
   */
  public static final int WANTED_DRAWS = 1000;

  public PublicationRecipe {
    if (draws < 0) {
      throw new IllegalArgumentException("draws must not be negative");
    }
    if (!(epsilon >= 0 && epsilon <= 1)) {
      throw new IllegalArgumentException("epsilon must lie in [0, 1]");
    }
  }

  /**
   * The recipe of a publication of the package: {@link #WANTED_DRAWS} draws or as many as the
   * year's size affords, seeded by the year so that anyone who recomputes it draws the same
   * weights, with {@link RankUncertainty#DEFAULT_EPSILON}.
   *
   * @param previousYear the most recent year published before, or null when there is none
   */
  public static PublicationRecipe forPublication(CyclePackage data, Integer previousYear) {
    return new PublicationRecipe(
        previousYear,
        RankUncertainty.affordableDraws(data, WANTED_DRAWS),
        seedOf(data.year()),
        RankUncertainty.DEFAULT_EPSILON);
  }

  /** A publication's seed: its year. */
  public static long seedOf(int year) {
    return year;
  }

  /** The same recipe without rank intervals, the slow part. */
  public PublicationRecipe withoutIntervals() {
    return new PublicationRecipe(previousYear, 0, seed, epsilon);
  }

  /**
   * Computes the package's results by this recipe.
   *
   * @param previous the results of {@link #previousYear}, null exactly when there is none
   * @throws IllegalArgumentException when the previous results are not of the recipe's previous
   *     year
   */
  public CycleResults compute(CyclePackage data, CycleResults previous) {
    Integer previousOfResults = previous == null ? null : previous.year();
    if (!Objects.equals(previousYear, previousOfResults)) {
      throw new IllegalArgumentException(
          "the recipe computes against " + previousYear + ", not " + previousOfResults);
    }
    CycleResults results = Methodology.compute(data, previous);
    return draws == 0
        ? results
        : RankUncertainty.withIntervals(data, results, draws, epsilon, seed);
  }
}
