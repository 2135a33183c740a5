package org.ictindex.scoring.pkg;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.Rule;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;
import org.ictindex.scoring.pkg.Problem.Concern;
import org.ictindex.scoring.pkg.Problem.Kind;

/**
 * The rules a framework, its units and their values must keep (package-format.md), checked on the
 * model itself: an editing screen checks what the user is editing, and the readers of
 * framework.json, units.csv and values.csv check the same rules here and only add where in the file
 * each problem is.
 *
 * <p>Every check goes on after a problem, so that one pass shows everything to fix. The model may
 * be partial when it comes from a file with other errors: an element or field that could not be
 * read is null and is not judged.
 */
public final class ModelValidation {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The units of the previous assessment year, which the units' predecessors must name: a
   * predecessor that is not one of them is silently left out of the change of rank.
   *
   * @param unitCodes the previous year's unit codes in its order
   */
  public record PreviousYear(int year, List<String> unitCodes) {
    public PreviousYear {
      unitCodes = List.copyOf(unitCodes);
    }
  }

  /**
   * Where a file put an element, so that a problem with a repeated code or threshold can say where
   * it was first; 0 when it is not known.
   */
  interface EarlierLines {
    EarlierLines NONE = (concern, position, field) -> 0;

    int lineOf(Concern concern, int position, String field);
  }

  private final EarlierLines lines;
  private final List<Problem> problems = new ArrayList<>();

  private ModelValidation(EarlierLines lines) {
    this.lines = lines;
  }

  /** Every problem of a framework on its own, before any unit or value is judged against it. */
  public static List<Problem> validate(Framework framework) {
    ModelValidation validation = new ModelValidation(EarlierLines.NONE);
    validation.framework(framework);
    return List.copyOf(validation.problems);
  }

  /** Every problem of a package: its framework, its units and its values. */
  public static List<Problem> validate(CyclePackage data) {
    return validate(data, null);
  }

  /**
   * Every problem of a package, and every predecessor that names no unit of the previous year.
   *
   * @param previous the previous year's units, or null when no previous year is known (then
   *     predecessors are judged only by their spelling)
   */
  public static List<Problem> validate(CyclePackage data, PreviousYear previous) {
    return validate(data.framework(), data.units(), data.values(), previous, EarlierLines.NONE);
  }

  /** The readers' entry: the model as far as it could be read, with the lines of elements. */
  static List<Problem> validate(
      Framework framework,
      List<Unit> units,
      List<IndicatorValue> values,
      PreviousYear previous,
      EarlierLines lines) {
    ModelValidation validation = new ModelValidation(lines);
    Map<String, Node> nodes = validation.framework(framework);
    Map<String, String> groupOfUnit = validation.units(units, framework, previous);
    validation.values(values, nodes, framework, groupOfUnit);
    return List.copyOf(validation.problems);
  }

  // The framework

  /** Checks the framework; returns its nodes by code, the first of a repeated code. */
  private Map<String, Node> framework(Framework framework) {
    if (framework.code() != null && framework.code().isBlank()) {
      add(Concern.FRAMEWORK, Kind.BLANK_CODE, -1, null, "code", blankVi("code"), blankEn("code"));
    }
    name(Concern.FRAMEWORK, -1, null, framework.name());
    groups(framework.groups());
    classes(framework.classes());
    Set<String> groupCodes = new HashSet<>();
    framework.groups().forEach(group -> groupCodes.add(group.code()));
    if (framework.nodes().isEmpty()) {
      add(
          Concern.FRAMEWORK,
          Kind.NO_NODES,
          -1,
          null,
          "nodes",
          "Cần ít nhất một nút trong \"nodes\".",
          "\"nodes\" needs at least one node.");
    }
    Map<String, Node> nodes = new HashMap<>();
    Map<String, Integer> positions = new HashMap<>();
    int[] position = {0};
    framework.nodes().forEach(node -> node(node, groupCodes, nodes, positions, position));
    return nodes;
  }

