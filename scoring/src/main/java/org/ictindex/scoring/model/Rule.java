package org.ictindex.scoring.model;

import java.math.BigDecimal;
import java.util.List;

/** How an indicator (a leaf) turns a unit's raw value into points (methodology §2). */
public sealed interface Rule {

  /** The type name used in framework.json. */
  String type();

  /** The largest number of points the rule can give. */
  BigDecimal maxPoints();

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
  }
}
