package org.ictindex.scoring.model;

import java.util.List;

/** Everything one assessment year needs to be scored: the content of a cycle package. */
public record CyclePackage(Framework framework, List<Unit> units, List<IndicatorValue> values) {

  public CyclePackage {
    units = List.copyOf(units);
    values = List.copyOf(values);
  }

  public int year() {
    return framework.year();
  }
}