  private void groups(List<UnitGroup> groups) {
    if (groups.isEmpty()) {
      add(
          Concern.FRAMEWORK,
          Kind.NO_GROUPS,
          -1,
          null,
          "groups",
          "Cần ít nhất một nhóm đơn vị trong \"groups\".",
          "\"groups\" needs at least one unit group.");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      UnitGroup group = groups.get(i);
      code(Concern.GROUP, i, group.code(), "nhóm", "group", seen);
      name(Concern.GROUP, i, group.code(), group.name());
    }
  }

  private void classes(List<RatingClass> classes) {
    Map<String, Integer> seenCodes = new HashMap<>();
    Map<BigDecimal, Integer> seenThresholds = new HashMap<>();
    boolean hasZero = false;
    for (int i = 0; i < classes.size(); i++) {
      RatingClass ratingClass = classes.get(i);
      String code = ratingClass.code();
      code(Concern.CLASS, i, code, "xếp loại", "class", seenCodes);
      name(Concern.CLASS, i, code, ratingClass.name());
      BigDecimal minPercent = ratingClass.minPercent();
      if (minPercent == null) {
        missingNumber(Concern.CLASS, i, code, "minPercent");
        continue;
      }
      if (minPercent.signum() < 0 || minPercent.compareTo(HUNDRED) > 0) {
        add(
            Concern.CLASS,
            Kind.THRESHOLD_OUT_OF_RANGE,
            i,
            code,
            "minPercent",
            "\"minPercent\" phải nằm trong khoảng từ 0 đến 100.",
            "\"minPercent\" must be between 0 and 100.");
      }
      Integer same = seenThresholds.putIfAbsent(minPercent.stripTrailingZeros(), i);
      if (same != null) {
        String threshold = minPercent.toPlainString();
        int line = lines.lineOf(Concern.CLASS, same, "minPercent");
        add(
            Concern.CLASS,
            Kind.DUPLICATE_THRESHOLD,
            i,
            code,
            "minPercent",
            line > 0
                ? "Hai xếp loại có cùng \"minPercent\" %s (dòng %d); mỗi ngưỡng chỉ thuộc một xếp loại."
                    .formatted(threshold, line)
                : "Hai xếp loại có cùng \"minPercent\" %s; mỗi ngưỡng chỉ thuộc một xếp loại."
                    .formatted(threshold),
            line > 0
                ? "Two classes have the same \"minPercent\" %s (line %d); each threshold belongs to one class."
                    .formatted(threshold, line)
                : "Two classes have the same \"minPercent\" %s; each threshold belongs to one class."
                    .formatted(threshold));
      }
      hasZero |= minPercent.signum() == 0;
    }
    if (!hasZero) {
      add(
          Concern.FRAMEWORK,
          Kind.NO_ZERO_CLASS,
          -1,
          null,
          "classes",
          "Không có xếp loại nào với \"minPercent\": 0, nên một đơn vị điểm thấp sẽ không được xếp loại.",
          "No class has \"minPercent\": 0, so a unit with a low score would get no class.");
    }
  }

  /** A group's or class's code: well formed and not used before by another of its kind. */
  private void code(
      Concern concern,
      int position,
      String code,
      String kindVi,
      String kindEn,
      Map<String, Integer> seen) {
    if (code == null) {
      return;
    }
    if (code.isBlank()) {
      add(concern, Kind.BLANK_CODE, position, code, "code", blankVi("code"), blankEn("code"));
      return;
    }
    if (!Codes.isWellFormed(code)) {
      add(
          concern,
          Kind.MALFORMED_CODE,
          position,
          code,
          "code",
          "Mã %s \"%s\" không hợp lệ: mã %s.".formatted(kindVi, code, Codes.RULE_VI),
          "The %s code \"%s\" is not valid: codes contain %s."
              .formatted(kindEn, code, Codes.RULE_EN));
    }
    Integer first = seen.putIfAbsent(code, position);
    if (first != null) {
      int line = lines.lineOf(concern, first, "code");
      add(
          concern,
          Kind.DUPLICATE_CODE,
          position,
          code,
          "code",
          "Mã %s \"%s\" bị trùng%s.".formatted(kindVi, code, alreadyVi(line)),
          "Duplicate %s code \"%s\"%s.".formatted(kindEn, code, alreadyEn(line)));
    }
  }

