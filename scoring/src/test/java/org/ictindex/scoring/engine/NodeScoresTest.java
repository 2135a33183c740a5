package org.ictindex.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ictindex.scoring.engine.TestCycle.MINISTRY;
import static org.ictindex.scoring.engine.TestCycle.PROVINCE;
import static org.ictindex.scoring.engine.TestCycle.bool;
import static org.ictindex.scoring.engine.TestCycle.decimal;
import static org.ictindex.scoring.engine.TestCycle.framework;
import static org.ictindex.scoring.engine.TestCycle.inner;
import static org.ictindex.scoring.engine.TestCycle.leaf;
import static org.ictindex.scoring.engine.TestCycle.linear;
import static org.ictindex.scoring.engine.TestCycle.onlyFor;
import static org.ictindex.scoring.engine.TestCycle.result;
import static org.ictindex.scoring.engine.TestCycle.weighted;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.MissingPolicy;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.NodeResult;
import org.junit.jupiter.api.Test;

/** Methodology §1 and §3: the tree, inner scores, maxima, percents, missing values, rounding. */
class NodeScoresTest {

  /** TOTAL over A (A.1 linear 0..100 → 20, A.2 boolean 5) and B (B.1 boolean 10). */
  private static TestCycle twoAreas() {
    return framework(
        inner("A", leaf("A.1", linear("0", "100", "20")), leaf("A.2", bool("5"))),
        inner("B", leaf("B.1", bool("10"))));
  }

  @Test
  void totalComesFirstThenEveryNodeDepthFirstInDocumentOrder() {
    CycleResults results =
        twoAreas().unitWith("U", PROVINCE, "A.1", "50", "A.2", "1", "B.1", "1").compute();

    List<NodeResult> nodes = results.unit("U").orElseThrow().nodes();
    assertThat(nodes)
        .extracting(NodeResult::code)
        .containsExactly("TOTAL", "A", "A.1", "A.2", "B", "B.1");
    assertThat(nodes).extracting(NodeResult::depth).containsExactly(0, 1, 2, 2, 1, 2);
  }

  @Test
  void innerScoreAndMaxAreWeightedSumsOfTheChildren() {
    CycleResults results =
        framework(
                weighted(
                    "2",
                    inner(
                        "A",
                        weighted("0.5", leaf("A.1", linear("0", "100", "20"))),
                        leaf("A.2", bool("5")))),
                inner("B", leaf("B.1", bool("10"))))
            .unitWith("U", PROVINCE, "A.1", "50", "A.2", "1", "B.1", "0")
            .compute();

    NodeResult area = result(results, "U", "A");
    assertThat(area.score()).isEqualTo(decimal("10.0000"));
    assertThat(area.max()).isEqualTo(decimal("15.0000"));
    NodeResult total = result(results, "U", "TOTAL");
    assertThat(total.score()).isEqualTo(decimal("20.0000"));
    assertThat(total.max()).isEqualTo(decimal("40.0000"));
    assertThat(total.percent()).isEqualTo(decimal("50.0000"));
  }

  @Test
  void weightZeroChildAddsNeitherPointsNorMaximumButIsStillScored() {
    CycleResults results =
        framework(leaf("A", bool("5")), weighted("0", leaf("B", bool("10"))))
            .unitWith("U", PROVINCE, "A", "1", "B", "1")
            .compute();

    assertThat(result(results, "U", "TOTAL").score()).isEqualTo(decimal("5.0000"));
    assertThat(result(results, "U", "TOTAL").max()).isEqualTo(decimal("5.0000"));
    assertThat(result(results, "U", "B").score()).isEqualTo(decimal("10.0000"));
    assertThat(result(results, "U", "B").rank()).isEqualTo(1);
  }

  @Test
  void nodeWithoutWeightCountsOnce() {
    Node unweighted =
        new Node("A", LocalizedText.of("A", "A"), null, Set.of(), null, bool("3"), List.of());
    CycleResults results = framework(unweighted).unitWith("U", PROVINCE, "A", "1").compute();

    assertThat(result(results, "U", "TOTAL").score()).isEqualTo(decimal("3.0000"));
  }

