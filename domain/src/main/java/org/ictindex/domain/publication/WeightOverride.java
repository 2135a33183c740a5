package org.ictindex.domain.publication;

import java.math.BigDecimal;
import java.util.Map;
import org.ictindex.domain.cycle.InvalidRequestException;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.Node;

/** A framework with some nodes' weights changed, for asking "what if the weights were these?". */
public final class WeightOverride {

  private WeightOverride() {}

  /**
   * The framework with the weights of the nodes named in {@code weights} replaced; every other part
   * of the framework stays as it is.
   *
   * @throws InvalidRequestException when a code names no node or a weight is negative or missing
   */
  public static Framework apply(Framework framework, Map<String, BigDecimal> weights) {
    weights.forEach(
        (code, weight) -> {
          if (framework.node(code).isEmpty()) {
            throw new InvalidRequestException(
                "Bộ tiêu chí không có tiêu chí " + code + ".",
                "The framework has no criterion " + code + ".");
          }
          if (weight == null || weight.signum() < 0) {
            throw new InvalidRequestException(
                "Trọng số của " + code + " phải là một số không âm.",
                "The weight of " + code + " must be a number of zero or more.");
          }
        });
    return new Framework(
        framework.code(),
        framework.year(),
        framework.name(),
        framework.missing(),
        framework.groups(),
        framework.classes(),
        framework.nodes().stream().map(node -> reweighted(node, weights)).toList());
  }

  private static Node reweighted(Node node, Map<String, BigDecimal> weights) {
    return new Node(
        node.code(),
        node.name(),
        weights.getOrDefault(node.code(), node.weight()),
        node.appliesTo(),
        node.unit(),
        node.rule(),
        node.children().stream().map(child -> reweighted(child, weights)).toList());
  }
}