  private static String alreadyVi(int line) {
    return line > 0 ? " (đã có ở dòng %d)".formatted(line) : "";
  }

  private static String alreadyEn(int line) {
    return line > 0 ? " (already on line %d)".formatted(line) : "";
  }

  /** A node and its subtree, in the order of {@link Framework#allNodes()}. */
  private void node(
      Node node,
      Set<String> groupCodes,
      Map<String, Node> nodes,
      Map<String, Integer> positions,
      int[] next) {
    int position = next[0]++;
    String code = node.code();
    nodeCode(position, code, positions);
    if (code != null) {
      nodes.putIfAbsent(code, node);
    }
    name(Concern.NODE, position, code, node.name());
    if (node.weight() == null) {
      missingNumber(Concern.NODE, position, code, "weight");
    } else if (node.weight().signum() < 0) {
      add(
          Concern.NODE,
          Kind.NEGATIVE_WEIGHT,
          position,
          code,
          "weight",
          "Trọng số \"weight\" không được âm.",
          "A \"weight\" cannot be negative.");
    }
    for (String group : new TreeSet<>(node.appliesTo())) {
      if (!groupCodes.contains(group)) {
        add(
            Concern.NODE,
            Kind.UNKNOWN_GROUP,
            position,
            code,
            "appliesTo/" + group,
            "Nhóm \"%s\" không có trong danh sách \"groups\".".formatted(group),
            "Group \"%s\" is not in the \"groups\" list.".formatted(group));
      }
    }
    if (node.rule() == null && node.children().isEmpty()) {
      String shown = code == null ? "" : code;
      add(
          Concern.NODE,
          Kind.NO_RULE,
          position,
          code,
          "",
          "Nút \"%s\" là chỉ tiêu (không có nút con) nhưng thiếu quy tắc tính điểm \"rule\"."
              .formatted(shown),
          "Node \"%s\" is an indicator (it has no children) but has no scoring \"rule\"."
              .formatted(shown));
    }
    if (node.rule() != null) {
      rule(position, code, node.rule());
    }
    node.children().forEach(child -> node(child, groupCodes, nodes, positions, next));
  }

  private void nodeCode(int position, String code, Map<String, Integer> positions) {
    if (code == null) {
      return;
    }
    if (code.isBlank()) {
      add(Concern.NODE, Kind.BLANK_CODE, position, code, "code", blankVi("code"), blankEn("code"));
    } else if (code.equals(Node.TOTAL)) {
      add(
          Concern.NODE,
          Kind.RESERVED_CODE,
          position,
          code,
          "code",
          "Mã \"TOTAL\" được dành cho tổng điểm; hãy đặt mã khác cho nút này.",
          "The code \"TOTAL\" is reserved for the total score; give this node another code.");
    } else if (!Codes.isWellFormed(code)) {
      add(
          Concern.NODE,
          Kind.MALFORMED_CODE,
          position,
          code,
          "code",
          "Mã nút \"%s\" không hợp lệ: mã %s.".formatted(code, Codes.RULE_VI),
          "Node code \"%s\" is not valid: codes contain %s.".formatted(code, Codes.RULE_EN));
    } else {
      Integer first = positions.putIfAbsent(code, position);
      if (first != null) {
        int line = lines.lineOf(Concern.NODE, first, "code");
        add(
            Concern.NODE,
            Kind.DUPLICATE_CODE,
            position,
            code,
            "code",
            "Mã nút \"%s\" đã được dùng %s; khung đánh giá là một cây, mỗi nút chỉ xuất hiện một lần."
                .formatted(code, line > 0 ? "ở dòng " + line : "cho một nút khác"),
            "Node code \"%s\" is already used %s; the framework is a tree, each node appears once."
                .formatted(code, line > 0 ? "on line " + line : "by another node"));
      }
    }
  }

  private void rule(int position, String code, Rule rule) {
    rule.match(
        linear -> {
          linear(position, code, linear);
          return null;
        },
        bands -> {
          bands(position, code, bands.bands());
          return null;
        },
        yesNo -> {
          points(position, code, "rule/points", yesNo.points());
          return null;
        });
  }

