package org.ictindex.scoring.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.MissingPolicy;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.Rule;
import org.ictindex.scoring.model.UnitGroup;

/**
 * The framework flattened into arrays so that scoring needs no map lookup and no object per value.
 *
 * <p>Node index 0 is {@code TOTAL}; the framework's nodes follow in depth-first document order, so
 * a parent always has a smaller index than its children. Indicators (leaves) also have a column
 * index, their position among the leaves in document order. Groups are indexed in the framework's
 * order.
 */
final class CompiledFramework {

  static final int TOTAL_INDEX = 0;

  final Framework framework;
  final MissingPolicy missing;
  final int nodeCount;
  final String[] codes;
  final int[] parent;
  final int[] depth;
  final int[][] children;
  final BigDecimal[] weights;
  final int[] columnOfNode;
  final int[] nodeOfColumn;
  final LeafRules leafRules;
  final List<String> groupCodes;

  /** {@code applies[group][node]}: the node and all its ancestors apply to the group. */
  final boolean[][] applies;

  final GroupPlan[] plans;

  /**
   * {@code max[group][node]}: the unrounded maximum of the node for units of the group, as the
   * framework answers it.
   */
  final BigDecimal[][] max;

  /** {@code roundedMax[group][node]}: the maximum as reported, rounded half-up to 4 decimals. */
  final BigDecimal[][] roundedMax;

  /**
   * Indices into the framework's classes by {@code minPercent} descending (stable among equal
   * thresholds), the order in which a percent is classified.
   */
  final int[] classesByThreshold;

  /** The smallest rounded percent (in units of 10⁻⁴) that reaches each class. */
  final long[] classThresholdKeys;

  private final Map<String, Integer> nodeIndex;
  private final Map<String, Integer> groupIndex;

  private CompiledFramework(Framework framework) {
    this.framework = framework;
    this.missing = framework.missing() == null ? MissingPolicy.EXCLUDE : framework.missing();
    List<Node> nodes = new ArrayList<>();
    nodes.add(null);
    nodes.addAll(framework.allNodes());
    nodeCount = nodes.size();
    codes = new String[nodeCount];
    parent = new int[nodeCount];
    depth = new int[nodeCount];
    weights = new BigDecimal[nodeCount];
    columnOfNode = new int[nodeCount];
    nodeIndex = new HashMap<>();
    codes[TOTAL_INDEX] = Node.TOTAL;
    parent[TOTAL_INDEX] = -1;
    weights[TOTAL_INDEX] = BigDecimal.ONE;
    nodeIndex.put(Node.TOTAL, TOTAL_INDEX);
    for (int index = 1; index < nodeCount; index++) {
      Node node = nodes.get(index);
      codes[index] = node.code();
      weights[index] = node.weight() == null ? BigDecimal.ONE : node.weight();
      if (weights[index].signum() < 0) {
        throw new IllegalArgumentException("node " + node.code() + " has a negative weight");
      }
      if (nodeIndex.put(node.code(), index) != null) {
        throw new IllegalArgumentException("duplicate node code " + node.code());
      }
    }

    List<List<Integer>> childLists = new ArrayList<>();
    for (int index = 0; index < nodeCount; index++) {
      childLists.add(new ArrayList<>());
    }
    framework.nodes().forEach(node -> link(node, TOTAL_INDEX, childLists));
    children = new int[nodeCount][];
    for (int index = 0; index < nodeCount; index++) {
      children[index] = childLists.get(index).stream().mapToInt(Integer::intValue).toArray();
      if (index > 0) {
        depth[index] = depth[parent[index]] + 1;
      }
    }

    List<Rule> rules = new ArrayList<>();
    List<Integer> leafNodes = new ArrayList<>();
    for (int index = 0; index < nodeCount; index++) {
      Node node = nodes.get(index);
      if (node != null && node.isLeaf()) {
        columnOfNode[index] = rules.size();
        rules.add(node.rule());
        leafNodes.add(index);
      } else {
        columnOfNode[index] = -1;
      }
    }
    nodeOfColumn = leafNodes.stream().mapToInt(Integer::intValue).toArray();
    leafRules = new LeafRules(rules, missing);

    groupCodes = framework.groups().stream().map(UnitGroup::code).toList();
    groupIndex = new HashMap<>();
    for (int group = 0; group < groupCodes.size(); group++) {
      groupIndex.put(groupCodes.get(group), group);
    }
    applies = new boolean[groupCodes.size()][nodeCount];
    plans = new GroupPlan[groupCodes.size()];
    max = new BigDecimal[groupCodes.size()][];
    roundedMax = new BigDecimal[groupCodes.size()][nodeCount];
    for (int group = 0; group < groupCodes.size(); group++) {
      // The nodes that exist for the group are exactly those the framework gives a maximum.
      Map<String, BigDecimal> maxima = framework.maxima(groupCodes.get(group));
      max[group] = new BigDecimal[nodeCount];
      for (int node = 0; node < nodeCount; node++) {
        max[group][node] = maxima.get(codes[node]);
        applies[group][node] = max[group][node] != null;
        if (applies[group][node]) {
          roundedMax[group][node] = max[group][node].setScale(Rounding.SCALE, RoundingMode.HALF_UP);
        }
      }
      plans[group] = GroupPlan.of(this, applies[group]);
    }

    List<RatingClass> classes = framework.classes();
    classesByThreshold =
        IntStream.range(0, classes.size())
            .boxed()
            .sorted((a, b) -> classes.get(b).minPercent().compareTo(classes.get(a).minPercent()))
            .mapToInt(Integer::intValue)
            .toArray();
    classThresholdKeys =
        Arrays.stream(classesByThreshold)
            .mapToLong(
                index ->
                    classes
                        .get(index)
                        .minPercent()
                        .movePointRight(Rounding.SCALE)
                        .setScale(0, RoundingMode.CEILING)
                        .longValueExact())
            .toArray();
  }