  @Test
  void percentIsHundredTimesScoreOverMax() {
    CycleResults results =
        twoAreas().unitWith("U", PROVINCE, "A.1", "10", "A.2", "1", "B.1", "0").compute();

    // 7 of 35 points; A: 7 of 25.
    assertThat(result(results, "U", "TOTAL").percent()).isEqualTo(decimal("20.0000"));
    assertThat(result(results, "U", "A").percent()).isEqualTo(decimal("28.0000"));
  }

  @Test
  void zeroMaximumGivesNoPercentAndNoClassButTheUnitIsStillScoredAndRanked() {
    CycleResults results =
        framework(leaf("A", bool("0")), leaf("B", bool("4")))
            .unitWith("U", PROVINCE, "A", "1", "B", "1")
            .unitWith("V", PROVINCE, "A", "0", "B", "0")
            .compute();

    NodeResult zeroMax = result(results, "U", "A");
    assertThat(zeroMax.max()).isEqualTo(decimal("0.0000"));
    assertThat(zeroMax.score()).isEqualTo(decimal("0.0000"));
    assertThat(zeroMax.percent()).isNull();
    assertThat(zeroMax.classCode()).isNull();
    assertThat(zeroMax.rank()).isEqualTo(1);
    assertThat(zeroMax.of()).isEqualTo(2);
    assertThat(result(results, "U", "B").classCode()).isEqualTo("TOT");
  }

  @Test
  void nodeNotApplyingToAGroupDoesNotExistForItsUnits() {
    CycleResults results =
        framework(
                leaf("A", bool("10")),
                onlyFor(
                    inner("DVC", leaf("DVC.1", bool("30")), leaf("DVC.2", bool("10"))), PROVINCE))
            .unitWith("P", PROVINCE, "A", "1", "DVC.1", "1", "DVC.2", "0")
            .unitWith("M", MINISTRY, "A", "1")
            .compute();

    assertThat(results.unit("M").orElseThrow().nodes())
        .extracting(NodeResult::code)
        .containsExactly("TOTAL", "A");
    assertThat(result(results, "M", "TOTAL").score()).isEqualTo(decimal("10.0000"));
    assertThat(result(results, "M", "TOTAL").max()).isEqualTo(decimal("10.0000"));
    assertThat(result(results, "M", "TOTAL").percent()).isEqualTo(decimal("100.0000"));
    assertThat(result(results, "P", "TOTAL").score()).isEqualTo(decimal("40.0000"));
    assertThat(result(results, "P", "TOTAL").max()).isEqualTo(decimal("50.0000"));
  }

  @Test
  void childrenOfANonApplyingNodeDoNotExistEvenWhenTheyListTheGroup() {
    CycleResults results =
        framework(
                leaf("A", bool("10")),
                onlyFor(
                    inner("DVC", onlyFor(leaf("DVC.1", bool("30")), MINISTRY, PROVINCE)), PROVINCE))
            .unitWith("M", MINISTRY, "A", "0")
            .compute();

    assertThat(results.unit("M").orElseThrow().node("DVC.1")).isEmpty();
    assertThat(result(results, "M", "TOTAL").max()).isEqualTo(decimal("10.0000"));
  }

  @Test
  void missingValueOfANonApplyingIndicatorDoesNotExcludeTheUnit() {
    CycleResults results =
        framework(leaf("A", bool("10")), onlyFor(leaf("B", bool("5")), PROVINCE))
            .unitWith("M", MINISTRY, "A", "1")
            .compute();

    assertThat(result(results, "M", "TOTAL").rank()).isEqualTo(1);
  }