  private void linear(int position, String code, Rule.Linear linear) {
    number(position, code, "rule/min", linear.min());
    number(position, code, "rule/max", linear.max());
    points(position, code, "rule/points", linear.points());
    if (linear.min() != null && linear.max() != null && linear.min().compareTo(linear.max()) == 0) {
      add(
          Concern.NODE,
          Kind.FLAT_LINEAR_RULE,
          position,
          code,
          "rule/max",
          "Quy tắc \"linear\" cần \"min\" khác \"max\" (đang cùng là %s)."
              .formatted(linear.min().toPlainString()),
          "A \"linear\" rule needs \"min\" different from \"max\" (both are %s)."
              .formatted(linear.min().toPlainString()));
    }
  }

  private void bands(int position, String code, List<Rule.Band> bands) {
    if (bands.isEmpty()) {
      add(
          Concern.NODE,
          Kind.NO_BANDS,
          position,
          code,
          "rule/bands",
          "Quy tắc \"bands\" cần ít nhất một khoảng.",
          "A \"bands\" rule needs at least one band.");
    }
    BigDecimal previousFrom = null;
    for (int i = 0; i < bands.size(); i++) {
      BigDecimal from = bands.get(i).from();
      String field = "rule/bands/" + i;
      number(position, code, field + "/from", from);
      if (from != null && previousFrom != null && from.compareTo(previousFrom) <= 0) {
        add(
            Concern.NODE,
            Kind.BANDS_NOT_ASCENDING,
            position,
            code,
            field + "/from",
            "Các khoảng phải có \"from\" tăng dần: %s không lớn hơn %s của khoảng trước."
                .formatted(from.toPlainString(), previousFrom.toPlainString()),
            "Bands must have strictly ascending \"from\": %s is not greater than %s before it."
                .formatted(from.toPlainString(), previousFrom.toPlainString()));
      }
      if (from != null) {
        previousFrom = from;
      }
      points(position, code, field + "/points", bands.get(i).points());
    }
  }

  private void points(int position, String code, String field, BigDecimal points) {
    number(position, code, field, points);
    if (points != null && points.signum() < 0) {
      add(
          Concern.NODE,
          Kind.NEGATIVE_POINTS,
          position,
          code,
          field,
          "Số điểm \"points\" không được âm.",
          "\"points\" cannot be negative.");
    }
  }

  private void number(int position, String code, String field, BigDecimal number) {
    if (number == null) {
      missingNumber(Concern.NODE, position, code, field);
    }
  }

  /** A number left empty, told as a file with {@code null} in its place is. */
  private void missingNumber(Concern concern, int position, String code, String field) {
    String name = field.substring(field.lastIndexOf('/') + 1);
    add(
        concern,
        Kind.MISSING_NUMBER,
        position,
        code,
        field,
        "\"%s\" phải là một số, không phải null.".formatted(name),
        "\"%s\" must be a number, not null.".formatted(name));
  }

  /** A name: a Vietnamese text that is not blank, and both texts free of refused characters. */
  private void name(Concern concern, int position, String code, LocalizedText name) {
    if (name == null) {
      return;
    }
    if (name.vi().isBlank()) {
      add(
          concern,
          Kind.BLANK_NAME,
          position,
          code,
          "name/vi",
          "Tên tiếng Việt \"vi\" không được để trống.",
          "The Vietnamese name \"vi\" cannot be blank.");
    }
    text(concern, position, code, null, "name/vi", FreeText.checkName(name.vi()));
    text(concern, position, code, null, "name/en", FreeText.checkName(name.en()));
  }

  // The units

