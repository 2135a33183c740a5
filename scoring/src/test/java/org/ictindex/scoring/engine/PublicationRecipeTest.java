package org.ictindex.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ictindex.scoring.engine.TestCycle.PROVINCE;
import static org.ictindex.scoring.engine.TestCycle.framework;
import static org.ictindex.scoring.engine.TestCycle.inner;
import static org.ictindex.scoring.engine.TestCycle.leaf;
import static org.ictindex.scoring.engine.TestCycle.linear;

import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.junit.jupiter.api.Test;

/** The recipe by which a publication computes a year's results. */
class PublicationRecipeTest {

  private static CyclePackage cycle() {
    return framework(
            inner("A", leaf("A.1", linear("0", "100", "10"))),
            inner("B", leaf("B.1", linear("0", "100", "10"))))
        .unitWith("U1", PROVINCE, "A.1", "90", "B.1", "40")
        .unitWith("U2", PROVINCE, "A.1", "30", "B.1", "90")
        .unitWith("U3", PROVINCE, "A.1", "20", "B.1", "20")
        .build();
  }

  @Test
  void aPublicationOfAnOrdinaryYearDrawsAThousandTimesSeededByItsYear() {
    CyclePackage cycle = cycle();

    PublicationRecipe recipe = PublicationRecipe.forPublication(cycle, 2012);

    assertThat(recipe)
        .isEqualTo(
            new PublicationRecipe(2012, 1000, cycle.year(), RankUncertainty.DEFAULT_EPSILON));
    assertThat(recipe.draws()).isEqualTo(RankUncertainty.affordableDraws(cycle, 1000));
  }

  @Test
  void theRecipeComputesTheMethodologysResultsWithTheRankIntervalsItDescribes() {
    CyclePackage cycle = cycle();
    PublicationRecipe recipe = new PublicationRecipe(null, 300, 7, 0.1);

    CycleResults results = recipe.compute(cycle, null);

    CycleResults plain = Methodology.compute(cycle, null);
    assertThat(results).isEqualTo(RankUncertainty.withIntervals(cycle, plain, 300, 0.1, 7));
    assertThat(results.hasRankIntervals()).isTrue();
    assertThat(recipe.withoutIntervals().compute(cycle, null)).isEqualTo(plain);
    assertThat(plain.hasRankIntervals()).isFalse();
  }

  @Test
  void theRecipeComputesAgainstThePreviousYearItNamesOnly() {
    CyclePackage cycle = cycle();
    CycleResults previous = new CycleResults(2011, java.util.List.of(), java.util.Map.of());

    assertThatThrownBy(() -> new PublicationRecipe(2012, 0, 1, 0.25).compute(cycle, previous))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2012");
    assertThatThrownBy(() -> new PublicationRecipe(2012, 0, 1, 0.25).compute(cycle, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PublicationRecipe(null, 0, 1, 0.25).compute(cycle, previous))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativeDrawsOrASpreadOutsideZeroToOneAreRefused() {
    assertThatThrownBy(() -> new PublicationRecipe(null, -1, 1, 0.25))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PublicationRecipe(null, 10, 1, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
