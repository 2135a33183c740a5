package org.ictindex.scoring.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.MissingPolicy;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.Rule;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;

/** Builds small cycle packages inline for tests: a framework, units and their values. */
final class TestCycle {

  static final String MINISTRY = "MINISTRY";
  static final String AGENCY = "GOV_AGENCY";
  static final String PROVINCE = "PROVINCE";

  static final List<RatingClass> CLASSES =
      List.of(rating("TOT", "80"), rating("KHA", "65"), rating("TB", "50"), rating("YEU", "0"));

  private final List<Node> nodes;
  private int year = 2024;
  private MissingPolicy missing = MissingPolicy.EXCLUDE;
  private List<RatingClass> classes = CLASSES;
  private final List<Unit> units = new ArrayList<>();
  private final List<IndicatorValue> values = new ArrayList<>();

  private TestCycle(List<Node> nodes) {
    this.nodes = nodes;
  }

  static TestCycle framework(Node... nodes) {
    return new TestCycle(List.of(nodes));
  }

  TestCycle year(int year) {
    this.year = year;
    return this;
  }

  TestCycle missing(MissingPolicy missing) {
    this.missing = missing;
    return this;
  }

  TestCycle classes(RatingClass... classes) {
    this.classes = List.of(classes);
    return this;
  }

  TestCycle unit(String code, String group, String... predecessors) {
    units.add(new Unit(code, group, LocalizedText.of(code, code), List.of(predecessors)));
    return this;
  }

  /** Values of one unit as pairs of indicator code and value; a null value is an empty cell. */
  TestCycle values(String unit, String... indicatorAndValue) {
    for (int index = 0; index < indicatorAndValue.length; index += 2) {
      String value = indicatorAndValue[index + 1];
      values.add(
          new IndicatorValue(
              unit, indicatorAndValue[index], value == null ? null : new BigDecimal(value), ""));
    }
    return this;
  }

  /** A unit of the group with the values as pairs of indicator code and value. */
  TestCycle unitWith(String code, String group, String... indicatorAndValue) {
    return unit(code, group).values(code, indicatorAndValue);
  }

  CyclePackage build() {
    Framework framework =
        new Framework(
            "TEST-" + year,
            year,
            LocalizedText.of("Thử", "Test"),
            missing,
            List.of(group(MINISTRY), group(AGENCY), group(PROVINCE)),
            classes,
            nodes);
    return new CyclePackage(framework, units, values);
  }

  CycleResults compute() {
    return Methodology.compute(build(), null);
  }

  CycleResults compute(CycleResults previous) {
    return Methodology.compute(build(), previous);
  }

  static NodeResult result(CycleResults results, String unit, String node) {
    return results
        .unit(unit)
        .orElseThrow()
        .node(node)
        .orElseThrow(() -> new AssertionError(unit + " has no result at " + node));
  }

  static Node leaf(String code, Rule rule) {
    return new Node(
        code, LocalizedText.of(code, code), BigDecimal.ONE, Set.of(), null, rule, List.of());
  }

  static Node inner(String code, Node... children) {
    return new Node(
        code,
        LocalizedText.of(code, code),
        BigDecimal.ONE,
        Set.of(),
        null,
        null,
        List.of(children));
  }

  static Node weighted(String weight, Node node) {
    return new Node(
        node.code(),
        node.name(),
        new BigDecimal(weight),
        node.appliesTo(),
        node.unit(),
        node.rule(),
        node.children());
  }

  static Node onlyFor(Node node, String... groups) {
    return new Node(
        node.code(),
        node.name(),
        node.weight(),
        Set.of(groups),
        node.unit(),
        node.rule(),
        node.children());
  }

  static Rule linear(String min, String max, String points) {
    return new Rule.Linear(new BigDecimal(min), new BigDecimal(max), new BigDecimal(points));
  }

  /** Bands as pairs of {@code from} and points, ascending. */
  static Rule bands(String... fromAndPoints) {
    List<Rule.Band> bands = new ArrayList<>();
    for (int index = 0; index < fromAndPoints.length; index += 2) {
      bands.add(
          new Rule.Band(
              new BigDecimal(fromAndPoints[index]), new BigDecimal(fromAndPoints[index + 1])));
    }
    return new Rule.Bands(bands);
  }

  static Rule bool(String points) {
    return new Rule.Bool(new BigDecimal(points));
  }

  static RatingClass rating(String code, String minPercent) {
    return new RatingClass(code, LocalizedText.of(code, code), new BigDecimal(minPercent));
  }

  static BigDecimal decimal(String value) {
    return new BigDecimal(value);
  }

  /** The ranks of the units at a node, in the order given. */
  static List<Integer> ranks(CycleResults results, String node, String... units) {
    return Arrays.stream(units).map(unit -> result(results, unit, node).rank()).toList();
  }

  private static UnitGroup group(String code) {
    return new UnitGroup(code, LocalizedText.of(code, code));
  }
}
