package org.ictindex.scoring.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact rational number held as a quotient of two decimals; the only division is the final
 * rounding, which {@link BigDecimal#divide(BigDecimal, int, RoundingMode)} performs exactly. This
 * is the reference arithmetic of the methodology, used where double precision cannot decide.
 *
 * @param denominator always positive
 */
record Fraction(BigDecimal numerator, BigDecimal denominator) {

  static final Fraction ZERO = new Fraction(BigDecimal.ZERO, BigDecimal.ONE);

  static Fraction of(BigDecimal value) {
    return new Fraction(value, BigDecimal.ONE);
  }

  static Fraction quotient(BigDecimal numerator, BigDecimal denominator) {
    return denominator.signum() < 0
        ? new Fraction(numerator.negate(), denominator.negate())
        : new Fraction(numerator, denominator);
  }

  Fraction plus(Fraction other) {
    if (denominator.compareTo(other.denominator) == 0) {
      return new Fraction(numerator.add(other.numerator), denominator);
    }
    return new Fraction(
        numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  Fraction times(BigDecimal factor) {
    return new Fraction(numerator.multiply(factor), denominator);
  }

  /** The value rounded half-up to 4 decimals. */
  BigDecimal rounded() {
    return numerator.divide(denominator, Rounding.SCALE, RoundingMode.HALF_UP);
  }

  /** {@code 100 × this / max} rounded half-up to 4 decimals; {@code max} must not be 0. */
  BigDecimal percentOf(BigDecimal max) {
    return quotient(numerator.multiply(BigDecimal.valueOf(100)), denominator.multiply(max))
        .rounded();
  }
}
