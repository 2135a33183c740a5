package org.ictindex.scoring.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.ictindex.scoring.model.Rule;
import org.junit.jupiter.api.Test;

/** A rule stored on its own reads back to the same rule, numbers with the text they had. */
class RuleJsonTest {

  @Test
  void everyKindReadsBackExactlyAsWritten() {
    List<Rule> rules =
        List.of(
            new Rule.Linear(new BigDecimal("0.50"), new BigDecimal("100"), new BigDecimal("10.0")),
            new Rule.Bands(
                List.of(
                    new Rule.Band(BigDecimal.ZERO, new BigDecimal("1.00")),
                    new Rule.Band(new BigDecimal("10"), new BigDecimal("5")))),
            new Rule.Bool(new BigDecimal("2.50")));

    for (Rule rule : rules) {
      String json = RuleJson.write(rule);
      assertThat(RuleJson.read(json)).isEqualTo(rule);
      assertThat(RuleJson.write(RuleJson.read(json))).isEqualTo(json);
    }
  }

  @Test
  void theStoredFormIsTheRuleMemberOfFrameworkJson() {
    assertThat(RuleJson.write(new Rule.Bool(new BigDecimal("2.50"))))
        .isEqualTo("{\n  \"type\": \"boolean\",\n  \"points\": 2.50\n}\n");
  }

  @Test
  void aRuleTheFrameworkWouldRefuseIsRefused() {
    assertThatThrownBy(() -> RuleJson.read("{\"type\": \"linear\", \"min\": 1, \"max\": 1}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("points");
  }
}
