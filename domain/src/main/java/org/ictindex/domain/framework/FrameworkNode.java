package org.ictindex.domain.framework;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
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
import org.ictindex.domain.cycle.Cycle;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.pkg.RuleJson;

/**
 * One node of a year's framework tree. Numbers are kept as their exact decimal text so that the
 * framework is written back exactly as it was read.
 */
@Entity
@Table(name = "framework_node")
public class FrameworkNode {

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

  /** The leaf's rule as framework.json writes it ({@link RuleJson}); null for a criterion. */
  @Lob
  @Column(name = "rule_json")
  private String rule;

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
    this.rule = node.isLeaf() ? RuleJson.write(node.rule()) : null;
    for (int i = 0; i < node.children().size(); i++) {
      children.add(new FrameworkNode(cycle, this, i, node.children().get(i)));
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
        rule == null ? null : RuleJson.read(rule),
        children.stream().map(FrameworkNode::toModel).toList());
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
