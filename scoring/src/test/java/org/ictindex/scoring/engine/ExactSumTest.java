package org.ictindex.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The allocation-free sum equals BigDecimal addition, value and scale. */
class ExactSumTest {

  @Property(tries = 500)
  void sumEqualsBigDecimalAdditionIncludingItsScale(@ForAll("decimals") List<BigDecimal> terms) {
    ExactSum sum = new ExactSum();
    BigDecimal expected = BigDecimal.ZERO;
    for (BigDecimal term : terms) {
      sum.add(term, term.doubleValue());
      expected = expected.add(term);
    }

    assertThat(sum.total()).isEqualTo(expected);
  }

  @Test
  void sumThatOverflowsALongStaysExact() {
    ExactSum sum = new ExactSum();
    BigDecimal big = new BigDecimal("99999999999.999");
    for (int term = 0; term < 100_000; term++) {
      sum.add(big, big.doubleValue());
    }
    sum.add(new BigDecimal("0.000000000000001"), 1e-15);

    assertThat(sum.total()).isEqualTo(new BigDecimal("9999999999999900.000000000000001"));
  }

  @Provide
  Arbitrary<List<BigDecimal>> decimals() {
    Arbitrary<BigDecimal> small =
        Arbitraries.longs()
            .between(-2_000_000, 2_000_000)
            .flatMap(
                unscaled ->
                    Arbitraries.integers()
                        .between(-2, 6)
                        .map(scale -> BigDecimal.valueOf(unscaled, scale)));
    Arbitrary<BigDecimal> large =
        Arbitraries.bigIntegers()
            .between(BigInteger.TEN.pow(20).negate(), BigInteger.TEN.pow(20))
            .flatMap(
                unscaled ->
                    Arbitraries.integers()
                        .between(0, 20)
                        .map(scale -> new BigDecimal(unscaled, scale)));
    return Arbitraries.oneOf(small, small, large).list().ofMaxSize(40);
  }
}
