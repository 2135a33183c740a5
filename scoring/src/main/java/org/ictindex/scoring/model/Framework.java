package org.ictindex.scoring.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One cycle's framework: groups, classes, the missing-value policy and the tree of nodes. It
 * answers the questions every reader of a framework asks (which nodes exist for a group, a node's
 * maximum), so that no caller derives them again.
 */
public record Framework(
    String code,
    int year,
    LocalizedText name,
    MissingPolicy missing,
    List<UnitGroup> groups,
    List<RatingClass> classes,
    List<Node> nodes) {

  public Framework {
    groups = List.copyOf(groups);
    classes = List.copyOf(classes);
    nodes = List.copyOf(nodes);
  }

  /** Every node of the tree, parents before their children (depth-first, document order). */
  public List<Node> allNodes() {
    List<Node> all = new ArrayList<>();
    nodes.forEach(node -> collect(node, all));
    return all;
  }

  /** Every leaf (indicator) of the tree in document order. */
  public List<Node> indicators() {
    return allNodes().stream().filter(Node::isLeaf).toList();
  }

  public Optional<Node> node(String code) {
    return allNodes().stream().filter(node -> node.code().equals(code)).findFirst();
  }

  /**
   * §1: the nodes that exist for units of the group, parents before their children (document
   * order). A node exists for a group only when it and every ancestor apply to the group.
   */
  public List<Node> nodesFor(String groupCode) {
    List<Node> existing = new ArrayList<>();
    nodes.forEach(node -> collectExisting(node, groupCode, existing));
    return existing;
  }

  /** §1: the indicators (leaves) that exist for units of the group, in document order. */
  public List<Node> indicatorsFor(String groupCode) {
    return nodesFor(groupCode).stream().filter(Node::isLeaf).toList();
  }

  /** Whether the node ({@code TOTAL} included) exists for units of the group. */
  public boolean exists(String nodeCode, String groupCode) {
    return Node.TOTAL.equals(nodeCode)
        || nodesFor(groupCode).stream().anyMatch(node -> node.code().equals(nodeCode));
  }

  /**
   * §3: the maximum of every node that exists for units of the group, unrounded: {@code TOTAL}
   * first (the weighted sum over the top-level nodes), then the nodes of {@link #nodesFor} in their
   * order.
   */
  public Map<String, BigDecimal> maxima(String groupCode) {
    Map<String, BigDecimal> maxima = new LinkedHashMap<>();
    maxima.put(
        Node.TOTAL,
        nodes.stream()
            .filter(node -> node.appliesTo(groupCode))
            .map(node -> node.countedWeight().multiply(node.maximum(groupCode)))
            .reduce(BigDecimal.ZERO, BigDecimal::add));
    nodesFor(groupCode).forEach(node -> maxima.put(node.code(), node.maximum(groupCode)));
    return maxima;
  }

  private static void collectExisting(Node node, String groupCode, List<Node> into) {
    if (node.appliesTo(groupCode)) {
      into.add(node);
      node.children().forEach(child -> collectExisting(child, groupCode, into));
    }
  }

  private static void collect(Node node, List<Node> into) {
    into.add(node);
    node.children().forEach(child -> collect(child, into));
  }
}
