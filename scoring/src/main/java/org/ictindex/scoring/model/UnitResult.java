package org.ictindex.scoring.model;

import java.util.List;
import java.util.Optional;

/**
 * One unit's results: TOTAL first, then every node that applies to its group in tree order.
 *
 * <p>{@code nodes} is copied, unless it is a {@link ComputedNodeResults}: that list cannot be
 * changed, and copying it would make every result it only makes when read.
 */
public record UnitResult(
    String unitCode, String groupCode, LocalizedText name, List<NodeResult> nodes) {

  public UnitResult {
    nodes = nodes instanceof ComputedNodeResults ? nodes : List.copyOf(nodes);
  }

  public Optional<NodeResult> node(String code) {
    return nodes.stream().filter(node -> node.code().equals(code)).findFirst();
  }

  public NodeResult total() {
    return nodes.get(0);
  }
}
