package org.ictindex.scoring.pkg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.MissingPolicy;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.Rule;
import org.ictindex.scoring.model.UnitGroup;

/**
 * Reads framework.json into a {@link Framework}, reporting every problem of the file's form at the
 * element it is about: unknown fields (a typo must not silently change a score), missing fields,
 * types, the year, and the shape of the tree. The rules of the framework itself are {@link
 * ModelValidation}'s; the reader keeps what it learnt of every element, even one with errors, so
 * that those rules can be checked too and each problem placed in the file.
 */
final class FrameworkReader {

  /**
   * What reading the file gave.
   *
   * @param framework the framework as far as it could be read: an element or field with errors is
   *     null or left out, so it is a valid framework only when the file had no error at all
   * @param groupsRead whether the list of groups was read (otherwise nothing is judged against it)
   * @param classesRead whether the list of classes was read
   * @param nodesRead whether the list of nodes was read
   */
  record Result(
      Framework framework,
      boolean groupsRead,
      boolean classesRead,
      boolean nodesRead,
      Places places) {

    /** The result of a file that is not even a JSON object. */
    static Result unread() {
      return new Result(
          new Framework(null, 0, null, null, List.of(), List.of(), List.of()),
          false,
          false,
          false,
          new Places(null, List.of(), List.of(), List.of(), Set.of()));
    }

    /** Whether the reader has reported the problem already, or could not judge it. */
    boolean explains(Problem problem) {
      return switch (problem.kind()) {
        case NO_GROUPS, UNKNOWN_GROUP -> !groupsRead;
        case NO_ZERO_CLASS -> !classesRead;
        case NO_NODES, UNKNOWN_INDICATOR, NOT_AN_INDICATOR, NOT_A_YES_NO_VALUE -> !nodesRead;
        case INDICATOR_NOT_APPLICABLE -> !groupsRead || !nodesRead;
        case NO_RULE -> places.nodesWithRuleOrChildren().contains(problem.position());
        // A number the reader could not read is null in the model, and was reported as such.
        case MISSING_NUMBER -> true;
        default -> false;
      };
    }
  }

  /**
   * Where each element of the framework is in the file.
   *
   * @param nodes the nodes' objects in the order of {@link Framework#allNodes()}
   * @param nodesWithRuleOrChildren the positions of nodes that have a "rule" or "children" field:
   *     when such a node has neither a rule nor a child, the field's own problem was reported
   */
  record Places(
      JsonTree.Obj framework,
      List<JsonTree.Obj> groups,
      List<JsonTree.Obj> classes,
      List<JsonTree.Obj> nodes,
      Set<Integer> nodesWithRuleOrChildren) {

    /**
     * The place of a field of an element: the value at the end of the path as far as it exists in
     * the file, the element's object when the path is empty. An index in the path counts only the
     * list's objects (the others were reported and left out).
     */
    JsonTree at(Problem.Concern concern, int position, String field) {
      JsonTree at =
          switch (concern) {
            case FRAMEWORK -> framework;
            case GROUP -> groups.get(position);
            case CLASS -> classes.get(position);
            case NODE -> nodes.get(position);
            case UNIT, VALUE -> throw new IllegalArgumentException(concern + " is not in " + FILE);
          };
      for (String step : field.isEmpty() ? new String[0] : field.split("/")) {
        JsonTree next = step(at, step);
        if (next == null) {
          break;
        }
        at = next;
      }
      return at;
    }

    private static JsonTree step(JsonTree at, String step) {
      if (at instanceof JsonTree.Obj object) {
        return object.member(step).map(JsonTree.Member::value).orElse(null);
      }
      if (at instanceof JsonTree.Arr list) {
        if (step.chars().allMatch(Character::isDigit)) {
          List<JsonTree> objects =
              list.items().stream().filter(item -> item instanceof JsonTree.Obj).toList();
          int index = Integer.parseInt(step);
          return index < objects.size() ? objects.get(index) : null;
        }
        return list.items().stream()
            .filter(item -> item instanceof JsonTree.Str text && text.value().equals(step))
            .findFirst()
            .orElse(null);
      }
      return null;
    }
  }

  private static final String FILE = PackageFiles.FRAMEWORK_JSON;
  private static final List<String> FRAMEWORK_FIELDS =
      List.of("code", "year", "name", "missing", "groups", "classes", "nodes");
  private static final List<String> NAME_FIELDS = List.of("vi", "en");
  private static final List<String> GROUP_FIELDS = List.of("code", "name");
  private static final List<String> CLASS_FIELDS = List.of("code", "name", "minPercent");
  private static final List<String> NODE_FIELDS =
      List.of("code", "name", "weight", "appliesTo", "unit", "rule", "children");
  private static final List<String> LINEAR_FIELDS = List.of("type", "min", "max", "points");
  private static final List<String> BANDS_FIELDS = List.of("type", "bands");
  private static final List<String> BAND_FIELDS = List.of("from", "points");
  private static final List<String> BOOLEAN_FIELDS = List.of("type", "points");

