package org.ictindex.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.scoring.engine.TestCycle.AGENCY;
import static org.ictindex.scoring.engine.TestCycle.MINISTRY;
import static org.ictindex.scoring.engine.TestCycle.PROVINCE;
import static org.ictindex.scoring.engine.TestCycle.bool;
import static org.ictindex.scoring.engine.TestCycle.decimal;
import static org.ictindex.scoring.engine.TestCycle.framework;
import static org.ictindex.scoring.engine.TestCycle.inner;
import static org.ictindex.scoring.engine.TestCycle.leaf;
import static org.ictindex.scoring.engine.TestCycle.linear;
import static org.ictindex.scoring.engine.TestCycle.ranks;
import static org.ictindex.scoring.engine.TestCycle.rating;
import static org.ictindex.scoring.engine.TestCycle.result;

import org.ictindex.scoring.model.CycleResults;
import org.junit.jupiter.api.Test;

/** Methodology §4 (ranks) and §5 (classes). */
class RanksAndClassesTest {

  private static TestCycle oneLinear() {
    return framework(leaf("A", linear("0", "100", "100")));
  }

  @Test
  void tiesShareARankAndTheNextRankSkips() {
    CycleResults results =
        oneLinear()
            .unitWith("U1", PROVINCE, "A", "90")
            .unitWith("U2", PROVINCE, "A", "70")
            .unitWith("U3", PROVINCE, "A", "70")
            .unitWith("U4", PROVINCE, "A", "50")
            .compute();

    assertThat(ranks(results, "TOTAL", "U1", "U2", "U3", "U4")).containsExactly(1, 2, 2, 4);
    assertThat(ranks(results, "A", "U1", "U2", "U3", "U4")).containsExactly(1, 2, 2, 4);
    assertThat(result(results, "U4", "TOTAL").of()).isEqualTo(4);
  }

  @Test
  void everyoneTiedSharesTheFirstRank() {
    CycleResults results =
        oneLinear()
            .unitWith("U1", PROVINCE, "A", "40")
            .unitWith("U2", PROVINCE, "A", "40.0")
            .unitWith("U3", PROVINCE, "A", "40.00")
            .compute();

    assertThat(ranks(results, "TOTAL", "U1", "U2", "U3")).containsExactly(1, 1, 1);
  }

  @Test
  void singleUnitIsFirstOfOne() {
    CycleResults results = oneLinear().unitWith("U1", PROVINCE, "A", "3").compute();

    assertThat(result(results, "U1", "TOTAL").rank()).isEqualTo(1);
    assertThat(result(results, "U1", "TOTAL").of()).isEqualTo(1);
  }

  @Test
  void ranksAreComputedPerGroupNeverAcrossGroups() {
    CycleResults results =
        oneLinear()
            .unitWith("P1", PROVINCE, "A", "10")
            .unitWith("M1", MINISTRY, "A", "90")
            .unitWith("P2", PROVINCE, "A", "20")
            .unitWith("G1", AGENCY, "A", "5")
            .compute();

    assertThat(ranks(results, "TOTAL", "P1", "P2", "M1", "G1")).containsExactly(2, 1, 1, 1);
    assertThat(result(results, "P1", "TOTAL").of()).isEqualTo(2);
    assertThat(result(results, "M1", "TOTAL").of()).isEqualTo(1);
  }

  @Test
  void ranksCompareRoundedScores() {
    // 0.12341 and 0.12344 both show 0.1234 and so share a rank.
    CycleResults results =
        framework(leaf("A", linear("0", "1", "1")))
            .unitWith("U1", PROVINCE, "A", "0.12341")
            .unitWith("U2", PROVINCE, "A", "0.12344")
            .unitWith("U3", PROVINCE, "A", "0.12346")
            .compute();

    assertThat(ranks(results, "A", "U1", "U2", "U3")).containsExactly(2, 2, 1);
  }

  @Test
  void everyInnerNodeAndEveryIndicatorIsRankedOnItsOwn() {
    CycleResults results =
        framework(inner("A", leaf("A.1", bool("1")), leaf("A.2", bool("3"))))
            .unitWith("U1", PROVINCE, "A.1", "1", "A.2", "0")
            .unitWith("U2", PROVINCE, "A.1", "0", "A.2", "1")
            .compute();

    assertThat(ranks(results, "A", "U1", "U2")).containsExactly(2, 1);
    assertThat(ranks(results, "A.1", "U1", "U2")).containsExactly(1, 2);
    assertThat(ranks(results, "A.2", "U1", "U2")).containsExactly(2, 1);
  }

  @Test
  void classIsTheOneWithTheHighestThresholdTheRoundedPercentReaches() {
    CycleResults results =
        oneLinear()
            .unitWith("Good", PROVINCE, "A", "80")
            .unitWith("AlmostGood", PROVINCE, "A", "79.99995")
            .unitWith("Fair", PROVINCE, "A", "79.99994")
            .unitWith("Average", PROVINCE, "A", "50")
            .unitWith("Weak", PROVINCE, "A", "0")
            .compute();

    // 79.99995 rounds to 80.0000 and so reaches Tốt; 79.99994 rounds to 79.9999.
    assertThat(result(results, "Good", "A").classCode()).isEqualTo("TOT");
    assertThat(result(results, "AlmostGood", "A").classCode()).isEqualTo("TOT");
    assertThat(result(results, "Fair", "A").classCode()).isEqualTo("KHA");
    assertThat(result(results, "Average", "A").classCode()).isEqualTo("TB");
    assertThat(result(results, "Weak", "A").classCode()).isEqualTo("YEU");
  }

  @Test
  void classesNeedNotBeListedInOrder() {
    CycleResults results =
        oneLinear()
            .classes(rating("LOW", "0"), rating("HIGH", "60"), rating("MID", "30"))
            .unitWith("U1", PROVINCE, "A", "45")
            .unitWith("U2", PROVINCE, "A", "60")
            .compute();

    assertThat(result(results, "U1", "A").classCode()).isEqualTo("MID");
    assertThat(result(results, "U2", "A").classCode()).isEqualTo("HIGH");
  }

  @Test
  void unrankedUnitHasNoClass() {
    CycleResults results =
        framework(leaf("A", bool("1")), leaf("B", bool("1")))
            .unitWith("U1", PROVINCE, "A", "1")
            .compute();

    assertThat(result(results, "U1", "TOTAL").classCode()).isNull();
    assertThat(result(results, "U1", "A").classCode()).isEqualTo("TOT");
    assertThat(result(results, "U1", "A").percent()).isEqualTo(decimal("100.0000"));
  }
}
