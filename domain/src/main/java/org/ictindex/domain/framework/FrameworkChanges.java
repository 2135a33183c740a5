package org.ictindex.domain.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.Rule;
import org.ictindex.scoring.model.UnitGroup;

/**
 * What changed between two versions of a framework, in words an auditor reads without opening the
 * packages: "I1.2 trọng số 1 → 2", "thêm I3.4", "xóa I2.1".
 */
public final class FrameworkChanges {

  private FrameworkChanges() {}

  /** Every change, framework-wide ones first, then groups, classes and nodes in tree order. */
  public static List<String> between(Framework before, Framework after) {
    List<String> changes = new ArrayList<>();
    compare(changes, "khung", "mã", before.code(), after.code());
    compareName(changes, "khung", before.name(), after.name());
    compare(
        changes, "khung", "xử lý giá trị thiếu", before.missing().code(), after.missing().code());
    compareGroups(changes, before.groups(), after.groups());
    compareClasses(changes, before.classes(), after.classes());
    compareNodes(changes, before, after);
    return changes;
  }

  private static void compareGroups(
      List<String> changes, List<UnitGroup> before, List<UnitGroup> after) {
    Map<String, UnitGroup> old = byCode(before, UnitGroup::code);
    Map<String, UnitGroup> now = byCode(after, UnitGroup::code);
    for (UnitGroup group : after) {
      UnitGroup was = old.get(group.code());
      if (was == null) {
        changes.add("thêm nhóm " + group.code());
      } else {
        compareName(changes, "nhóm " + group.code(), was.name(), group.name());
      }
    }
    before.stream()
        .filter(group -> !now.containsKey(group.code()))
        .forEach(group -> changes.add("xóa nhóm " + group.code()));
  }

  private static void compareClasses(
      List<String> changes, List<RatingClass> before, List<RatingClass> after) {
    Map<String, RatingClass> old = byCode(before, RatingClass::code);
    Map<String, RatingClass> now = byCode(after, RatingClass::code);
    for (RatingClass ratingClass : after) {
      RatingClass was = old.get(ratingClass.code());
      String subject = "xếp loại " + ratingClass.code();
      if (was == null) {
        changes.add("thêm " + subject);
      } else {
        compareName(changes, subject, was.name(), ratingClass.name());
        compare(
            changes,
            subject,
            "% tối thiểu",
            plain(was.minPercent()),
            plain(ratingClass.minPercent()));
      }
    }
    before.stream()
        .filter(ratingClass -> !now.containsKey(ratingClass.code()))
        .forEach(ratingClass -> changes.add("xóa xếp loại " + ratingClass.code()));
  }

  private static void compareNodes(List<String> changes, Framework before, Framework after) {
    Map<String, Node> old = byCode(before.allNodes(), Node::code);
    Map<String, Node> now = byCode(after.allNodes(), Node::code);
    Map<String, String> oldParents = parents(before);
    Map<String, String> newParents = parents(after);
    Map<String, Integer> oldPositions = positions(before);
    Map<String, Integer> newPositions = positions(after);
    for (Node node : after.allNodes()) {
      Node was = old.get(node.code());
      String code = node.code();
      if (was == null) {
        changes.add("thêm " + code);
        continue;
      }
      compareName(changes, code, was.name(), node.name());
      compare(changes, code, "trọng số", plain(was.weight()), plain(node.weight()));
      compare(changes, code, "áp dụng cho", groups(was), groups(node));
      compare(changes, code, "đơn vị đo", was.unit(), node.unit());
      compare(changes, code, "quy tắc", describe(was.rule()), describe(node.rule()));
      String oldParent = oldParents.get(code);
      String newParent = newParents.get(code);
      if (!Objects.equals(oldParent, newParent)) {
        compare(changes, code, "nút cha", oldParent, newParent);
      } else {
        compare(
            changes,
            code,
            "thứ tự",
            String.valueOf(oldPositions.get(code) + 1),
            String.valueOf(newPositions.get(code) + 1));
      }
    }
    before.allNodes().stream()
        .filter(node -> !now.containsKey(node.code()))
        .forEach(node -> changes.add("xóa " + node.code()));
  }

  /**
   * The rule in the methodology's words, quoted because they contain arrows themselves: "có/không →
   * 10 điểm"; "(nút có con)" for a criterion.
   */
  static String describe(Rule rule) {
    return rule == null
        ? "(nút có con)"
        : "\"" + rule.describe(FrameworkChanges::plain).vi() + "\"";
  }

  private static String groups(Node node) {
    return node.appliesTo().isEmpty()
        ? "mọi nhóm"
        : String.join(", ", new TreeSet<>(node.appliesTo()));
  }

  private static void compareName(
      List<String> changes, String subject, LocalizedText before, LocalizedText after) {
    compare(changes, subject, "tên", before.vi(), after.vi());
    compare(changes, subject, "tên tiếng Anh", before.en(), after.en());
  }

  private static void compare(
      List<String> changes, String subject, String field, String before, String after) {
    if (!Objects.equals(blankAsNull(before), blankAsNull(after))) {
      changes.add(subject + " " + field + " " + shown(before) + " → " + shown(after));
    }
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static String shown(String text) {
    return blankAsNull(text) == null ? "(trống)" : text;
  }

  private static String plain(BigDecimal number) {
    return number == null ? null : number.stripTrailingZeros().toPlainString();
  }

  private static Map<String, String> parents(Framework framework) {
    Map<String, String> parents = new HashMap<>();
    for (Node node : framework.allNodes()) {
      node.children().forEach(child -> parents.put(child.code(), node.code()));
    }
    return parents;
  }

  private static Map<String, Integer> positions(Framework framework) {
    Map<String, Integer> positions = new HashMap<>();
    index(framework.nodes(), positions);
    framework.allNodes().forEach(node -> index(node.children(), positions));
    return positions;
  }

  private static void index(List<Node> siblings, Map<String, Integer> positions) {
    for (int i = 0; i < siblings.size(); i++) {
      positions.put(siblings.get(i).code(), i);
    }
  }

  private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
    Map<String, T> map = new LinkedHashMap<>();
    items.forEach(item -> map.putIfAbsent(code.apply(item), item));
    return map;
  }
}