  private final ErrorList errors;
  private final YearRange years;
  private final List<JsonTree.Obj> groupObjects = new ArrayList<>();
  private final List<JsonTree.Obj> classObjects = new ArrayList<>();
  private final List<JsonTree.Obj> nodeObjects = new ArrayList<>();
  private final Set<Integer> nodesWithRuleOrChildren = new HashSet<>();
  private boolean groupsRead;
  private boolean classesRead;
  private boolean nodesRead;

  private FrameworkReader(ErrorList errors, YearRange years) {
    this.errors = errors;
    this.years = years;
  }

  static Result read(JsonTree root, ErrorList errors, YearRange years) {
    return new FrameworkReader(errors, years).read(root);
  }

  /** A rule alone, as a node's {@code rule} member; null after reporting its errors. */
  static Rule rule(JsonTree rule, ErrorList errors) {
    return new FrameworkReader(errors, null).rule(rule);
  }

  private Result read(JsonTree root) {
    if (!(root instanceof JsonTree.Obj framework)) {
      typeError(root, "framework.json", "một đối tượng JSON { … }", "a JSON object { … }");
      return Result.unread();
    }
    rejectUnknownFields(framework, FRAMEWORK_FIELDS);
    String code = string(required(framework, "code"), "code");
    Integer year = year(required(framework, "year"));
    LocalizedText name = name(required(framework, "name"), "name");
    MissingPolicy missing =
        framework
            .member("missing")
            .map(m -> missingPolicy(m.value()))
            .orElse(MissingPolicy.EXCLUDE);
    List<UnitGroup> groups = groups(required(framework, "groups"));
    List<RatingClass> classes = classes(required(framework, "classes"));
    List<Node> nodes = topLevelNodes(required(framework, "nodes"));
    return new Result(
        new Framework(code, year == null ? 0 : year, name, missing, groups, classes, nodes),
        groupsRead,
        classesRead,
        nodesRead,
        new Places(
            framework,
            List.copyOf(groupObjects),
            List.copyOf(classObjects),
            List.copyOf(nodeObjects),
            Set.copyOf(nodesWithRuleOrChildren)));
  }

  private List<UnitGroup> groups(JsonTree value) {
    JsonTree.Arr list = array(value, "groups");
    if (list == null) {
      return List.of();
    }
    groupsRead = true;
    List<UnitGroup> groups = new ArrayList<>();
    for (JsonTree item : list.items()) {
      JsonTree.Obj group = object(item, "groups");
      if (group == null) {
        continue;
      }
      rejectUnknownFields(group, GROUP_FIELDS);
      String code = string(required(group, "code"), "code");
      LocalizedText name = name(required(group, "name"), "name");
      groupObjects.add(group);
      groups.add(new UnitGroup(code, name));
    }
    return groups;
  }

  private List<RatingClass> classes(JsonTree value) {
    JsonTree.Arr list = array(value, "classes");
    if (list == null) {
      return List.of();
    }
    classesRead = true;
    List<RatingClass> classes = new ArrayList<>();
    for (JsonTree item : list.items()) {
      JsonTree.Obj ratingClass = object(item, "classes");
      if (ratingClass == null) {
        continue;
      }
      rejectUnknownFields(ratingClass, CLASS_FIELDS);
      String code = string(required(ratingClass, "code"), "code");
      LocalizedText name = name(required(ratingClass, "name"), "name");
      BigDecimal minPercent = number(required(ratingClass, "minPercent"), "minPercent");
      classObjects.add(ratingClass);
      classes.add(new RatingClass(code, name, minPercent));
    }
    return classes;
  }

  private List<Node> topLevelNodes(JsonTree value) {
    JsonTree.Arr list = array(value, "nodes");
    if (list == null) {
      return List.of();
    }
    nodesRead = true;
    return nodes(list);
  }

  private List<Node> nodes(JsonTree.Arr list) {
    List<Node> nodes = new ArrayList<>();
    for (JsonTree item : list.items()) {
      Node node = node(item);
      if (node != null) {
        nodes.add(node);
      }
    }
    return nodes;
  }

