package org.ictindex.scoring.pkg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * Reads framework.json into a {@link Framework}, reporting every problem at the element it is
 * about: unknown fields (a typo must not silently change a score), codes, names, weights, rules,
 * classes, and the shape of the tree.
 */
final class FrameworkReader {

  /**
   * What the checks of units.csv and values.csv need to know, even of a framework with errors.
   *
   * @param groupCodes the codes of the groups, or null when the group list cannot be read (then
   *     units are not checked against it, rather than every unit being reported)
   * @param nodes every node by code, or null when the node list cannot be read
   */
  record Index(List<String> groupCodes, Map<String, NodeFacts> nodes) {}

  /**
   * @param groups the groups the node applies to, after every ancestor's {@code appliesTo}; empty
   *     means every group
   */
  record NodeFacts(boolean leaf, boolean booleanRule, Set<String> groups) {
    boolean appliesTo(String groupCode) {
      return groups.isEmpty() || groups.contains(groupCode);
    }
  }

  /**
   * @param framework the framework, or null when it has errors
   * @param index what was learnt, or null when the file is not even a JSON object
   */
  record Result(Framework framework, Index index) {}

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
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ErrorList errors;
  private final Set<String> groupCodes = new LinkedHashSet<>();
  private boolean groupsRead;
  private boolean nodesRead;
  private final Map<String, NodeFacts> nodeFacts = new HashMap<>();
  private final Map<String, Integer> nodeCodeLines = new HashMap<>();