  static CompiledFramework of(Framework framework) {
    return new CompiledFramework(framework);
  }

  int columnCount() {
    return nodeOfColumn.length;
  }

  boolean isLeaf(int node) {
    return columnOfNode[node] >= 0;
  }

  /**
   * The index of a node code ({@code TOTAL} included), or -1 when the framework has no such node.
   */
  int nodeIndex(String code) {
    Integer index = nodeIndex.get(code);
    return index == null ? -1 : index;
  }

  /** The column of an indicator code, or -1 when it is not an indicator of the framework. */
  int columnIndex(String code) {
    int node = nodeIndex(code);
    return node < 0 ? -1 : columnOfNode[node];
  }

  /** The index of a group code, or -1 when the framework has no such group. */
  int groupIndex(String code) {
    Integer index = groupIndex.get(code);
    return index == null ? -1 : index;
  }

  /** The weights as given, in double precision and exactly. */
  NodeWeights baseWeights() {
    double[] approximate = new double[nodeCount];
    for (int node = 0; node < nodeCount; node++) {
      approximate[node] = weights[node].doubleValue();
    }
    return new NodeWeights(approximate, weights.clone());
  }

  /**
   * §5: the index (in the framework's list) of the class with the highest {@code minPercent} that a
   * rounded percent reaches, or -1 when it reaches none.
   */
  int classIndexOf(long percentKey) {
    for (int position = 0; position < classThresholdKeys.length; position++) {
      if (percentKey >= classThresholdKeys[position]) {
        return classesByThreshold[position];
      }
    }
    return -1;
  }

  private void link(Node node, int parentIndex, List<List<Integer>> childLists) {
    int index = nodeIndex.get(node.code());
    parent[index] = parentIndex;
    childLists.get(parentIndex).add(index);
    node.children().forEach(child -> link(child, index, childLists));
  }

  /**
   * What scoring one unit of a group visits, precomputed so that the loop over units tests no
   * applicability.
   *
   * @param nodes the applying nodes, TOTAL first, in document order
   * @param innerNodes the applying inner nodes and TOTAL
   * @param leafNodes the applying leaves
   * @param leafColumns the columns of {@code leafNodes}, position by position
   * @param summationOrder the applying nodes other than TOTAL, children before parents
   */
  record GroupPlan(
      int[] nodes, int[] innerNodes, int[] leafNodes, int[] leafColumns, int[] summationOrder) {

    static GroupPlan of(CompiledFramework framework, boolean[] applying) {
      List<Integer> nodes = new ArrayList<>();
      List<Integer> inner = new ArrayList<>();
      List<Integer> leaves = new ArrayList<>();
      for (int node = 0; node < framework.nodeCount; node++) {
        if (applying[node]) {
          nodes.add(node);
          (framework.isLeaf(node) ? leaves : inner).add(node);
        }
      }
      int[] nodeArray = toArray(nodes);
      int[] leafArray = toArray(leaves);
      int[] columns = new int[leafArray.length];
      for (int position = 0; position < leafArray.length; position++) {
        columns[position] = framework.columnOfNode[leafArray[position]];
      }
      int[] summation = new int[nodeArray.length - 1];
      for (int position = 0; position < summation.length; position++) {
        summation[position] = nodeArray[nodeArray.length - 1 - position];
      }
      return new GroupPlan(nodeArray, toArray(inner), leafArray, columns, summation);
    }

    private static int[] toArray(List<Integer> values) {
      return values.stream().mapToInt(Integer::intValue).toArray();
    }
  }
}
