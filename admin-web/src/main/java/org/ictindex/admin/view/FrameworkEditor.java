package org.ictindex.admin.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.ictindex.domain.cycle.YearStructure;
import org.ictindex.domain.framework.ApplicableIndicators;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.MissingPolicy;
import org.ictindex.scoring.model.UnitGroup;
import org.ictindex.scoring.pkg.ModelValidation;
import org.ictindex.scoring.pkg.NormalForm;
import org.ictindex.scoring.pkg.Problem;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The framework editor of one year: a working copy of the tree, the rating classes and the missing
 * policy, changed freely on the screen and saved whole. Saving checks the copy as the importer
 * checks a package and shows each error at the node or class it concerns; nothing is stored while
 * any error remains.
 */
@Named
@ViewScoped
public class FrameworkEditor extends StructureEditor {

  private static final long serialVersionUID = 1L;

  private Integer selectedKey;
  private String selectedCode;
  private String frameworkCode;
  private String nameVi;
  private String nameEn;
  private String missingPolicy;
  private List<UnitGroupChoice> groups;
  private List<EditableNode> roots;
  private List<EditableClass> classes;
  private List<String> classErrors;
  private int nextKey;

  /** A group as the "applies to" choice offers it; the framework keeps it unchanged. */
  public record UnitGroupChoice(String code, String nameVi, String nameEn) implements Serializable {

    UnitGroupChoice(UnitGroup group) {
      this(group.code(), group.name().vi(), group.name().en());
    }

    UnitGroup toModel() {
      return new UnitGroup(code, new LocalizedText(nameVi, nameEn));
    }

    public String label(String language) {
      return toModel().name().in(language);
    }
  }

  @Override
  protected void show(YearStructure structure) {
    Framework framework = structure.framework();
    frameworkCode = framework.code();
    nameVi = framework.name().vi();
    nameEn = framework.name().en();
    missingPolicy = framework.missing().code();
    groups =
        framework.groups().stream()
            .map(UnitGroupChoice::new)
            .collect(Collectors.toCollection(ArrayList::new));
    roots = new ArrayList<>();
    framework.nodes().forEach(node -> roots.add(numbered(EditableNode.of(node))));
    classes =
        framework.classes().stream()
            .map(EditableClass::new)
            .collect(Collectors.toCollection(ArrayList::new));
    classErrors = new ArrayList<>();
    if (selectedCode != null) {
      allNodes().stream()
          .filter(node -> selectedCode.equals(node.getCode()))
          .findFirst()
          .ifPresent(node -> selectedKey = node.getKey());
    }
  }

  /** The tree for the p:treeTable, rebuilt from the working copy on every render. */
  public TreeNode<EditableNode> getTree() {
    TreeNode<EditableNode> root = new DefaultTreeNode<>(null, null);
    if (roots != null) {
      roots.forEach(node -> attach(node, root));
    }
    return root;
  }

  private static void attach(EditableNode node, TreeNode<EditableNode> parent) {
    TreeNode<EditableNode> row = new DefaultTreeNode<>(node, parent);
    row.setExpanded(true);
    node.getChildren().forEach(child -> attach(child, row));
  }

  public void select(EditableNode node) {
    selectedKey = node.getKey();
  }

  public void addTopLevel() {
    EditableNode node = numbered(EditableNode.fresh("N" + (roots.size() + 1)));
    roots.add(node);
    selectedKey = node.getKey();
    edited();
  }

  public void addChild(EditableNode parent) {
    EditableNode node =
        numbered(EditableNode.fresh(parent.getCode() + "." + (parent.getChildren().size() + 1)));
    parent.add(node);
    selectedKey = node.getKey();
    edited();
  }

  /** Moves the node one place up (-1) or down (+1) among its siblings. */
  public void move(EditableNode node, int step) {
    List<EditableNode> siblings = siblingsOf(node);
    int at = siblings.indexOf(node);
    int to = at + step;
    if (to >= 0 && to < siblings.size()) {
      siblings.remove(at);
      siblings.add(to, node);
    }
  }

  /** Removes the node with everything below it. */
  public void remove(EditableNode node) {
    siblingsOf(node).remove(node);
    if (selectedKey != null && node.subtree().stream().anyMatch(n -> n.getKey() == selectedKey)) {
      selectedKey = null;
    }
    edited();
  }

  /** The key of the selected node's parent, 0 for the top level: what the "parent" menu shows. */
  public int getSelectedParentKey() {
    EditableNode parent = getSelected() == null ? null : getSelected().parent();
    return parent == null ? 0 : parent.getKey();
  }

