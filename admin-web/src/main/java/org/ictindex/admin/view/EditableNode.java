package org.ictindex.admin.view;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Rule;

/**
 * A node of the framework editor's working copy: mutable, so the screen can bind its fields, and
 * turned back into the model's {@link Node} for validation and saving. A node with children is a
 * criterion; one without is an indicator and takes its rule from the rule fields.
 */
public class EditableNode extends EditableNamed {

  private static final long serialVersionUID = 1L;

  public static final String LINEAR = "linear";
  public static final String BANDS = "bands";
  public static final String BOOLEAN = "boolean";

  private int key;
  private BigDecimal weight;
  private List<String> appliesTo;
  private String unitOfMeasure;
  private String ruleType;
  private BigDecimal min;
  private BigDecimal max;
  private BigDecimal points;
  private List<EditableBand> bands;
  private final List<EditableNode> children = new ArrayList<>();
  private EditableNode parent;
  private final List<String> errors = new ArrayList<>();

  /** A new indicator worth one point for being there, to be named by the editor. */
  public static EditableNode fresh(String code) {
    EditableNode node = new EditableNode();
    node.setCode(code);
    node.weight = BigDecimal.ONE;
    node.appliesTo = new ArrayList<>();
    node.ruleType = BOOLEAN;
    node.points = BigDecimal.ONE;
    node.bands = new ArrayList<>();
    return node;
  }

  public static EditableNode of(Node node) {
    EditableNode editable = fresh(node.code());
    editable.show(node.code(), node.name());
    editable.weight = node.weight();
    editable.appliesTo = new ArrayList<>(node.appliesTo());
    editable.unitOfMeasure = node.unit();
    editable.points = null;
    if (node.isLeaf()) {
      editable.ruleType = node.rule().type();
      node.rule().match(editable::takeLinear, editable::takeBands, editable::takeBoolean);
    }
    node.children().forEach(child -> editable.add(of(child)));
    return editable;
  }

  private EditableNode takeLinear(Rule.Linear linear) {
    min = linear.min();
    max = linear.max();
    points = linear.points();
    return this;
  }

  private EditableNode takeBands(Rule.Bands bandRule) {
    bandRule.bands().forEach(band -> bands.add(new EditableBand(band)));
    return this;
  }

  private EditableNode takeBoolean(Rule.Bool bool) {
    points = bool.points();
    return this;
  }

  /** The node as the model has it; empty texts become what the package format would refuse. */
  public Node toModel() {
    return new Node(
        modelCode(),
        modelName(),
        weight,
        new LinkedHashSet<>(appliesTo),
        unitOfMeasure == null || unitOfMeasure.isBlank() ? null : unitOfMeasure.strip(),
        isLeaf() ? rule() : null,
        children.stream().map(EditableNode::toModel).toList());
  }

  /** The rule from the rule fields, whatever they hold. */
  Rule rule() {
    return switch (ruleType == null ? BOOLEAN : ruleType) {
      case LINEAR -> new Rule.Linear(min, max, points);
      case BANDS -> new Rule.Bands(bands.stream().map(EditableBand::toModel).toList());
      default -> new Rule.Bool(points);
    };
  }

  /**
   * The most points the node gives a unit for which every node applies: its rule's maximum, or the
   * weighted sum of its children's (methodology §2–§3); null while a number is missing.
   */
  public BigDecimal getMaxPoints() {
    return maximumKnown() ? toModel().maximumOverEveryChild().stripTrailingZeros() : null;
  }

  private boolean maximumKnown() {
    if (isLeaf()) {
      return BANDS.equals(ruleType)
          ? !bands.isEmpty() && bands.stream().allMatch(band -> band.getPoints() != null)
          : points != null;
    }
    return children.stream().allMatch(child -> child.weight != null && child.maximumKnown());
  }

  public boolean isLeaf() {
    return children.isEmpty();
  }

  public void add(EditableNode child) {
    child.parent = this;
    children.add(child);
  }

  /** This node and every node below it. */
  public List<EditableNode> subtree() {
    List<EditableNode> all = new ArrayList<>();
    all.add(this);
    children.forEach(child -> all.addAll(child.subtree()));
    return all;
  }

  /** The node and its ancestors, nearest first. */
  public List<EditableNode> pathUp() {
    List<EditableNode> path = new ArrayList<>();
    for (EditableNode at = this; at != null; at = at.parent) {
      path.add(at);
    }
    return path;
  }

  public Set<String> codesBelow() {
    Set<String> codes = new LinkedHashSet<>();
    subtree().forEach(node -> codes.add(node.getCode()));
    return codes;
  }

  public void addBand() {
    bands.add(new EditableBand());
  }

  public void removeBand(EditableBand band) {
    bands.remove(band);
  }

  public List<EditableNode> getChildren() {
    return children;
  }

  EditableNode parent() {
    return parent;
  }

  void detach() {
    parent = null;
  }

  /** Tells nodes apart on the screen while codes are being edited (and may clash). */
  public int getKey() {
    return key;
  }

  void setKey(int key) {
    this.key = key;
  }

  public List<String> getErrors() {
    return errors;
  }

  public BigDecimal getWeight() {
    return weight;
  }

  public void setWeight(BigDecimal weight) {
    this.weight = weight;
  }

  public List<String> getAppliesTo() {
    return appliesTo;
  }

  public void setAppliesTo(List<String> appliesTo) {
    this.appliesTo = appliesTo == null ? new ArrayList<>() : new ArrayList<>(appliesTo);
  }

  public String getUnitOfMeasure() {
    return unitOfMeasure;
  }

  public void setUnitOfMeasure(String unitOfMeasure) {
    this.unitOfMeasure = unitOfMeasure;
  }

  public String getRuleType() {
    return ruleType;
  }

  public void setRuleType(String ruleType) {
    this.ruleType = ruleType;
  }

  public BigDecimal getMin() {
    return min;
  }

  public void setMin(BigDecimal min) {
    this.min = min;
  }

  public BigDecimal getMax() {
    return max;
  }

  public void setMax(BigDecimal max) {
    this.max = max;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public void setPoints(BigDecimal points) {
    this.points = points;
  }

  public List<EditableBand> getBands() {
    return bands;
  }
}
