package org.ictindex.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.scoring.engine.TestCycle.MINISTRY;
import static org.ictindex.scoring.engine.TestCycle.PROVINCE;
import static org.ictindex.scoring.engine.TestCycle.bool;
import static org.ictindex.scoring.engine.TestCycle.framework;
import static org.ictindex.scoring.engine.TestCycle.inner;
import static org.ictindex.scoring.engine.TestCycle.leaf;
import static org.ictindex.scoring.engine.TestCycle.linear;
import static org.ictindex.scoring.engine.TestCycle.result;

import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.PredecessorRank;
import org.junit.jupiter.api.Test;

/** Methodology §6: the change against the previous cycle. */
class PreviousCycleChangesTest {

  private static TestCycle oneLinear(int year) {
    return framework(leaf("A", linear("0", "100", "100"))).year(year);
  }

  @Test
  void changeIsPreviousRankMinusCurrentRank() {
    CycleResults previous =
        oneLinear(2023)
            .unitWith("Up", PROVINCE, "A", "10")
            .unitWith("Down", PROVINCE, "A", "90")
            .unitWith("Same", PROVINCE, "A", "50")
            .compute();
    CycleResults current =
        oneLinear(2024)
            .unitWith("Up", PROVINCE, "A", "95")
            .unitWith("Down", PROVINCE, "A", "10")
            .unitWith("Same", PROVINCE, "A", "50")
            .compute(previous);

    assertThat(result(current, "Up", "TOTAL").change()).isEqualTo(2);
    assertThat(result(current, "Up", "TOTAL").previousRank()).isEqualTo(3);
    assertThat(result(current, "Down", "TOTAL").change()).isEqualTo(-2);
    assertThat(result(current, "Same", "TOTAL").change()).isZero();
    assertThat(result(current, "Same", "A").change()).isZero();
  }

  @Test
  void withoutAPreviousCycleThereIsNoChange() {
    CycleResults current = oneLinear(2024).unitWith("U", PROVINCE, "A", "5").compute();

    assertThat(result(current, "U", "TOTAL").change()).isNull();
    assertThat(result(current, "U", "TOTAL").previousRank()).isNull();
  }

  @Test
  void unitNotRankedInThePreviousCycleIsNew() {
    CycleResults previous =
        framework(leaf("A", linear("0", "100", "100")), leaf("B", bool("1")))
            .year(2023)
            .unitWith("Incomplete", PROVINCE, "A", "10")
            .unitWith("Other", PROVINCE, "A", "20", "B", "1")
            .compute();
    CycleResults current =
        framework(leaf("A", linear("0", "100", "100")), leaf("B", bool("1")))
            .unitWith("Incomplete", PROVINCE, "A", "10", "B", "1")
            .unitWith("Other", PROVINCE, "A", "20", "B", "1")
            .unitWith("Newcomer", PROVINCE, "A", "30", "B", "1")
            .compute(previous);

    assertThat(result(current, "Incomplete", "TOTAL").change()).isNull();
    assertThat(result(current, "Incomplete", "TOTAL").previousRank()).isNull();
    assertThat(result(current, "Incomplete", "A").change()).isEqualTo(-1);
    assertThat(result(current, "Newcomer", "TOTAL").change()).isNull();
    assertThat(result(current, "Other", "TOTAL").change()).isEqualTo(-1);
  }

  @Test
  void nodeAbsentFromThePreviousCycleHasNoChange() {
    CycleResults previous =
        framework(inner("A", leaf("A.1", bool("1"))))
            .year(2023)
            .unitWith("U", PROVINCE, "A.1", "1")
            .compute();
    CycleResults current =
        framework(inner("A", leaf("A.1", bool("1"))), inner("NEW", leaf("NEW.1", bool("1"))))
            .unitWith("U", PROVINCE, "A.1", "1", "NEW.1", "1")
            .compute(previous);

    assertThat(result(current, "U", "NEW").change()).isNull();
    assertThat(result(current, "U", "NEW.1").change()).isNull();
    assertThat(result(current, "U", "A").change()).isZero();
  }

  @Test
  void currentlyUnrankedUnitHasNoChangeButKeepsItsPreviousRank() {
    CycleResults previous = oneLinear(2023).unitWith("U", PROVINCE, "A", "5").compute();
    CycleResults current = oneLinear(2024).unitWith("U", PROVINCE, "A", null).compute(previous);

    NodeResult total = result(current, "U", "TOTAL");
    assertThat(total.change()).isNull();
    assertThat(total.previousRank()).isEqualTo(1);
  }

  @Test
  void rankInAnotherGroupIsNotAPreviousRank() {
    CycleResults previous = oneLinear(2023).unitWith("U", MINISTRY, "A", "5").compute();
    CycleResults current = oneLinear(2024).unitWith("U", PROVINCE, "A", "5").compute(previous);

    assertThat(result(current, "U", "TOTAL").change()).isNull();
    assertThat(result(current, "U", "TOTAL").previousRank()).isNull();
  }

  @Test
  void mergedUnitShowsItsPredecessorsPreviousRanksInsteadOfAChange() {
    CycleResults previous =
        framework(leaf("A", linear("0", "100", "100")), leaf("B", bool("1")))
            .year(2023)
            .unitWith("HG", PROVINCE, "A", "80", "B", "1")
            .unitWith("BK", PROVINCE, "A", "40", "B", "1")
            .unitWith("TN", PROVINCE, "A", "60", "B", null)
            .compute();
    CycleResults current =
        framework(leaf("A", linear("0", "100", "100")), leaf("B", bool("1")))
            .unit("HG-BK-TN", PROVINCE, "HG", "BK", "TN")
            .values("HG-BK-TN", "A", "70", "B", "1")
            .unitWith("Other", PROVINCE, "A", "90", "B", "1")
            .compute(previous);

    NodeResult total = result(current, "HG-BK-TN", "TOTAL");
    assertThat(total.change()).isNull();
    assertThat(total.previousRank()).isNull();
    assertThat(total.predecessorRanks())
        .containsExactly(new PredecessorRank("HG", 1, 2), new PredecessorRank("BK", 2, 2));
    assertThat(result(current, "HG-BK-TN", "A").predecessorRanks())
        .containsExactly(
            new PredecessorRank("HG", 1, 3),
            new PredecessorRank("BK", 3, 3),
            new PredecessorRank("TN", 2, 3));
    assertThat(result(current, "Other", "TOTAL").predecessorRanks()).isEmpty();
  }

  @Test
  void mergedUnitThatKeepsAPredecessorsCodeHasAnOrdinaryChange() {
    CycleResults previous =
        oneLinear(2023)
            .unitWith("HG", PROVINCE, "A", "10")
            .unitWith("BK", PROVINCE, "A", "40")
            .compute();
    CycleResults current =
        oneLinear(2024).unit("HG", PROVINCE, "HG", "BK").values("HG", "A", "70").compute(previous);

    NodeResult total = result(current, "HG", "TOTAL");
    assertThat(total.change()).isEqualTo(1);
    assertThat(total.predecessorRanks()).isEmpty();
  }
}
