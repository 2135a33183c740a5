package org.ictindex.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ictindex.scoring.engine.TestCycle.PROVINCE;
import static org.ictindex.scoring.engine.TestCycle.bool;
import static org.ictindex.scoring.engine.TestCycle.framework;
import static org.ictindex.scoring.engine.TestCycle.inner;
import static org.ictindex.scoring.engine.TestCycle.leaf;
import static org.ictindex.scoring.engine.TestCycle.linear;
import static org.ictindex.scoring.engine.TestCycle.result;

import java.util.ArrayList;
import java.util.List;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.RankInterval;
import org.ictindex.scoring.model.Unit;
import org.junit.jupiter.api.Test;

/** Rank intervals under perturbed weights. */
class RankUncertaintyTest {

  /**
   * U1 is strong in A, U2 in B, U1 slightly ahead in total (13 to 12); U3 is weaker everywhere; U4
   * lacks data.
   */
  private static CyclePackage tradeOff() {
    return framework(
            inner("A", leaf("A.1", linear("0", "100", "10"))),
            inner("B", leaf("B.1", linear("0", "100", "10"))))
        .unitWith("U1", PROVINCE, "A.1", "90", "B.1", "40")
        .unitWith("U2", PROVINCE, "A.1", "30", "B.1", "90")
        .unitWith("U3", PROVINCE, "A.1", "20", "B.1", "20")
        .unitWith("U4", PROVINCE, "A.1", "100")
        .build();
  }

  private static CycleResults withIntervals(CyclePackage cycle, double epsilon, long seed) {
    return RankUncertainty.withIntervals(
        cycle, Methodology.compute(cycle, null), 1000, epsilon, seed);
  }

  @Test
  void unitsTradingOffBetweenCriteriaMoveBetweenTheTwoFirstRanks() {
    CycleResults results = withIntervals(tradeOff(), RankUncertainty.DEFAULT_EPSILON, 7);

    assertThat(result(results, "U1", "TOTAL").rank()).isEqualTo(1);
    assertThat(result(results, "U1", "TOTAL").uncertainty()).isEqualTo(new RankInterval(1, 1, 2));
    assertThat(result(results, "U2", "TOTAL").rank()).isEqualTo(2);
    assertThat(result(results, "U2", "TOTAL").uncertainty()).isEqualTo(new RankInterval(2, 1, 2));
    assertThat(result(results, "U3", "TOTAL").uncertainty()).isEqualTo(new RankInterval(3, 3, 3));
  }

  @Test
  void unitDominantEverywhereStaysFirstInEveryDraw() {
    CyclePackage cycle =
        framework(leaf("A", bool("1")), leaf("B", bool("1")))
            .unitWith("Best", PROVINCE, "A", "1", "B", "1")
            .unitWith("Other", PROVINCE, "A", "1", "B", "0")
            .build();

    CycleResults results = withIntervals(cycle, 0.9, 1);

    assertThat(result(results, "Best", "TOTAL").uncertainty()).isEqualTo(new RankInterval(1, 1, 1));
    assertThat(result(results, "Other", "TOTAL").uncertainty())
        .isEqualTo(new RankInterval(2, 2, 2));
  }

  @Test
  void indicatorIntervalIsItsRankBecauseWeightsDoNotChangeItsPoints() {
    CycleResults results = withIntervals(tradeOff(), 0.5, 3);

    assertThat(result(results, "U1", "A.1").uncertainty()).isEqualTo(new RankInterval(2, 2, 2));
    assertThat(result(results, "U4", "A.1").uncertainty()).isEqualTo(new RankInterval(1, 1, 1));
  }

  @Test
  void unrankedUnitGetsNoInterval() {
    CycleResults results = withIntervals(tradeOff(), 0.5, 3);

    assertThat(result(results, "U4", "TOTAL").uncertainty()).isNull();
    assertThat(result(results, "U4", "B.1").uncertainty()).isNull();
  }

  @Test
  void sameSeedGivesTheSameIntervalsAndTheFiguresStayAsComputed() {
    CyclePackage cycle = tradeOff();
    CycleResults plain = Methodology.compute(cycle, null);

    CycleResults first = RankUncertainty.withIntervals(cycle, plain, 200, 0.25, 42);
    CycleResults second = RankUncertainty.withIntervals(cycle, plain, 200, 0.25, 42);

    assertThat(second).isEqualTo(first);
    assertThat(result(first, "U1", "TOTAL").withUncertainty(null))
        .isEqualTo(result(plain, "U1", "TOTAL"));
    assertThat(first.statistics()).isEqualTo(plain.statistics());
  }

  @Test
  void zeroSpreadGivesTheRankItself() {
    CycleResults results = withIntervals(tradeOff(), 0, 5);

    assertThat(result(results, "U1", "TOTAL").uncertainty()).isEqualTo(new RankInterval(1, 1, 1));
    assertThat(result(results, "U2", "TOTAL").uncertainty()).isEqualTo(new RankInterval(2, 2, 2));
    assertThat(result(results, "U3", "TOTAL").uncertainty()).isEqualTo(new RankInterval(3, 3, 3));
  }

  @Test
  void drawsAndSpreadOutsideTheirRangeAreRejected() {
    CyclePackage cycle = tradeOff();
    CycleResults results = Methodology.compute(cycle, null);

    assertThatThrownBy(() -> RankUncertainty.withIntervals(cycle, results, 0, 0.25, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RankUncertainty.withIntervals(cycle, results, 10, -0.1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RankUncertainty.withIntervals(cycle, results, 10, 1.5, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void yearsOfOrdinarySizeGetEveryDrawAndHugeOnesAsManyAsFitTheBudget() {
    // tradeOff() has 5 nodes with TOTAL: 1,000 draws of 5 × 26,843 cells fit the budget.
    assertThat(RankUncertainty.affordableDraws(tradeOff(), 1000)).isEqualTo(1000);
    assertThat(RankUncertainty.affordableDraws(withUnits(26_843), 1000)).isEqualTo(1000);
    assertThat(RankUncertainty.affordableDraws(withUnits(26_844), 1000)).isEqualTo(999);
    assertThat(RankUncertainty.affordableDraws(withUnits(134_217), 1000)).isEqualTo(200);
    assertThat(RankUncertainty.affordableDraws(withUnits(2_000_000), 1000))
        .isEqualTo(RankUncertainty.MINIMUM_DRAWS);
    assertThat(RankUncertainty.affordableDraws(withUnits(2_000_000), 30)).isEqualTo(30);
  }

  private static CyclePackage withUnits(int count) {
    List<Unit> units = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      units.add(new Unit("U" + i, PROVINCE, LocalizedText.of("U" + i, "U" + i), List.of()));
    }
    return new CyclePackage(tradeOff().framework(), units, List.of());
  }
}
