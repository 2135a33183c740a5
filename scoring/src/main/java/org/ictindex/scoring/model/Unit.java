package org.ictindex.scoring.model;

import java.util.List;

/**
 * An assessed unit (a ministry, agency or province) in one cycle.
 *
 * @param code the stable identity of the unit across years
 * @param predecessors codes of the units it was formed from by a merger or split; empty otherwise
 */
public record Unit(String code, String groupCode, LocalizedText name, List<String> predecessors) {

  public Unit {
    predecessors = List.copyOf(predecessors);
  }
}
