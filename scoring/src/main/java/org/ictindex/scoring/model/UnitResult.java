package org.ictindex.scoring.model;

import java.util.List;
import java.util.Optional;

/** One unit's results: TOTAL first, then every node that applies to its group in tree order. */
public record UnitResult(
    String unitCode, String groupCode, LocalizedText name, List<NodeResult> nodes) {

  public UnitResult {
    nodes = List.copyOf(nodes);
  }

  public Optional<NodeResult> node(String code) {
    return nodes.stream().filter(node -> node.code().equals(code)).findFirst();
  }

  public NodeResult total() {
    return nodes.get(0);
  }
}
