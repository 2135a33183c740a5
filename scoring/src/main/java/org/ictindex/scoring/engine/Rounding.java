package org.ictindex.scoring.engine;

import java.math.BigDecimal;

/**
 * Rounding half-up to 4 decimals (methodology §3), on figures held as keys: the rounded value times
 * 10⁴ as a long, so that ranking and classifying compare longs.
 *
 * <p>A double result is only rounded directly when it is provably far enough from a rounding
 * boundary (a half at the 5th decimal) that the exact value rounds the same way; otherwise the
 * caller computes the exact value instead.
 */
final class Rounding {

  static final int SCALE = 4;

  /** 10⁴: one point is this many key units. */
  static final double KEY_UNITS = 1e4;

  /** The unit roundoff of double arithmetic, 2⁻⁵³. */
  static final double UNIT_ROUNDOFF = 0x1p-53;

  /** Below this magnitude a double resolves the fraction of a key exactly enough. */
  private static final double FAST_LIMIT = 0x1p50;

  private Rounding() {}

  /**
   * Whether every number within {@code tolerance} of {@code scaled} (a figure times 10⁴) rounds to
   * the same integer, so that rounding {@code scaled} itself gives the exact result.
   */
  static boolean isDecidable(double scaled, double tolerance) {
    if (!(Math.abs(scaled) < FAST_LIMIT)) {
      return false;
    }
    double fraction = scaled - Math.floor(scaled);
    return Math.abs(fraction - 0.5) > tolerance;
  }

  /** The integer nearest to {@code scaled}; only called where {@link #isDecidable} holds. */
  static long nearest(double scaled) {
    double floor = Math.floor(scaled);
    return (long) floor + (scaled - floor > 0.5 ? 1 : 0);
  }

  static BigDecimal decimal(long key) {
    return BigDecimal.valueOf(key, SCALE);
  }

  /** The key of a figure already rounded to 4 decimals. */
  static long key(BigDecimal rounded) {
    return rounded.movePointRight(SCALE).longValueExact();
  }
}