  @Test
  void missingLeafDeepInTheTreeUnranksTheLeafAndEveryAncestorUpToTotalUnderExclude() {
    CycleResults results =
        framework(
                inner(
                    "A",
                    inner("A.1", leaf("A.1.1", bool("1")), leaf("A.1.2", bool("1"))),
                    leaf("A.2", bool("1"))),
                inner("B", leaf("B.1", bool("1"))))
            .unitWith("U", PROVINCE, "A.1.1", "1", "A.1.2", null, "A.2", "1", "B.1", "1")
            .unitWith("V", PROVINCE, "A.1.1", "1", "A.1.2", "1", "A.2", "0", "B.1", "0")
            .unitWith("W", PROVINCE, "A.1.1", "0", "A.1.2", "0", "A.2", "0", "B.1", "1")
            .compute();

    for (String node : List.of("A.1.2", "A.1", "A", "TOTAL")) {
      NodeResult incomplete = result(results, "U", node);
      assertThat(incomplete.score()).as(node).isNull();
      assertThat(incomplete.percent()).as(node).isNull();
      assertThat(incomplete.rank()).as(node).isNull();
      assertThat(incomplete.of()).as(node).isNull();
      assertThat(incomplete.classCode()).as(node).isNull();
      assertThat(incomplete.max()).as(node).isNotNull();
    }
    assertThat(result(results, "U", "A.1.1").rank()).isEqualTo(1);
    assertThat(result(results, "U", "A.2").rank()).isEqualTo(1);
    assertThat(result(results, "U", "B").rank()).isEqualTo(1);
    assertThat(result(results, "U", "B").classCode()).isEqualTo("TOT");
    // Denominators differ between nodes: 2 units are ranked where U has no score, 3 elsewhere.
    assertThat(result(results, "V", "TOTAL").of()).isEqualTo(2);
    assertThat(result(results, "V", "A.1").of()).isEqualTo(2);
    assertThat(result(results, "V", "B").of()).isEqualTo(3);
    assertThat(result(results, "V", "A.1.1").of()).isEqualTo(3);
  }

  @Test
  void absentRowAndEmptyValueAreBothMissing() {
    CycleResults results =
        framework(leaf("A", bool("1")), leaf("B", bool("1")))
            .unitWith("Empty", PROVINCE, "A", "1", "B", null)
            .unitWith("NoRow", PROVINCE, "A", "1")
            .compute();

    assertThat(result(results, "Empty", "TOTAL").score()).isNull();
    assertThat(result(results, "NoRow", "TOTAL").score()).isNull();
    assertThat(result(results, "NoRow", "B").score()).isNull();
  }

  @Test
  void zeroPolicyGivesAMissingValueZeroPointsAndKeepsTheUnitRanked() {
    CycleResults results =
        framework(inner("A", leaf("A.1", linear("10", "20", "4")), leaf("A.2", bool("6"))))
            .missing(MissingPolicy.ZERO)
            .unitWith("U", PROVINCE, "A.2", "1")
            .unitWith("V", PROVINCE, "A.1", null, "A.2", "0")
            .compute();

    assertThat(result(results, "U", "A.1").score()).isEqualTo(decimal("0.0000"));
    assertThat(result(results, "U", "A.1").rank()).isEqualTo(1);
    assertThat(result(results, "U", "TOTAL").score()).isEqualTo(decimal("6.0000"));
    assertThat(result(results, "U", "TOTAL").percent()).isEqualTo(decimal("60.0000"));
    assertThat(result(results, "V", "TOTAL").score()).isEqualTo(decimal("0.0000"));
    assertThat(result(results, "V", "TOTAL").rank()).isEqualTo(2);
  }

  @Test
  void frameworkWithoutMissingPolicyExcludes() {
    CycleResults results =
        framework(leaf("A", bool("1"))).missing(null).unitWith("U", PROVINCE).compute();

    assertThat(result(results, "U", "TOTAL").score()).isNull();
  }

  @Test
  void scoreIsRoundedHalfUpToFourDecimals() {
    CycleResults results =
        framework(leaf("A", linear("0", "1", "1")))
            .unitWith("Half", PROVINCE, "A", "0.12345")
            .unitWith("Below", PROVINCE, "A", "0.123449999")
            .unitWith("Negative", PROVINCE, "A", "-0.5")
            .compute();

    assertThat(result(results, "Half", "A").score()).isEqualTo(decimal("0.1235"));
    assertThat(result(results, "Below", "A").score()).isEqualTo(decimal("0.1234"));
    assertThat(result(results, "Negative", "A").score()).isEqualTo(decimal("0.0000"));
  }

