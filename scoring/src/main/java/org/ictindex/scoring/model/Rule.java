package org.ictindex.scoring.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How an indicator (a leaf) turns a unit's raw value into points (methodology §2).
 *
 * <p>What every kind must answer is a method here; what only one caller needs goes through {@link
 * #match}, Java 17's exhaustive switch over the kinds: a new kind adds a parameter to it and an
 * implementation of every method, so the compiler names each place that must handle it.
 */
public sealed interface Rule {

  /** The type name used in framework.json. */
  String type();

  /** The largest number of points the rule can give. */
  BigDecimal maxPoints();

  /** Whether a value must be 0 or 1 (no or yes) rather than any number. */
  boolean takesYesOrNo();

  /**
   * The rule in words, as the published methodology states it, e.g. "tuyến tính từ 0 đến 100 → 10
   * điểm" / "linear from 0 to 100 → 10 points".
   *
   * @param number how a number is written in the text (each language's reader may format it)
   */
  LocalizedText describe(Function<BigDecimal, String> number);

  /** Applies the function for the rule's kind; the one way to take a rule apart by kind. */
  <T> T match(Function<Linear, T> linear, Function<Bands, T> bands, Function<Bool, T> bool);

  /** {@code points × clamp((v − min) / (max − min), 0, 1)}; {@code min > max}: lower is better. */
  record Linear(BigDecimal min, BigDecimal max, BigDecimal points) implements Rule {
    @Override
    public String type() {
      return "linear";
    }

    @Override
    public BigDecimal maxPoints() {
      return points;
    }

    @Override
    public boolean takesYesOrNo() {
      return false;
    }

    @Override
    public LocalizedText describe(Function<BigDecimal, String> number) {
      boolean lowerIsBetter = min.compareTo(max) > 0;
      return new LocalizedText(
          "tuyến tính từ "
              + number.apply(min)
              + " đến "
              + number.apply(max)
              + " → "
              + number.apply(points)
              + " điểm"
              + (lowerIsBetter ? " (càng thấp càng tốt)" : ""),
          "linear from "
              + number.apply(min)
              + " to "
              + number.apply(max)
              + " → "
              + number.apply(points)
              + " points"
              + (lowerIsBetter ? " (lower is better)" : ""));
    }

    @Override
    public <T> T match(
        Function<Linear, T> linear, Function<Bands, T> bands, Function<Bool, T> bool) {
      return linear.apply(this);
    }
  }

  /** The points of the last band whose {@code from ≤ v}; below the first band gives 0. */
  record Bands(List<Band> bands) implements Rule {
    public Bands {
      bands = List.copyOf(bands);
    }

    @Override
    public String type() {
      return "bands";
    }

    @Override
    public BigDecimal maxPoints() {
      return bands.stream().map(Band::points).reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    @Override
    public boolean takesYesOrNo() {
      return false;
    }

    @Override
    public LocalizedText describe(Function<BigDecimal, String> number) {
      return new LocalizedText(
          "theo bậc: " + steps("từ ", number), "bands: " + steps("from ", number));
    }

    private String steps(String from, Function<BigDecimal, String> number) {
      return bands.stream()
          .map(band -> from + number.apply(band.from()) + " → " + number.apply(band.points()))
          .collect(Collectors.joining("; "));
    }

    @Override
    public <T> T match(
        Function<Linear, T> linear, Function<Bands, T> bands, Function<Bool, T> bool) {
      return bands.apply(this);
    }
  }

  /** One step of a {@link Bands} rule. */
  record Band(BigDecimal from, BigDecimal points) {}

  /** The value must be 0 or 1 and gives {@code points × v}. */
  record Bool(BigDecimal points) implements Rule {
    @Override
    public String type() {
      return "boolean";
    }

    @Override
    public BigDecimal maxPoints() {
      return points;
    }

    @Override
    public boolean takesYesOrNo() {
      return true;
    }

    @Override
    public LocalizedText describe(Function<BigDecimal, String> number) {
      return new LocalizedText(
          "có/không → " + number.apply(points) + " điểm",
          "yes/no → " + number.apply(points) + " points");
    }

    @Override
    public <T> T match(
        Function<Linear, T> linear, Function<Bands, T> bands, Function<Bool, T> bool) {
      return bool.apply(this);
    }
  }
}
