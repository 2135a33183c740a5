package org.ictindex.scoring.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

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

  /**
   * Whether the node's own {@code appliesTo} names the group. It exists for the group only when
   * every ancestor applies too: ask {@link Framework#nodesFor} for that.
   */
  public boolean appliesTo(String groupCode) {
    return appliesTo.isEmpty() || appliesTo.contains(groupCode);
  }

  /**
   * §3: the most points the node gives a unit of the group, its rule's maximum or the weighted sum
   * of the maxima of the children that apply to the group. Whether the node itself exists for the
   * group is the framework's question ({@link Framework#maxima}).
   */
  public BigDecimal maximum(String groupCode) {
    return maximum(child -> child.appliesTo(groupCode));
  }

  /**
   * The most points the node gives a unit to which every node below it applies: the bound a
   * framework's author sees before groups are considered.
   */
  public BigDecimal maximumOverEveryChild() {
    return maximum(child -> true);
  }

  /** The weight a score is multiplied by: a node without one counts once. */
  public BigDecimal countedWeight() {
    return weight == null ? BigDecimal.ONE : weight;
  }

  private BigDecimal maximum(Predicate<Node> counted) {
    if (isLeaf()) {
      return rule.maxPoints();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (Node child : children) {
      if (counted.test(child)) {
        sum = sum.add(child.countedWeight().multiply(child.maximum(counted)));
      }
    }
    return sum;
  }
}