  private final YearRange years;

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
      return new Result(null, null);
    }
    int errorsBefore = errors.size();
    rejectUnknownFields(framework, FRAMEWORK_FIELDS);
    String code = nonBlankString(required(framework, "code"), "code");
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
    Index index =
        new Index(
            groupsRead ? List.copyOf(groupCodes) : null, nodesRead ? Map.copyOf(nodeFacts) : null);
    if (errors.size() > errorsBefore) {
      return new Result(null, index);
    }
    return new Result(new Framework(code, year, name, missing, groups, classes, nodes), index);
  }

  private List<UnitGroup> groups(JsonTree value) {
    JsonTree.Arr list = array(value, "groups");
    if (list == null) {
      return List.of();
    }
    groupsRead = true;
    if (list.items().isEmpty()) {
      at(
          list,
          "Cần ít nhất một nhóm đơn vị trong \"groups\".",
          "\"groups\" needs at least one unit group.");
    }
    List<UnitGroup> groups = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (JsonTree item : list.items()) {
      JsonTree.Obj group = object(item, "groups");
      if (group == null) {
        continue;
      }
      rejectUnknownFields(group, GROUP_FIELDS);
      String code = code(required(group, "code"), "code", "nhóm", "group", seen);
      LocalizedText name = name(required(group, "name"), "name");
      if (code != null) {
        groupCodes.add(code);
      }
      groups.add(new UnitGroup(code, name));
    }
    return groups;
  }

  private List<RatingClass> classes(JsonTree value) {
    JsonTree.Arr list = array(value, "classes");
    if (list == null) {
      return List.of();
    }
    List<RatingClass> classes = new ArrayList<>();
    Map<String, Integer> seenCodes = new HashMap<>();
    Map<BigDecimal, Integer> seenThresholds = new HashMap<>();
    boolean hasZero = false;
    for (JsonTree item : list.items()) {
      JsonTree.Obj ratingClass = object(item, "classes");
      if (ratingClass == null) {
        continue;
      }
      rejectUnknownFields(ratingClass, CLASS_FIELDS);
      String code = code(required(ratingClass, "code"), "code", "xếp loại", "class", seenCodes);
      LocalizedText name = name(required(ratingClass, "name"), "name");
      JsonTree thresholdValue = required(ratingClass, "minPercent");
      BigDecimal minPercent = number(thresholdValue, "minPercent");
      if (minPercent != null) {
        if (minPercent.signum() < 0 || minPercent.compareTo(HUNDRED) > 0) {
          at(
              thresholdValue,
              "\"minPercent\" phải nằm trong khoảng từ 0 đến 100.",
              "\"minPercent\" must be between 0 and 100.");
        }
        Integer sameThreshold =
            seenThresholds.putIfAbsent(minPercent.stripTrailingZeros(), thresholdValue.line());
        if (sameThreshold != null) {
          at(
              thresholdValue,
              "Hai xếp loại có cùng \"minPercent\" %s (dòng %d); mỗi ngưỡng chỉ thuộc một xếp loại."
                  .formatted(minPercent.toPlainString(), sameThreshold),
              "Two classes have the same \"minPercent\" %s (line %d); each threshold belongs to one class."
                  .formatted(minPercent.toPlainString(), sameThreshold));
        }
        hasZero |= minPercent.signum() == 0;
      }
      classes.add(new RatingClass(code, name, minPercent));
    }
    if (!hasZero) {
      at(
          list,
          "Không có xếp loại nào với \"minPercent\": 0, nên một đơn vị điểm thấp sẽ không được xếp loại.",
          "No class has \"minPercent\": 0, so a unit with a low score would get no class.");
    }
    return classes;
  }

  private List<Node> topLevelNodes(JsonTree value) {
    JsonTree.Arr list = array(value, "nodes");
    if (list == null) {
      return List.of();
    }
    nodesRead = true;
    if (list.items().isEmpty()) {
      at(list, "Cần ít nhất một nút trong \"nodes\".", "\"nodes\" needs at least one node.");
    }
    return nodes(list, Set.of());
  }

  private List<Node> nodes(JsonTree.Arr list, Set<String> inheritedGroups) {
    List<Node> nodes = new ArrayList<>();
    for (JsonTree item : list.items()) {
      Node node = node(item, inheritedGroups);
      if (node != null) {
        nodes.add(node);
      }
    }
    return nodes;
  }

  /** Reads a node and its subtree; returns null when anything in it is wrong (reported). */
  private Node node(JsonTree value, Set<String> inheritedGroups) {
    JsonTree.Obj node = object(value, "nodes");
    if (node == null) {
      return null;
    }
    int errorsBefore = errors.size();
    rejectUnknownFields(node, NODE_FIELDS);
    String code = nodeCode(required(node, "code"));
    LocalizedText name = name(required(node, "name"), "name");
    BigDecimal weight = node.member("weight").map(m -> weight(m.value())).orElse(BigDecimal.ONE);
    Set<String> appliesTo =
        node.member("appliesTo").map(m -> appliesTo(m.value())).orElse(Set.of());
    String unit = node.member("unit").map(m -> string(m.value(), "unit")).orElse(null);
    Set<String> groups = narrow(inheritedGroups, appliesTo);
    Optional<JsonTree.Member> ruleMember = node.member("rule");
    Optional<JsonTree.Member> childrenMember = node.member("children");
    String shownCode = code == null ? "" : code;
    if (ruleMember.isPresent() && childrenMember.isPresent()) {
      at(
          ruleMember.get(),
          "Nút \"%s\" có cả \"rule\" lẫn \"children\": một nút hoặc là chỉ tiêu (có \"rule\"), hoặc có các nút con, không thể cả hai."
              .formatted(shownCode),
          "Node \"%s\" has both \"rule\" and \"children\": a node is either an indicator (with a \"rule\") or has children, never both."
              .formatted(shownCode));
    }
    if (ruleMember.isEmpty() && childrenMember.isEmpty()) {
      at(
          node,
          "Nút \"%s\" là chỉ tiêu (không có nút con) nhưng thiếu quy tắc tính điểm \"rule\"."
              .formatted(shownCode),
          "Node \"%s\" is an indicator (it has no children) but has no scoring \"rule\"."
              .formatted(shownCode));
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
      children = list == null ? List.of() : nodes(list, groups);
    }
    if (code != null) {
      boolean booleanRule =
          ruleMember.isPresent()
              && ruleMember.get().value() instanceof JsonTree.Obj ruleObject
              && ruleObject.member("type").map(t -> t.value()).orElse(null)
                  instanceof JsonTree.Str type
              && type.value().equals("boolean");
      // A node without children is meant as an indicator even when its rule is missing, so that
      // its values are not reported as values of an inner node.
      boolean leaf = ruleMember.isPresent() || childrenMember.isEmpty();
      nodeFacts.putIfAbsent(code, new NodeFacts(leaf, booleanRule, groups));
    }
    if (errors.size() > errorsBefore) {
      return null;
    }
    return new Node(code, name, weight, appliesTo, unit, rule, children);
  }

  private String nodeCode(JsonTree value) {
    String code = nonBlankString(value, "code");
    if (code == null) {
      return null;
    }
    if (code.equals(Node.TOTAL)) {
      at(
          value,
          "Mã \"TOTAL\" được dành cho tổng điểm; hãy đặt mã khác cho nút này.",
          "The code \"TOTAL\" is reserved for the total score; give this node another code.");
      return code;
    }
    if (!Codes.isWellFormed(code)) {
      at(
          value,
          "Mã nút \"%s\" không hợp lệ: mã %s.".formatted(code, Codes.RULE_VI),
          "Node code \"%s\" is not valid: codes contain %s.".formatted(code, Codes.RULE_EN));
      return code;
    }
    Integer firstLine = nodeCodeLines.putIfAbsent(code, value.line());
    if (firstLine != null) {
      at(
          value,
          "Mã nút \"%s\" đã được dùng ở dòng %d; khung đánh giá là một cây, mỗi nút chỉ xuất hiện một lần."
              .formatted(code, firstLine),
          "Node code \"%s\" is already used on line %d; the framework is a tree, each node appears once."
              .formatted(code, firstLine));
    }
    return code;
  }

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
        JsonTree maxValue = required(rule, "max");
        BigDecimal max = number(maxValue, "max");
        BigDecimal points = points(required(rule, "points"));
        if (min != null && max != null && min.compareTo(max) == 0) {
          at(
              maxValue,
              "Quy tắc \"linear\" cần \"min\" khác \"max\" (đang cùng là %s)."
                  .formatted(min.toPlainString()),
              "A \"linear\" rule needs \"min\" different from \"max\" (both are %s)."
                  .formatted(min.toPlainString()));
        }
        return new Rule.Linear(min, max, points);
      }
      case "bands" -> {
        rejectUnknownFields(rule, BANDS_FIELDS);
        return new Rule.Bands(bands(required(rule, "bands")));
      }
      case "boolean" -> {
        rejectUnknownFields(rule, BOOLEAN_FIELDS);
        return new Rule.Bool(points(required(rule, "points")));
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

  private List<Rule.Band> bands(JsonTree value) {
    JsonTree.Arr list = array(value, "bands");
    if (list == null) {
      return List.of();
    }
    if (list.items().isEmpty()) {
      at(
          list,
          "Quy tắc \"bands\" cần ít nhất một khoảng.",
          "A \"bands\" rule needs at least one band.");
    }
    List<Rule.Band> bands = new ArrayList<>();
    BigDecimal previousFrom = null;
    for (JsonTree item : list.items()) {
      JsonTree.Obj band = object(item, "bands");
      if (band == null) {
        continue;
      }
      rejectUnknownFields(band, BAND_FIELDS);
      JsonTree fromValue = required(band, "from");
      BigDecimal from = number(fromValue, "from");
      BigDecimal points = points(required(band, "points"));
      if (from != null && previousFrom != null && from.compareTo(previousFrom) <= 0) {
        at(
            fromValue,
            "Các khoảng phải có \"from\" tăng dần: %s không lớn hơn %s của khoảng trước."
                .formatted(from.toPlainString(), previousFrom.toPlainString()),
            "Bands must have strictly ascending \"from\": %s is not greater than %s before it."
                .formatted(from.toPlainString(), previousFrom.toPlainString()));
      }
      if (from != null) {
        previousFrom = from;
      }
      bands.add(new Rule.Band(from, points));
    }
    return bands;
  }

  private BigDecimal points(JsonTree value) {
    BigDecimal points = number(value, "points");
    if (points != null && points.signum() < 0) {
      at(value, "Số điểm \"points\" không được âm.", "\"points\" cannot be negative.");
    }
    return points;
  }

  private BigDecimal weight(JsonTree value) {
    BigDecimal weight = number(value, "weight");
    if (weight != null && weight.signum() < 0) {
      at(value, "Trọng số \"weight\" không được âm.", "A \"weight\" cannot be negative.");
    }
    return weight;
  }

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
      if (group != null && groupsRead && !groupCodes.contains(group)) {
        at(
            item,
            "Nhóm \"%s\" không có trong danh sách \"groups\".".formatted(group),
            "Group \"%s\" is not in the \"groups\" list.".formatted(group));
      }
      if (group != null) {
        groups.add(group);
      }
    }
    return groups;
  }

  private static Set<String> narrow(Set<String> inherited, Set<String> own) {
    if (inherited.isEmpty()) {
      return own;
    }
    if (own.isEmpty()) {
      return inherited;
    }
    Set<String> both = new HashSet<>(inherited);
    both.retainAll(own);
    return both;
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
    if (vietnamese != null && vietnamese.isBlank()) {
      at(
          vi.get().value(),
          "Tên tiếng Việt \"vi\" không được để trống.",
          "The Vietnamese name \"vi\" cannot be blank.");
    }
    checkName(vi.get().value(), vietnamese);
    Optional<JsonTree.Member> en = name.member("en");
    String english = en.map(m -> string(m.value(), "en")).orElse(null);
    en.ifPresent(member -> checkName(member.value(), english));
    return vietnamese == null ? null : new LocalizedText(vietnamese, english);
  }

  /** A code that is well formed and not used before in {@code seen}; reported otherwise. */
  private String code(
      JsonTree value, String field, String kindVi, String kindEn, Map<String, Integer> seen) {
    String code = nonBlankString(value, field);
    if (code == null) {
      return null;
    }
    if (!Codes.isWellFormed(code)) {
      at(
          value,
          "Mã %s \"%s\" không hợp lệ: mã %s.".formatted(kindVi, code, Codes.RULE_VI),
          "The %s code \"%s\" is not valid: codes contain %s."
              .formatted(kindEn, code, Codes.RULE_EN));
    }
    Integer firstLine = seen.putIfAbsent(code, value.line());
    if (firstLine != null) {
      at(
          value,
          "Mã %s \"%s\" bị trùng (đã có ở dòng %d).".formatted(kindVi, code, firstLine),
          "Duplicate %s code \"%s\" (already on line %d).".formatted(kindEn, code, firstLine));
    }
    return code;
  }

  private String nonBlankString(JsonTree value, String field) {
    String text = string(value, field);
    if (text != null && text.isBlank()) {
      at(
          value,
          "\"%s\" không được để trống.".formatted(field),
          "\"%s\" cannot be blank.".formatted(field));
      return null;
    }
    return text;
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

  private void checkName(JsonTree value, String text) {
    FreeText.Problem problem = FreeText.checkName(text);
    if (problem != null) {
      at(value, problem.messageVi(), problem.messageEn());
    }
  }

  private void at(JsonTree value, String messageVi, String messageEn) {
    errors.add(FILE, value.line(), value.column(), messageVi, messageEn);
  }

  private void at(JsonTree.Member member, String messageVi, String messageEn) {
    errors.add(FILE, member.line(), member.column(), messageVi, messageEn);
  }
}
