package org.ictindex.domain.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.ictindex.domain.cycle.Cycle;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Rule;

/**
 * One node of a year's framework tree. Numbers are kept as their exact decimal text so that the
 * framework is written back exactly as it was read.
 */
@Entity
@Table(name = "framework_node")
public class FrameworkNode {

  private static final String BAND_SEPARATOR = ";";
  private static final String FROM_POINTS_SEPARATOR = ":";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cycle_id")
  private Cycle cycle;

  @ManyToOne
  @JoinColumn(name = "parent_id")
  private FrameworkNode parent;

  @OneToMany(mappedBy = "parent", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<FrameworkNode> children = new ArrayList<>();

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "code", nullable = false, length = 64)
  private String code;

  @Column(name = "name_vi", nullable = false, length = 500)
  private String nameVi;

  @Column(name = "name_en", nullable = false, length = 500)
  private String nameEn;

  @Column(name = "weight", nullable = false, length = 40)
  private String weight;

  /** Group codes separated by spaces; empty means every group. */
  @Column(name = "applies_to", nullable = false, length = 1000)
  private String appliesTo;

  @Column(name = "measure", length = 64)
  private String measure;

  @Column(name = "rule_type", length = 16)
  private String ruleType;

  @Column(name = "rule_min", length = 40)
  private String ruleMin;

  @Column(name = "rule_max", length = 40)
  private String ruleMax;

  @Column(name = "rule_points", length = 40)
  private String rulePoints;

  /** Bands as {@code from:points} pairs separated by semicolons. */
  @Column(name = "rule_bands", length = 4000)
  private String ruleBands;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected FrameworkNode() {}

  /** Creates the entity for a node and, recursively, for its children. */
  public FrameworkNode(Cycle cycle, FrameworkNode parent, int position, Node node) {
    this.cycle = cycle;
    this.parent = parent;
    this.position = position;
    this.code = node.code();
    this.nameVi = node.name().vi();
    this.nameEn = Texts.orEmpty(node.name().en());
    this.weight = node.weight().toPlainString();
    this.appliesTo = String.join(" ", node.appliesTo().stream().sorted().toList());
    this.measure = node.unit();
    setRule(node.rule());
    for (int i = 0; i < node.children().size(); i++) {
      children.add(new FrameworkNode(cycle, this, i, node.children().get(i)));
    }
  }

  private void setRule(Rule rule) {
    ruleType = rule == null ? null : rule.type();
    if (rule instanceof Rule.Linear linear) {
      ruleMin = linear.min().toPlainString();
      ruleMax = linear.max().toPlainString();
      rulePoints = linear.points().toPlainString();
    } else if (rule instanceof Rule.Bool bool) {
      rulePoints = bool.points().toPlainString();
    } else if (rule instanceof Rule.Bands bands) {
      ruleBands =
          bands.bands().stream()
              .map(
                  band ->
                      band.from().toPlainString()
                          + FROM_POINTS_SEPARATOR
                          + band.points().toPlainString())
              .collect(Collectors.joining(BAND_SEPARATOR));
    }
  }

  /** The node and its subtree as the methodology sees them. */
  public Node toModel() {
    return new Node(
        code,
        Texts.localized(nameVi, nameEn),
        new BigDecimal(weight),
        appliesTo.isEmpty()
            ? java.util.Set.of()
            : new LinkedHashSet<>(Arrays.asList(appliesTo.split(" "))),
        measure,
        rule(),
        children.stream().map(FrameworkNode::toModel).toList());
  }

  private Rule rule() {
    if (ruleType == null) {
      return null;
    }
    return switch (ruleType) {
      case "linear" ->
          new Rule.Linear(
              new BigDecimal(ruleMin), new BigDecimal(ruleMax), new BigDecimal(rulePoints));
      case "boolean" -> new Rule.Bool(new BigDecimal(rulePoints));
      case "bands" ->
          new Rule.Bands(
              Arrays.stream(ruleBands.split(BAND_SEPARATOR))
                  .map(pair -> pair.split(FROM_POINTS_SEPARATOR))
                  .map(pair -> new Rule.Band(new BigDecimal(pair[0]), new BigDecimal(pair[1])))
                  .toList());
      default -> throw new IllegalStateException("Unknown rule type " + ruleType + " of " + code);
    };
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public FrameworkNode parent() {
    return parent;
  }

  public boolean isTopLevel() {
    return parent == null;
  }

  public int position() {
    return position;
  }
}