  /** Reads a node and its subtree as far as they can be read; null when it is not an object. */
  private Node node(JsonTree value) {
    JsonTree.Obj node = object(value, "nodes");
    if (node == null) {
      return null;
    }
    int position = nodeObjects.size();
    nodeObjects.add(node);
    rejectUnknownFields(node, NODE_FIELDS);
    String code = string(required(node, "code"), "code");
    LocalizedText name = name(required(node, "name"), "name");
    BigDecimal weight =
        node.member("weight").map(m -> number(m.value(), "weight")).orElse(BigDecimal.ONE);
    Set<String> appliesTo =
        node.member("appliesTo").map(m -> appliesTo(m.value())).orElse(Set.of());
    String unit = node.member("unit").map(m -> string(m.value(), "unit")).orElse(null);
    Optional<JsonTree.Member> ruleMember = node.member("rule");
    Optional<JsonTree.Member> childrenMember = node.member("children");
    String shownCode = code == null || code.isBlank() ? "" : code;
    if (ruleMember.isPresent() && childrenMember.isPresent()) {
      at(
          ruleMember.get(),
          "Nút \"%s\" có cả \"rule\" lẫn \"children\": một nút hoặc là chỉ tiêu (có \"rule\"), hoặc có các nút con, không thể cả hai."
              .formatted(shownCode),
          "Node \"%s\" has both \"rule\" and \"children\": a node is either an indicator (with a \"rule\") or has children, never both."
              .formatted(shownCode));
    }
    if (ruleMember.isPresent() || childrenMember.isPresent()) {
      nodesWithRuleOrChildren.add(position);
    }
    Rule rule = ruleMember.map(m -> rule(m.value())).orElse(null);
    List<Node> children = List.of();
    if (childrenMember.isPresent()) {
      JsonTree.Arr list = array(childrenMember.get().value(), "children");
      if (list != null && list.items().isEmpty()) {
        at(
            list,
            "Nút \"%s\" có danh sách nút con \"children\" trống.".formatted(shownCode),
            "Node \"%s\" has an empty \"children\" list.".formatted(shownCode));
      }
      children = list == null ? List.of() : nodes(list);
    }
    return new Node(code, name, weight, appliesTo, unit, rule, children);
  }

  /** The rule as far as it can be read, or null when not even its type or bands can be. */
  private Rule rule(JsonTree value) {
    JsonTree.Obj rule = object(value, "rule");
    if (rule == null) {
      return null;
    }
    JsonTree typeValue = required(rule, "type");
    String type = string(typeValue, "type");
    if (type == null) {
      return null;
    }
    switch (type) {
      case "linear" -> {
        rejectUnknownFields(rule, LINEAR_FIELDS);
        BigDecimal min = number(required(rule, "min"), "min");
        BigDecimal max = number(required(rule, "max"), "max");
        BigDecimal points = number(required(rule, "points"), "points");
        return new Rule.Linear(min, max, points);
      }
      case "bands" -> {
        rejectUnknownFields(rule, BANDS_FIELDS);
        List<Rule.Band> bands = bands(required(rule, "bands"));
        return bands == null ? null : new Rule.Bands(bands);
      }
      case "boolean" -> {
        rejectUnknownFields(rule, BOOLEAN_FIELDS);
        return new Rule.Bool(number(required(rule, "points"), "points"));
      }
      default -> {
        at(
            typeValue,
            "Loại quy tắc \"%s\" không tồn tại; các loại hợp lệ: linear, bands, boolean."
                .formatted(type),
            "Unknown rule type \"%s\"; the types are linear, bands and boolean.".formatted(type));
        return null;
      }
    }
  }

  /** The bands that are objects, or null when the list itself cannot be read. */
  private List<Rule.Band> bands(JsonTree value) {
    JsonTree.Arr list = array(value, "bands");
    if (list == null) {
      return null;
    }
    List<Rule.Band> bands = new ArrayList<>();
    for (JsonTree item : list.items()) {
      JsonTree.Obj band = object(item, "bands");
      if (band == null) {
        continue;
      }
      rejectUnknownFields(band, BAND_FIELDS);
      BigDecimal from = number(required(band, "from"), "from");
      BigDecimal points = number(required(band, "points"), "points");
      bands.add(new Rule.Band(from, points));
    }
    return bands;
  }

  /**
   * The groups named; an empty list is refused here, since the model cannot tell it from leaving
   * the field out (every group).
   */
  private Set<String> appliesTo(JsonTree value) {
    JsonTree.Arr list = array(value, "appliesTo");
    if (list == null) {
      return Set.of();
    }
    if (list.items().isEmpty()) {
      at(
          list,
          "\"appliesTo\" phải nêu ít nhất một nhóm; bỏ trường này đi nếu nút áp dụng cho mọi nhóm.",
          "\"appliesTo\" must name at least one group; leave it out when the node applies to every group.");
    }
    Set<String> groups = new HashSet<>();
    for (JsonTree item : list.items()) {
      String group = string(item, "appliesTo");
      if (group != null) {
        groups.add(group);
      }
    }
    return groups;
  }

