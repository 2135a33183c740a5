package org.ictindex.scoring.engine;

import java.math.BigDecimal;

/**
 * The exact sum of decimals, equal (value and scale) to adding them with {@link BigDecimal#add},
 * without allocating a BigDecimal per term.
 *
 * <p>A term of scale s ∈ [0, 15] whose unscaled value x satisfies |x| &lt; 2⁵⁰ is recovered exactly
 * from its correctly rounded double d as {@code round(d × 10ˢ)}: 10ˢ is an exact double, so the
 * computed product is x·(1 + δ) with |δ| ≤ 2.2·2⁻⁵³, an absolute error below 0.3. Such terms are
 * summed as a long at the largest scale seen; any other term, or an overflow of the long, goes
 * through BigDecimal.
 */
final class ExactSum {

  private static final int FAST_SCALES = 16;
  private static final double FAST_LIMIT = 0x1p49;
  private static final double[] DOUBLE_POWERS = new double[FAST_SCALES];
  private static final long[] LONG_POWERS = new long[FAST_SCALES];

  static {
    long power = 1;
    for (int scale = 0; scale < FAST_SCALES; scale++) {
      LONG_POWERS[scale] = power;
      DOUBLE_POWERS[scale] = power;
      power *= 10;
    }
  }

  private BigDecimal carried = BigDecimal.ZERO;
  private long unscaled;
  private int scale;

  /** Adds {@code value}, whose double conversion is {@code approximate}. */
  void add(BigDecimal value, double approximate) {
    int termScale = value.scale();
    if (termScale >= 0 && termScale < FAST_SCALES) {
      double scaled = approximate * DOUBLE_POWERS[termScale];
      if (Math.abs(scaled) < FAST_LIMIT) {
        try {
          if (termScale > scale) {
            unscaled = Math.multiplyExact(unscaled, LONG_POWERS[termScale - scale]);
            scale = termScale;
          }
          long term = Math.multiplyExact(Math.round(scaled), LONG_POWERS[scale - termScale]);
          unscaled = Math.addExact(unscaled, term);
          return;
        } catch (ArithmeticException overflow) {
          carried = total();
          unscaled = 0;
        }
      }
    }
    carried = carried.add(value);
  }

  BigDecimal total() {
    return carried.add(BigDecimal.valueOf(unscaled, scale));
  }
}