  @Test
  void parentSumsItsChildrenUnrounded() {
    // Each child is 0.33334 (0.3333 rounded); rounded children would sum to 0.9999.
    CycleResults results =
        framework(
                inner(
                    "A",
                    leaf("A.1", linear("0", "1", "1")),
                    leaf("A.2", linear("0", "1", "1")),
                    leaf("A.3", linear("0", "1", "1"))))
            .unitWith("U", PROVINCE, "A.1", "0.33334", "A.2", "0.33334", "A.3", "0.33334")
            .compute();

    assertThat(result(results, "U", "A.1").score()).isEqualTo(decimal("0.3333"));
    assertThat(result(results, "U", "A").score()).isEqualTo(decimal("1.0000"));
    assertThat(result(results, "U", "A").percent()).isEqualTo(decimal("33.3340"));
  }

  @Test
  void sumOfUnroundedChildrenExactlyOnAHalfRoundsUp() {
    // 3 × 0.33335 = 1.00005 → 1.0001; the rounded children (0.3334) would sum to 1.0002.
    CycleResults results =
        framework(
                inner(
                    "A",
                    leaf("A.1", linear("0", "1", "1")),
                    leaf("A.2", linear("0", "1", "1")),
                    leaf("A.3", linear("0", "1", "1"))))
            .unitWith("U", PROVINCE, "A.1", "0.33335", "A.2", "0.33335", "A.3", "0.33335")
            .compute();

    assertThat(result(results, "U", "A.1").score()).isEqualTo(decimal("0.3334"));
    assertThat(result(results, "U", "A").score()).isEqualTo(decimal("1.0001"));
  }

  @Test
  void sumOfNonTerminatingQuotientsLandingOnAHalfRoundsUp() {
    // 0.1 × 1/3 + 0.27035 × 1/3 = 0.12345 exactly, though neither term is a finite decimal.
    CycleResults results =
        framework(
                inner(
                    "A",
                    leaf("A.1", linear("0", "3", "0.1")),
                    leaf("A.2", linear("0", "3", "0.27035"))))
            .unitWith("U", PROVINCE, "A.1", "1", "A.2", "1")
            .compute();

    assertThat(result(results, "U", "A").score()).isEqualTo(decimal("0.1235"));
  }

  @Test
  void percentIsComputedFromTheUnroundedScoreAndRoundedHalfUp() {
    // Score 0.0123455 of max 1: the percent 1.23455 rounds up, the score shows 0.0123.
    CycleResults results =
        framework(leaf("A", linear("0", "1", "1")))
            .unitWith("U", PROVINCE, "A", "0.0123455")
            .compute();

    assertThat(result(results, "U", "A").score()).isEqualTo(decimal("0.0123"));
    assertThat(result(results, "U", "A").percent()).isEqualTo(decimal("1.2346"));
  }

  @Test
  void maxIsRoundedToFourDecimalsButPercentUsesTheUnroundedMax() {
    // Max 3 × 0.33333 = 0.99999 (shown 1.0000); score 0.99999 gives exactly 100 %.
    CycleResults results =
        framework(weighted("0.33333", leaf("A", bool("3"))))
            .unitWith("U", PROVINCE, "A", "1")
            .compute();

    NodeResult total = result(results, "U", "TOTAL");
    assertThat(total.max()).isEqualTo(decimal("1.0000"));
    assertThat(total.score()).isEqualTo(decimal("1.0000"));
    assertThat(total.percent()).isEqualTo(decimal("100.0000"));
  }

  @Test
  void negativeWeightIsAnInputError() {
    assertThatThrownBy(
            () ->
                framework(weighted("-1", leaf("A", bool("1"))))
                    .unitWith("U", PROVINCE, "A", "1")
                    .compute())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void valueOfAnUnknownIndicatorIsAnInputError() {
    assertThatThrownBy(
            () -> framework(leaf("A", bool("1"))).unitWith("U", PROVINCE, "Z", "1").compute())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyFigureHasFourDecimals() {
    CycleResults results =
        twoAreas().unitWith("U", PROVINCE, "A.1", "50", "A.2", "1", "B.1", "1").compute();

    NodeResult total = result(results, "U", "TOTAL");
    assertThat(List.of(total.score(), total.max(), total.percent()))
        .extracting(BigDecimal::scale)
        .containsOnly(4);
  }
}
