package org.ictindex.scoring.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the methodology computes for one cycle. */
public record CycleResults(
    int year, List<UnitResult> units, Map<String, GroupStatistics> statistics) {

  public CycleResults {
    units = List.copyOf(units);
    statistics = Map.copyOf(statistics);
  }

  /** Whether any result carries a rank interval, as a publication's results do. */
  public boolean hasRankIntervals() {
    return units.stream()
        .flatMap(unit -> unit.nodes().stream())
        .anyMatch(node -> node.uncertainty() != null);
  }

  public Optional<UnitResult> unit(String unitCode) {
    return units.stream().filter(unit -> unit.unitCode().equals(unitCode)).findFirst();
  }
}
