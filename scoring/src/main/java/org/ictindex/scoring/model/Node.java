package org.ictindex.scoring.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * A node of the framework tree: an inner criterion with children, or an indicator (leaf) with a
 * rule, never both.
 *
 * @param appliesTo the unit groups the node applies to; empty means every group
 * @param unit the indicator's unit of measure (for display only), or null
 * @param rule the leaf's rule, or null for an inner node
 */
public record Node(
    String code,
    LocalizedText name,
    BigDecimal weight,
    Set<String> appliesTo,
    String unit,
    Rule rule,
    List<Node> children) {

  /** The code of the implicit root over the top-level nodes; no node may use it. */
  public static final String TOTAL = "TOTAL";

  public Node {
    appliesTo = Set.copyOf(appliesTo);
    children = List.copyOf(children);
  }

  public boolean isLeaf() {
    return rule != null;
  }

  /** Whether the node exists for units of the given group. */
  public boolean appliesTo(String groupCode) {
    return appliesTo.isEmpty() || appliesTo.contains(groupCode);
  }
}