  /** Moves the selected node under another parent (0: the top level), as its last child. */
  public void setSelectedParentKey(int parentKey) {
    EditableNode node = getSelected();
    if (node == null || parentKey == getSelectedParentKey()) {
      return;
    }
    Optional<EditableNode> parent =
        allNodes().stream().filter(candidate -> candidate.getKey() == parentKey).findFirst();
    if (parentKey != 0 && (parent.isEmpty() || node.subtree().contains(parent.get()))) {
      return;
    }
    siblingsOf(node).remove(node);
    node.detach();
    if (parent.isPresent()) {
      parent.get().add(node);
    } else {
      roots.add(node);
    }
    edited();
  }

  /** Where the selected node may move: the top level (0) and every node not below it. */
  public List<EditableNode> getParentChoices() {
    EditableNode node = getSelected();
    if (node == null) {
      return List.of();
    }
    List<EditableNode> below = node.subtree();
    return allNodes().stream().filter(candidate -> !below.contains(candidate)).toList();
  }

  public void addClass() {
    classes.add(new EditableClass());
  }

  public void removeClass(EditableClass ratingClass) {
    classes.remove(ratingClass);
  }

  /** The total maximum over the top-level nodes, weighted; null while a number is missing. */
  public BigDecimal getTotalMaxPoints() {
    BigDecimal sum = BigDecimal.ZERO;
    for (EditableNode node : roots) {
      BigDecimal max = node.getMaxPoints();
      if (max == null || node.getWeight() == null) {
        return null;
      }
      sum = sum.add(node.getWeight().multiply(max));
    }
    return sum.stripTrailingZeros();
  }

  @Override
  protected List<String> store() {
    return structures.replaceFramework(year, framework(), version);
  }

  @Override
  protected String savedKey() {
    return "framework.saved";
  }

  /**
   * Validates the working copy with the year's units and values, puts each problem at the node or
   * class it concerns, and counts the values the change would drop.
   */
  @Override
  protected Integer checkWorkingCopy() {
    List<EditableNode> nodes = allNodes();
    nodes.forEach(node -> node.getErrors().clear());
    classErrors.clear();
    YearStructure current = feedback.attempt(() -> structures.structure(year));
    if (current == null) {
      return null;
    }
    Framework framework = framework();
    List<IndicatorValue> dropped =
        ApplicableIndicators.orphans(framework, current.units(), current.values());
    Set<IndicatorValue> droppedSet = Set.copyOf(dropped);
    CyclePackage data =
        new CyclePackage(
            framework,
            current.units(),
            current.values().stream().filter(value -> !droppedSet.contains(value)).toList());
    List<Problem> problems = ModelValidation.validate(NormalForm.of(data), current.previous());
    for (Problem problem : problems) {
      String text = problem.message(language.getCode());
      // The model's nodes are the working copy's, in the same order (allNodes, depth first).
      switch (problem.concern()) {
        case NODE -> nodes.get(problem.position()).getErrors().add(text);
        case CLASS -> classErrors.add(classes.get(problem.position()).getCode() + ": " + text);
        default -> feedback.error(text);
      }
    }
    if (!problems.isEmpty()) {
      feedback.errorKey("framework.invalid", problems.size());
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    return dropped.size();
  }

  private Framework framework() {
    return new Framework(
        frameworkCode,
        year,
        new LocalizedText(nameVi, nameEn),
        MissingPolicy.ZERO.code().equals(missingPolicy)
            ? MissingPolicy.ZERO
            : MissingPolicy.EXCLUDE,
        groups.stream().map(UnitGroupChoice::toModel).toList(),
        classes.stream().map(EditableClass::toModel).toList(),
        roots.stream().map(EditableNode::toModel).toList());
  }

  private EditableNode numbered(EditableNode node) {
    node.subtree().forEach(each -> each.setKey(++nextKey));
    return node;
  }

  private List<EditableNode> siblingsOf(EditableNode node) {
    return node.parent() == null ? roots : node.parent().getChildren();
  }

  private List<EditableNode> allNodes() {
    List<EditableNode> all = new ArrayList<>();
    if (roots != null) {
      roots.forEach(root -> all.addAll(root.subtree()));
    }
    return all;
  }

  public EditableNode getSelected() {
    if (selectedKey == null) {
      return null;
    }
    return allNodes().stream()
        .filter(node -> node.getKey() == selectedKey)
        .findFirst()
        .orElse(null);
  }

  public String getNode() {
    return selectedCode;
  }

  public void setNode(String code) {
    this.selectedCode = code;
  }

  public String getMissingPolicy() {
    return missingPolicy;
  }

  public void setMissingPolicy(String missingPolicy) {
    this.missingPolicy = missingPolicy;
  }

  public List<UnitGroupChoice> getGroups() {
    return groups;
  }

  public List<EditableClass> getClasses() {
    return classes;
  }

  public List<String> getClassErrors() {
    return classErrors;
  }
}
