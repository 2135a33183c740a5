package org.ictindex.scoring.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each kind of rule in words, in both languages, and its answers to what every kind must say. */
class RuleTest {

  private static final Function<BigDecimal, String> PLAIN = BigDecimal::toPlainString;

  @Test
  void aLinearRuleInWordsSaysWhenLowerIsBetter() {
    Rule rising = new Rule.Linear(BigDecimal.ZERO, new BigDecimal("100"), BigDecimal.TEN);
    Rule falling = new Rule.Linear(new BigDecimal("30"), BigDecimal.ONE, new BigDecimal("5"));

    assertThat(rising.describe(PLAIN))
        .isEqualTo(
            LocalizedText.of(
                "tuyến tính từ 0 đến 100 → 10 điểm", "linear from 0 to 100 → 10 points"));
    assertThat(falling.describe(PLAIN))
        .isEqualTo(
            LocalizedText.of(
                "tuyến tính từ 30 đến 1 → 5 điểm (càng thấp càng tốt)",
                "linear from 30 to 1 → 5 points (lower is better)"));
  }

  @Test
  void bandsInWordsListEveryStep() {
    Rule bands =
        new Rule.Bands(
            List.of(
                new Rule.Band(BigDecimal.ZERO, BigDecimal.ONE),
                new Rule.Band(BigDecimal.TEN, new BigDecimal("5"))));

    assertThat(bands.describe(PLAIN))
        .isEqualTo(
            LocalizedText.of("theo bậc: từ 0 → 1; từ 10 → 5", "bands: from 0 → 1; from 10 → 5"));
    assertThat(bands.maxPoints()).isEqualByComparingTo("5");
    assertThat(bands.takesYesOrNo()).isFalse();
  }

  @Test
  void aYesNoRuleInWordsUsesTheCallersNumbers() {
    Rule yesNo = new Rule.Bool(new BigDecimal("2.5"));

    assertThat(yesNo.describe(number -> number.toPlainString().replace('.', ',')))
        .isEqualTo(LocalizedText.of("có/không → 2,5 điểm", "yes/no → 2,5 points"));
    assertThat(yesNo.takesYesOrNo()).isTrue();
  }

  @Test
  void matchHandsEachKindToItsOwnFunction() {
    Function<Rule, String> kind = rule -> rule.match(l -> "linear", b -> "bands", y -> "boolean");

    assertThat(kind.apply(new Rule.Linear(BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE)))
        .isEqualTo("linear");
    assertThat(kind.apply(new Rule.Bands(List.of()))).isEqualTo("bands");
    assertThat(kind.apply(new Rule.Bool(BigDecimal.ONE))).isEqualTo("boolean");
  }
}