  /**
   * Checks the units; returns the group of every unit code (null for a unit whose group is not one
   * of the framework's, whose values are then not judged against it).
   */
  private Map<String, String> units(List<Unit> units, Framework framework, PreviousYear previous) {
    List<String> groupCodes =
        framework.groups().stream()
            .map(UnitGroup::code)
            .filter(code -> code != null && !code.isBlank())
            .toList();
    Map<String, String> groupOfUnit = new HashMap<>();
    Map<String, Integer> positionOfUnit = new HashMap<>();
    Set<String> previousUnits = previous == null ? Set.of() : Set.copyOf(previous.unitCodes());
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      String code = unit.code();
      boolean groupKnown = unitGroup(i, unit, groupCodes);
      if (code.isEmpty()) {
        add(
            Concern.UNIT,
            Kind.BLANK_CODE,
            i,
            code,
            "code",
            "Thiếu mã đơn vị.",
            "The unit code is missing.");
      } else if (!Codes.isWellFormed(code)) {
        add(
            Concern.UNIT,
            Kind.MALFORMED_CODE,
            i,
            code,
            "code",
            "Mã đơn vị \"%s\" không hợp lệ: mã %s.".formatted(code, Codes.RULE_VI),
            "Unit code \"%s\" is not valid: codes contain %s.".formatted(code, Codes.RULE_EN));
      } else if (positionOfUnit.containsKey(code)) {
        int line = lines.lineOf(Concern.UNIT, positionOfUnit.get(code), "code");
        add(
            Concern.UNIT,
            Kind.DUPLICATE_CODE,
            i,
            code,
            "code",
            "Mã đơn vị \"%s\" bị trùng%s.".formatted(code, alreadyVi(line)),
            "Duplicate unit code \"%s\"%s.".formatted(code, alreadyEn(line)));
      } else {
        positionOfUnit.put(code, i);
        // An unknown group is reported once here, not again for each of the unit's values.
        groupOfUnit.put(code, groupKnown ? unit.groupCode() : null);
      }
      LocalizedText name = unit.name();
      if (name.vi().isBlank()) {
        add(
            Concern.UNIT,
            Kind.BLANK_NAME,
            i,
            code,
            "name/vi",
            "Thiếu tên tiếng Việt của đơn vị.",
            "The unit's Vietnamese name is missing.");
      }
      text(Concern.UNIT, i, code, null, "name/vi", FreeText.checkName(name.vi()));
      text(Concern.UNIT, i, code, null, "name/en", FreeText.checkName(name.en()));
      predecessors(i, unit, previous, previousUnits);
    }
    return groupOfUnit;
  }

  private boolean unitGroup(int position, Unit unit, List<String> groupCodes) {
    String group = unit.groupCode();
    if (group.isEmpty()) {
      add(
          Concern.UNIT,
          Kind.BLANK_CODE,
          position,
          unit.code(),
          "group",
          "Thiếu mã nhóm đơn vị.",
          "The group code is missing.");
      return false;
    }
    if (!groupCodes.contains(group)) {
      add(
          Concern.UNIT,
          Kind.UNKNOWN_GROUP,
          position,
          unit.code(),
          "group",
          "Nhóm \"%s\" không có trong framework.json (các nhóm: %s)."
              .formatted(group, String.join(", ", groupCodes)),
          "Group \"%s\" is not in framework.json (the groups are: %s)."
              .formatted(group, String.join(", ", groupCodes)));
      return false;
    }
    return true;
  }

  /** Codes each well formed, none twice, none the unit itself, each a unit of the year before. */
  private void predecessors(
      int position, Unit unit, PreviousYear previous, Set<String> previousUnits) {
    Set<String> seen = new LinkedHashSet<>();
    for (String code : unit.predecessors()) {
      if (!Codes.isWellFormed(code)) {
        add(
            Concern.UNIT,
            Kind.MALFORMED_PREDECESSOR,
            position,
            unit.code(),
            "predecessors",
            "\"predecessors\" phải là các mã đơn vị ngăn cách bởi dấu |, ví dụ 01|02; \"%s\" không phải là một mã hợp lệ."
                .formatted(code),
            "\"predecessors\" must be unit codes separated by |, such as 01|02; \"%s\" is not a valid code."
                .formatted(code));
      } else if (code.equals(unit.code())) {
        add(
            Concern.UNIT,
            Kind.OWN_PREDECESSOR,
            position,
            unit.code(),
            "predecessors",
            "Đơn vị \"%s\" không thể là tiền thân của chính nó.".formatted(code),
            "Unit \"%s\" cannot be its own predecessor.".formatted(code));
      } else if (!seen.add(code)) {
        add(
            Concern.UNIT,
            Kind.DUPLICATE_PREDECESSOR,
            position,
            unit.code(),
            "predecessors",
            "Đơn vị tiền thân \"%s\" được nêu hai lần.".formatted(code),
            "Predecessor \"%s\" is listed twice.".formatted(code));
      } else if (previous != null && !previousUnits.contains(code)) {
        add(
            Concern.UNIT,
            Kind.UNKNOWN_PREDECESSOR,
            position,
            unit.code(),
            "predecessors",
            "Năm %d không có đơn vị %s; đơn vị tiền thân của \"%s\" phải là một đơn vị của năm đó, nếu không thay đổi thứ hạng của đơn vị sẽ không tính được."
                .formatted(previous.year(), code, unit.code()),
            "%d has no unit %s; a predecessor of \"%s\" must be one of that year's units, or the unit's change of rank cannot be computed."
                .formatted(previous.year(), code, unit.code()));
      }
    }
  }

  // The values

  private void values(
      List<IndicatorValue> values,
      Map<String, Node> nodes,
      Framework framework,
      Map<String, String> groupOfUnit) {
    Map<String, Integer> positionOfPair = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      IndicatorValue value = values.get(i);
      String unit = value.unitCode();
      String indicator = value.indicatorCode();
      boolean unitKnown = valueUnit(i, value, groupOfUnit);
      Node node = indicator(i, value, nodes);
      if (unitKnown && node != null) {
        String group = groupOfUnit.get(unit);
        if (group != null && !appliesTo(framework, indicator, group)) {
          add(
              Concern.VALUE,
              Kind.INDICATOR_NOT_APPLICABLE,
              i,
              unit,
              indicator,
              "indicator",
              "Chỉ tiêu \"%s\" không áp dụng cho nhóm %s của đơn vị \"%s\" (xem \"appliesTo\" trong framework.json)."
                  .formatted(indicator, group, unit),
              "Indicator \"%s\" does not apply to group %s of unit \"%s\" (see \"appliesTo\" in framework.json)."
                  .formatted(indicator, group, unit));
        }
      }
      if (!unit.isEmpty() && !indicator.isEmpty()) {
        Integer first = positionOfPair.putIfAbsent(unit + "\n" + indicator, i);
        if (first != null) {
          int line = lines.lineOf(Concern.VALUE, first, "indicator");
          add(
              Concern.VALUE,
              Kind.DUPLICATE_VALUE,
              i,
              unit,
              indicator,
              "indicator",
              line > 0
                  ? "Giá trị của đơn vị \"%s\" cho chỉ tiêu \"%s\" đã có ở dòng %d; mỗi cặp đơn vị, chỉ tiêu chỉ có một dòng."
                      .formatted(unit, indicator, line)
                  : "Giá trị của đơn vị \"%s\" cho chỉ tiêu \"%s\" đã có; mỗi cặp đơn vị, chỉ tiêu chỉ có một giá trị."
                      .formatted(unit, indicator),
              line > 0
                  ? "Unit \"%s\" already has a value for indicator \"%s\" on line %d; each unit and indicator has one row."
                      .formatted(unit, indicator, line)
                  : "Unit \"%s\" already has a value for indicator \"%s\"; each unit and indicator has one value."
                      .formatted(unit, indicator));
        }
      }
      if (node != null
          && node.rule() != null
          && node.rule().takesYesOrNo()
          && value.value() != null) {
        ValueText.Parsed yesNo = ValueText.parse(value.value().toPlainString(), true);
        if (!yesNo.isValid()) {
          add(
              Concern.VALUE,
              Kind.NOT_A_YES_NO_VALUE,
              i,
              unit,
              indicator,
              "value",
              yesNo.problemVi(),
              yesNo.problemEn());
        }
      }
      text(Concern.VALUE, i, unit, indicator, "note", FreeText.checkNote(value.note()));
    }
  }

  private boolean valueUnit(int position, IndicatorValue value, Map<String, String> groupOfUnit) {
    String unit = value.unitCode();
    if (unit.isEmpty()) {
      add(
          Concern.VALUE,
          Kind.BLANK_CODE,
          position,
          unit,
          value.indicatorCode(),
          "unit",
          "Thiếu mã đơn vị.",
          "The unit code is missing.");
      return false;
    }
    if (!groupOfUnit.containsKey(unit)) {
      add(
          Concern.VALUE,
          Kind.UNKNOWN_UNIT,
          position,
          unit,
          value.indicatorCode(),
          "unit",
          "Đơn vị \"%s\" không có trong units.csv.".formatted(unit),
          "Unit \"%s\" is not in units.csv.".formatted(unit));
      return false;
    }
    return true;
  }

  /**
   * The value's indicator, or null when it is not a known indicator (reported). A node without
   * children counts as an indicator even when its rule is missing, so that its values are not
   * reported as values of an inner node.
   */
  private Node indicator(int position, IndicatorValue value, Map<String, Node> nodes) {
    String unit = value.unitCode();
    String indicator = value.indicatorCode();
    if (indicator.isEmpty()) {
      add(
          Concern.VALUE,
          Kind.BLANK_CODE,
          position,
          unit,
          indicator,
          "indicator",
          "Thiếu mã chỉ tiêu.",
          "The indicator code is missing.");
      return null;
    }
    Node node = nodes.get(indicator);
    if (node == null) {
      add(
          Concern.VALUE,
          Kind.UNKNOWN_INDICATOR,
          position,
          unit,
          indicator,
          "indicator",
          "Chỉ tiêu \"%s\" không có trong framework.json.".formatted(indicator),
          "Indicator \"%s\" is not in framework.json.".formatted(indicator));
      return null;
    }
    if (node.rule() == null && !node.children().isEmpty()) {
      add(
          Concern.VALUE,
          Kind.NOT_AN_INDICATOR,
          position,
          unit,
          indicator,
          "indicator",
          "\"%s\" là một nhóm tiêu chí có nút con, không phải chỉ tiêu; điểm của nó được tính từ các chỉ tiêu bên dưới, không nhập giá trị."
              .formatted(indicator),
          "\"%s\" is a criterion with children, not an indicator; its score comes from the indicators below it and takes no value."
              .formatted(indicator));
      return null;
    }
    return node;
  }

  /** Whether the node and every ancestor of it apply to the group. */
  private static boolean appliesTo(Framework framework, String code, String group) {
    for (Node top : framework.nodes()) {
      Boolean applies = appliesTo(top, code, group);
      if (applies != null) {
        return applies;
      }
    }
    return true;
  }

  /** Whether the node {@code code} under {@code node} applies, or null when it is not under it. */
  private static Boolean appliesTo(Node node, String code, String group) {
    if (code.equals(node.code())) {
      return node.appliesTo(group);
    }
    for (Node child : node.children()) {
      Boolean applies = appliesTo(child, code, group);
      if (applies != null) {
        return applies && node.appliesTo(group);
      }
    }
    return null;
  }

  // Reporting

  private void text(
      Concern concern,
      int position,
      String code,
      String indicatorCode,
      String field,
      FreeText.Problem problem) {
    if (problem != null) {
      add(
          concern,
          Kind.REFUSED_TEXT,
          position,
          code,
          indicatorCode,
          field,
          problem.messageVi(),
          problem.messageEn());
    }
  }

  private static String blankVi(String field) {
    return "\"%s\" không được để trống.".formatted(field);
  }

  private static String blankEn(String field) {
    return "\"%s\" cannot be blank.".formatted(field);
  }

  private void add(
      Concern concern,
      Kind kind,
      int position,
      String code,
      String field,
      String messageVi,
      String messageEn) {
    add(concern, kind, position, code, null, field, messageVi, messageEn);
  }

  private void add(
      Concern concern,
      Kind kind,
      int position,
      String code,
      String indicatorCode,
      String field,
      String messageVi,
      String messageEn) {
    problems.add(
        new Problem(concern, kind, position, code, indicatorCode, field, messageVi, messageEn));
  }
}
