package org.ictindex.scoring.engine;

import java.math.BigDecimal;
import java.util.List;
import org.ictindex.scoring.model.MissingPolicy;
import org.ictindex.scoring.model.Rule;

/**
 * Methodology §2: the points of an indicator for a raw value, by column, both in double precision
 * (with a proven bound on its error) and exactly.
 *
 * <p>A missing value is {@code NaN} in double precision and {@code null} exactly. Under {@code
 * exclude} it has no points ({@code NaN}, which then propagates to every ancestor's sum); under
 * {@code zero} it has 0 points.
 */
final class LeafRules {

  private static final int LINEAR = 0;
  private static final int BANDS = 1;
  private static final int BOOLEAN = 2;

  /** Below this relative conditioning a linear rule is evaluated exactly only. */
  private static final double WELL_CONDITIONED = 0.25;

  private final Rule[] rules;
  private final int[] kinds;
  private final double[] minimum;
  private final double[] range;
  private final double[] points;
  private final double[][] bandFrom;
  private final double[][] bandPoints;
  private final BigDecimal[][] exactBandFrom;
  private final double missingPoints;
  private final boolean missingIsZero;

  /** Per column, an upper bound of |points| over all values. */
  final double[] magnitude;

  /** Per column, an upper bound of |points in double precision − exact points| over all values. */
  final double[] errorBound;

  LeafRules(List<Rule> columnRules, MissingPolicy missing) {
    int count = columnRules.size();
    rules = columnRules.toArray(Rule[]::new);
    kinds = new int[count];
    minimum = new double[count];
    range = new double[count];
    points = new double[count];
    bandFrom = new double[count][];
    bandPoints = new double[count][];
    exactBandFrom = new BigDecimal[count][];
    magnitude = new double[count];
    errorBound = new double[count];
    missingIsZero = missing == MissingPolicy.ZERO;
    missingPoints = missingIsZero ? 0.0 : Double.NaN;
    for (int column = 0; column < count; column++) {
      compile(column, rules[column]);
    }
  }

  Rule rule(int column) {
    return rules[column];
  }

  /**
   * The points of {@code value} in double precision; {@code exactValues[index]} is the same value
   * exactly, consulted only where a band boundary equals the value in double precision.
   */
  double points(int column, double value, BigDecimal[] exactValues, int index) {
    if (Double.isNaN(value)) {
      return missingPoints;
    }
    switch (kinds[column]) {
      case LINEAR:
        double share = (value - minimum[column]) / range[column];
        return points[column] * Math.max(0.0, Math.min(1.0, share));
      case BANDS:
        return bandPoints(column, value, exactValues[index]);
      default:
        return points[column] * value;
    }
  }

  /** The exact points of a value ({@code null} when missing); {@code null} under exclude. */
  Fraction exactPoints(int column, BigDecimal value) {
    if (value == null) {
      return missingIsZero ? Fraction.ZERO : null;
    }
    return rules[column].match(
        linear -> exactLinearPoints(linear, value),
        bands -> exactBandPoints(bands, value),
        bool -> Fraction.of(bool.points().multiply(value)));
  }

  private static Fraction exactLinearPoints(Rule.Linear linear, BigDecimal value) {
    BigDecimal span = linear.max().subtract(linear.min());
    BigDecimal offset = value.subtract(linear.min());
    if (span.signum() < 0) {
      span = span.negate();
      offset = offset.negate();
    }
    if (offset.signum() <= 0) {
      return Fraction.ZERO;
    }
    if (offset.compareTo(span) >= 0) {
      return Fraction.of(linear.points());
    }
    return Fraction.quotient(linear.points().multiply(offset), span);
  }

  private static Fraction exactBandPoints(Rule.Bands bands, BigDecimal value) {
    List<Rule.Band> list = bands.bands();
    for (int band = list.size() - 1; band >= 0; band--) {
      if (list.get(band).from().compareTo(value) <= 0) {
        return Fraction.of(list.get(band).points());
      }
    }
    return Fraction.ZERO;
  }

  private double bandPoints(int column, double value, BigDecimal exactValue) {
    double[] from = bandFrom[column];
    for (int band = from.length - 1; band >= 0; band--) {
      // Double conversion is monotonic, so only equal doubles can hide a different exact order.
      if (value > from[band]
          || value == from[band] && exactValue.compareTo(exactBandFrom[column][band]) >= 0) {
        return bandPoints[column][band];
      }
    }
    return 0.0;
  }

  private void compile(int column, Rule rule) {
    kinds[column] =
        rule.match(
            linear -> compileLinear(column, linear),
            bands -> compileBands(column, bands),
            bool -> compileBoolean(column, bool));
  }

  private int compileLinear(int column, Rule.Linear linear) {
    if (linear.min().compareTo(linear.max()) == 0) {
      throw new IllegalArgumentException("a linear rule needs min ≠ max");
    }
    minimum[column] = linear.min().doubleValue();
    range[column] = linear.max().doubleValue() - minimum[column];
    points[column] = linear.points().doubleValue();
    magnitude[column] = Math.abs(points[column]);
    // (|min| + |max|) / |max − min| measures the cancellation in v − min and max − min; the
    // bound 6·that + 14 units of roundoff relative to |points| covers conversion, subtraction,
    // division, clamping and the final product (first order, see the class comment of Scorer).
    double conditioning =
        (Math.abs(minimum[column]) + Math.abs(linear.max().doubleValue()))
            / Math.abs(range[column]);
    double u = Rounding.UNIT_ROUNDOFF;
    errorBound[column] =
        u * (conditioning + 1) < WELL_CONDITIONED
            ? magnitude[column] * u * (6 * conditioning + 14)
            : Double.POSITIVE_INFINITY;
    return LINEAR;
  }

  private int compileBands(int column, Rule.Bands bands) {
    List<Rule.Band> list = bands.bands();
    bandFrom[column] = list.stream().mapToDouble(band -> band.from().doubleValue()).toArray();
    bandPoints[column] = list.stream().mapToDouble(band -> band.points().doubleValue()).toArray();
    exactBandFrom[column] = list.stream().map(Rule.Band::from).toArray(BigDecimal[]::new);
    for (double bandPoint : bandPoints[column]) {
      magnitude[column] = Math.max(magnitude[column], Math.abs(bandPoint));
    }
    errorBound[column] = 2 * Rounding.UNIT_ROUNDOFF * magnitude[column];
    return BANDS;
  }

  private int compileBoolean(int column, Rule.Bool bool) {
    points[column] = bool.points().doubleValue();
    magnitude[column] = Math.abs(points[column]);
    errorBound[column] = 2 * Rounding.UNIT_ROUNDOFF * magnitude[column];
    return BOOLEAN;
  }
}
