package org.ictindex.publicweb.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;
import org.ictindex.scoring.model.UnitResult;
import org.ictindex.scoring.results.ResultsJson;

/**
 * One revision of a published year as the public pages read it: its framework, units and frozen
 * results, with the names of everything they mention.
 *
 * @param previousYear the year its changes are measured against, or null
 */
public record PublishedYear(
    int year,
    int revision,
    Instant publishedAt,
    String packageSha256,
    String resultsSha256,
    String correctionReason,
    Integer previousYear,
    Framework framework,
    List<Unit> units,
    CycleResults results) {

  public List<UnitGroup> groups() {
    return framework.groups();
  }

  public Optional<UnitGroup> group(String code) {
    return framework.groups().stream().filter(group -> group.code().equals(code)).findFirst();
  }

  public Optional<UnitResult> unit(String code) {
    return results.unit(code);
  }

  /** The results of the group's units, in the order of the package. */
  public List<UnitResult> unitsOf(String groupCode) {
    return results.units().stream().filter(unit -> unit.groupCode().equals(groupCode)).toList();
  }

  /** The name of a node, or of TOTAL. */
  public LocalizedText nodeName(String code) {
    return Node.TOTAL.equals(code)
        ? ResultsJson.TOTAL_NAME
        : framework.node(code).map(Node::name).orElse(new LocalizedText(code, code));
  }

  /** The nodes a group's units have: TOTAL first, then the tree in document order. */
  public List<String> nodeCodesOf(String groupCode) {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(Node.TOTAL),
            framework.nodesFor(groupCode).stream().filter(node -> !node.isLeaf()).map(Node::code))
        .toList();
  }

  /** A class's name, or null for no class. */
  public LocalizedText className(String classCode) {
    return classCode == null ? null : classesByCode().get(classCode).name();
  }

  /** A unit as the year's package names it (the results name only units of this year). */
  public Optional<Unit> packageUnit(String code) {
    return units.stream().filter(unit -> unit.code().equals(code)).findFirst();
  }

  private Map<String, RatingClass> classesByCode() {
    return framework.classes().stream()
        .collect(Collectors.toMap(RatingClass::code, Function.identity()));
  }
}