  private MissingPolicy missingPolicy(JsonTree value) {
    String policy = string(value, "missing");
    if (policy == null) {
      return null;
    }
    for (MissingPolicy known : MissingPolicy.values()) {
      if (known.code().equals(policy)) {
        return known;
      }
    }
    at(
        value,
        "Cách xử lý dữ liệu thiếu \"%s\" không tồn tại; chỉ dùng \"exclude\" hoặc \"zero\"."
            .formatted(policy),
        "Unknown missing-value policy \"%s\"; use \"exclude\" or \"zero\".".formatted(policy));
    return null;
  }

  private Integer year(JsonTree value) {
    BigDecimal year = number(value, "year");
    if (year == null) {
      return null;
    }
    if (!years.contains(year)) {
      at(
          value,
          "\"year\" phải là một năm từ %d đến %d.".formatted(years.first(), years.last()),
          "\"year\" must be a year from %d to %d.".formatted(years.first(), years.last()));
      return null;
    }
    return year.intValue();
  }

  private LocalizedText name(JsonTree value, String field) {
    JsonTree.Obj name = object(value, field);
    if (name == null) {
      return null;
    }
    rejectUnknownFields(name, NAME_FIELDS);
    Optional<JsonTree.Member> vi = name.member("vi");
    if (vi.isEmpty()) {
      at(
          name,
          "Thiếu tên tiếng Việt \"vi\" (bắt buộc; \"en\" có thể bỏ trống).",
          "The Vietnamese name \"vi\" is missing (it is required; \"en\" is optional).");
      return null;
    }
    String vietnamese = string(vi.get().value(), "vi");
    String english = name.member("en").map(m -> string(m.value(), "en")).orElse(null);
    return vietnamese == null ? null : new LocalizedText(vietnamese, english);
  }

  private String string(JsonTree value, String field) {
    if (value == null) {
      return null;
    }
    if (value instanceof JsonTree.Str text) {
      return text.value();
    }
    typeError(value, field, "một chuỗi", "a string");
    return null;
  }

  /**
   * A JSON number as written, its scale kept ({@code 1.50} stays {@code 1.50}) except that an
   * exponent is folded in ({@code 1E+2} becomes {@code 100}), so it writes back in plain notation.
   */
  private BigDecimal number(JsonTree value, String field) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof JsonTree.Num number)) {
      typeError(value, field, "một số", "a number");
      return null;
    }
    if (!Double.isFinite(number.value().doubleValue())) {
      at(
          value,
          "Số %s quá lớn.".formatted(number.value()),
          "The number %s is too large.".formatted(number.value()));
      return null;
    }
    BigDecimal decimal = number.value();
    return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
  }

  private JsonTree.Obj object(JsonTree value, String field) {
    if (value == null) {
      return null;
    }
    if (value instanceof JsonTree.Obj object) {
      return object;
    }
    typeError(value, field, "một đối tượng { … }", "an object { … }");
    return null;
  }

  private JsonTree.Arr array(JsonTree value, String field) {
    if (value == null) {
      return null;
    }
    if (value instanceof JsonTree.Arr array) {
      return array;
    }
    typeError(value, field, "một danh sách [ … ]", "a list [ … ]");
    return null;
  }

  /** The member's value, or null after reporting that it is missing. */
  private JsonTree required(JsonTree.Obj object, String field) {
    Optional<JsonTree.Member> member = object.member(field);
    if (member.isEmpty()) {
      at(
          object,
          "Thiếu trường bắt buộc \"%s\".".formatted(field),
          "The required field \"%s\" is missing.".formatted(field));
      return null;
    }
    return member.get().value();
  }

  private void rejectUnknownFields(JsonTree.Obj object, List<String> known) {
    for (JsonTree.Member member : object.members()) {
      if (!known.contains(member.name())) {
        at(
            member,
            "Trường \"%s\" không hợp lệ ở đây; các trường được phép: %s."
                .formatted(member.name(), String.join(", ", known)),
            "Unknown field \"%s\"; the allowed fields here are: %s."
                .formatted(member.name(), String.join(", ", known)));
      }
    }
  }

  private void typeError(JsonTree value, String field, String expectedVi, String expectedEn) {
    at(
        value,
        "\"%s\" phải là %s, không phải %s.".formatted(field, expectedVi, value.kindVi()),
        "\"%s\" must be %s, not %s.".formatted(field, expectedEn, value.kindEn()));
  }

  private void at(JsonTree value, String messageVi, String messageEn) {
    errors.add(FILE, value.line(), value.column(), messageVi, messageEn);
  }

  private void at(JsonTree.Member member, String messageVi, String messageEn) {
    errors.add(FILE, member.line(), member.column(), messageVi, messageEn);
  }
}
