package org.ictindex.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ictindex.scoring.engine.TestCycle.PROVINCE;
import static org.ictindex.scoring.engine.TestCycle.bands;
import static org.ictindex.scoring.engine.TestCycle.bool;
import static org.ictindex.scoring.engine.TestCycle.decimal;
import static org.ictindex.scoring.engine.TestCycle.framework;
import static org.ictindex.scoring.engine.TestCycle.leaf;
import static org.ictindex.scoring.engine.TestCycle.linear;
import static org.ictindex.scoring.engine.TestCycle.result;

import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.Rule;
import org.junit.jupiter.api.Test;

/** Methodology §2: the points of an indicator. */
class IndicatorPointsTest {

  private static CycleResults scoreOne(Rule rule, String... values) {
    TestCycle cycle = framework(leaf("X", rule));
    for (int index = 0; index < values.length; index++) {
      cycle.unitWith("U" + index, PROVINCE, "X", values[index]);
    }
    return cycle.compute();
  }

  @Test
  void linearGivesPointsInProportionToTheValueBetweenMinAndMax() {
    CycleResults results = scoreOne(linear("0", "100", "20"), "42.5", "0", "100");

    assertThat(result(results, "U0", "X").score()).isEqualTo(decimal("8.5000"));
    assertThat(result(results, "U1", "X").score()).isEqualTo(decimal("0.0000"));
    assertThat(result(results, "U2", "X").score()).isEqualTo(decimal("20.0000"));
    assertThat(result(results, "U0", "X").max()).isEqualTo(decimal("20.0000"));
  }

  @Test
  void linearClampsValuesAboveMaxAndBelowMin() {
    CycleResults results = scoreOne(linear("10", "20", "6"), "25", "-3", "15");

    assertThat(result(results, "U0", "X").score()).isEqualTo(decimal("6.0000"));
    assertThat(result(results, "U1", "X").score()).isEqualTo(decimal("0.0000"));
    assertThat(result(results, "U2", "X").score()).isEqualTo(decimal("3.0000"));
  }

  @Test
  void linearWithMinAboveMaxRewardsLowerValues() {
    // Days to process a request: 2 days or less is best, 12 days or more gets nothing.
    CycleResults results = scoreOne(linear("12", "2", "10"), "2", "4.5", "12", "30", "1");

    assertThat(result(results, "U0", "X").score()).isEqualTo(decimal("10.0000"));
    assertThat(result(results, "U1", "X").score()).isEqualTo(decimal("7.5000"));
    assertThat(result(results, "U2", "X").score()).isEqualTo(decimal("0.0000"));
    assertThat(result(results, "U3", "X").score()).isEqualTo(decimal("0.0000"));
    assertThat(result(results, "U4", "X").score()).isEqualTo(decimal("10.0000"));
    assertThat(result(results, "U0", "X").max()).isEqualTo(decimal("10.0000"));
  }

  @Test
  void bandsGiveThePointsOfTheLastBandWhoseFromIsReached() {
    Rule bandwidth = bands("0", "0", "10", "5", "100", "10");
    CycleResults results = scoreOne(bandwidth, "9.99", "10", "99.999", "100", "5000");

    assertThat(result(results, "U0", "X").score()).isEqualTo(decimal("0.0000"));
    assertThat(result(results, "U1", "X").score()).isEqualTo(decimal("5.0000"));
    assertThat(result(results, "U2", "X").score()).isEqualTo(decimal("5.0000"));
    assertThat(result(results, "U3", "X").score()).isEqualTo(decimal("10.0000"));
    assertThat(result(results, "U4", "X").score()).isEqualTo(decimal("10.0000"));
  }

  @Test
  void bandBoundaryIsComparedExactlyEvenWhereDoublesCannotTellTheValuesApart() {
    // Both values round to the same double as the boundary 0.1.
    Rule rule = bands("0.1", "3");
    CycleResults results = scoreOne(rule, "0.09999999999999999999", "0.10000000000000000001");

    assertThat(result(results, "U0", "X").score()).isEqualTo(decimal("0.0000"));
    assertThat(result(results, "U1", "X").score()).isEqualTo(decimal("3.0000"));
  }

  @Test
  void valueBelowTheFirstBandGivesZero() {
    CycleResults results = scoreOne(bands("5", "2", "10", "4"), "4.9", "-1");

    assertThat(result(results, "U0", "X").score()).isEqualTo(decimal("0.0000"));
    assertThat(result(results, "U1", "X").score()).isEqualTo(decimal("0.0000"));
    assertThat(result(results, "U0", "X").rank()).isEqualTo(1);
    assertThat(result(results, "U1", "X").rank()).isEqualTo(1);
  }

  @Test
  void bandsMaximumIsTheLargestBandPoints() {
    CycleResults results = scoreOne(bands("0", "1", "10", "7", "100", "4"), "50");

    assertThat(result(results, "U0", "X").max()).isEqualTo(decimal("7.0000"));
    assertThat(result(results, "U0", "X").percent()).isEqualTo(decimal("100.0000"));
  }

  @Test
  void booleanGivesItsPointsForOneAndNothingForZero() {
    CycleResults results = scoreOne(bool("5"), "1", "0", "1.000");

    assertThat(result(results, "U0", "X").score()).isEqualTo(decimal("5.0000"));
    assertThat(result(results, "U1", "X").score()).isEqualTo(decimal("0.0000"));
    assertThat(result(results, "U2", "X").score()).isEqualTo(decimal("5.0000"));
    assertThat(result(results, "U0", "X").max()).isEqualTo(decimal("5.0000"));
  }

  @Test
  void booleanValueOtherThanZeroOrOneIsAnInputError() {
    assertThatThrownBy(() -> scoreOne(bool("5"), "0.5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0/1");
  }

  @Test
  void linearRuleWithMinEqualToMaxIsAnInputError() {
    assertThatThrownBy(() -> scoreOne(linear("5", "5", "1"), "5"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
