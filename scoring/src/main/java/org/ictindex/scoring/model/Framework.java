package org.ictindex.scoring.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One cycle's framework: groups, classes, the missing-value policy and the tree of nodes. */
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

  private static void collect(Node node, List<Node> into) {
    into.add(node);
    node.children().forEach(child -> collect(child, into));
  }
}
