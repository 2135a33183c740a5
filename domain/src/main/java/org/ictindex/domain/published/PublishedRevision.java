package org.ictindex.domain.published;

import java.text.CollationKey;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.GroupStatistics;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.UnitGroup;
import org.ictindex.scoring.model.UnitResult;
import org.ictindex.scoring.results.ResultsJson;

/**
 * One revision of a published year as the public reads it, on the pages, in the open-data API and
 * in the downloads: its framework, its units with their figures at every node, and its statistics.
 * A revision never changes, so this is read once from the stored results ({@link
 * PublishedRevisions}) and then only read.
 *
 * <p>Compact: the figures are arrays with one slot per unit and node ({@link Cells}); a unit's
 * results ({@link UnitResult}, {@link NodeResult}) are made when asked for.
 *
 * <p><b>The ranking order</b> ({@link #ranking}), the one order of every ranking the public sees:
 * ranked units by rank; units with equal ranks by their Vietnamese names in Vietnamese alphabetical
 * order, then in the order of the package; then the units without a rank at the node, in the same
 * order of names. The methodology fixes the ranks and that unranked units come last; the order
 * within a tie is this model's, the same in every language so that a page, its download and the
 * API's answer list a tie alike.
 */
public final class PublishedRevision {

  /** A unit with its figures at one node. */
  public record UnitAtNode(String unitCode, LocalizedText name, NodeResult result) {}

  private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

  private final int year;
  private final int revision;
  private final Instant publishedAt;
  private final String packageSha256;
  private final String resultsSha256;
  private final String correctionReason;
  private final Integer previousYear;
  private final Framework framework;
  private final StreamedResults results;
  private final Map<String, Integer> unitIndex;
  private final Map<String, Integer> groupIndex = new HashMap<>();
  private final int[][] unitsOfGroup;

  /** Each unit's place in the order of Vietnamese names (ties in the order of the package). */
  private final int[] nameOrder;

  /**
   * @param correctionReason why the revision corrects the one before, or null for a first one
   * @param previousYear the year its changes are measured against, or null
   */
  PublishedRevision(
      int year,
      int revision,
      Instant publishedAt,
      String packageSha256,
      String resultsSha256,
      String correctionReason,
      Integer previousYear,
      Framework framework,
      StreamedResults results) {
    this.year = year;
    this.revision = revision;
    this.publishedAt = publishedAt;
    this.packageSha256 = packageSha256;
    this.resultsSha256 = resultsSha256;
    this.correctionReason = correctionReason;
    this.previousYear = previousYear;
    this.framework = framework;
    this.results = results;
    int units = results.unitCount;
    unitIndex = new HashMap<>(units * 2);
    for (int unit = 0; unit < units; unit++) {
      unitIndex.put(results.unitCodes[unit], unit);
    }
    int groups = results.groupCodes.size();
    int[] counts = new int[groups];
    for (int unit = 0; unit < units; unit++) {
      counts[results.unitGroup[unit]]++;
    }
    unitsOfGroup = new int[groups][];
    for (int group = 0; group < groups; group++) {
      groupIndex.put(results.groupCodes.get(group), group);
      unitsOfGroup[group] = new int[counts[group]];
    }
    int[] filled = new int[groups];
    for (int unit = 0; unit < units; unit++) {
      int group = results.unitGroup[unit];
      unitsOfGroup[group][filled[group]++] = unit;
    }
    nameOrder = nameOrder(results);
  }

  private static int[] nameOrder(StreamedResults results) {
    CollationKey[] keys = new CollationKey[results.unitCount];
    Integer[] byName = new Integer[results.unitCount];
    for (int unit = 0; unit < keys.length; unit++) {
      keys[unit] = VIETNAMESE.getCollationKey(results.unitNames[unit].vi());
      byName[unit] = unit;
    }
    // A stable sort: units of equal names keep the order of the package.
    Arrays.sort(byName, Comparator.comparing(unit -> keys[unit]));
    int[] order = new int[keys.length];
    for (int place = 0; place < byName.length; place++) {
      order[byName[place]] = place;
    }
    return order;
  }

  public int year() {
    return year;
  }

  public int revision() {
    return revision;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String packageSha256() {
    return packageSha256;
  }

  public String resultsSha256() {
    return resultsSha256;
  }

  /** Why this revision corrects the one before, or null for a year's first revision. */
  public String correctionReason() {
    return correctionReason;
  }

  /** The year its changes are measured against, or null. */
  public Integer previousYear() {
    return previousYear;
  }

  public Framework framework() {
    return framework;
  }

  public List<UnitGroup> groups() {
    return framework.groups();
  }

  public Optional<UnitGroup> group(String code) {
    return framework.groups().stream().filter(group -> group.code().equals(code)).findFirst();
  }

  /** The name of a node, or of TOTAL. */
  public LocalizedText nodeName(String code) {
    return Node.TOTAL.equals(code)
        ? ResultsJson.TOTAL_NAME
        : framework.node(code).map(Node::name).orElse(new LocalizedText(code, code));
  }

  /** The nodes a group's units have: TOTAL first, then the tree in document order. */
  public List<String> nodeCodesOf(String groupCode) {
    return Stream.concat(
            Stream.of(Node.TOTAL),
            framework.nodesFor(groupCode).stream().filter(node -> !node.isLeaf()).map(Node::code))
        .toList();
  }

  /** A class's name, or null for no class. */
  public LocalizedText className(String classCode) {
    return classCode == null
        ? null
        : framework.classes().stream()
            .filter(ratingClass -> ratingClass.code().equals(classCode))
            .map(RatingClass::name)
            .findFirst()
            .orElseThrow();
  }

  /** Every unit's code and name, in the order of the package. */
  public List<UnitAtNode> units() {
    List<UnitAtNode> units = new ArrayList<>(results.unitCount);
    for (int unit = 0; unit < results.unitCount; unit++) {
      units.add(new UnitAtNode(results.unitCodes[unit], results.unitNames[unit], total(unit)));
    }
    return units;
  }

  /** A unit's results at TOTAL and every node of its group. */
  public Optional<UnitResult> unit(String code) {
    Integer unit = unitIndex.get(code);
    return unit == null ? Optional.empty() : Optional.of(unitResult(unit));
  }

  /** A unit's name as this year's package gives it. */
  public Optional<LocalizedText> unitName(String code) {
    Integer unit = unitIndex.get(code);
    return unit == null ? Optional.empty() : Optional.of(results.unitNames[unit]);
  }

  /** The group's statistics, if the revision has the group. */
  public Optional<GroupStatistics> statistics(String groupCode) {
    return Optional.ofNullable(results.statistics.get(groupCode));
  }

  /**
   * The group's units with their figures at the node, in the order of the package; none when the
   * revision has no such group or the group no such node.
   */
  public List<UnitAtNode> atNode(String groupCode, String node) {
    Integer group = groupIndex.get(groupCode);
    Integer place = group == null ? null : results.nodePlaceOfGroup.get(group).get(node);
    if (place == null) {
      return List.of();
    }
    int[] units = unitsOfGroup[group];
    List<UnitAtNode> entries = new ArrayList<>(units.length);
    for (int unit : units) {
      entries.add(
          new UnitAtNode(
              results.unitCodes[unit],
              results.unitNames[unit],
              nodeResult(node, results.offset(unit) + place)));
    }
    return entries;
  }

  /** The group's ranking at the node, in the ranking order (see the class's description). */
  public List<UnitAtNode> ranking(String groupCode, String node) {
    Integer group = groupIndex.get(groupCode);
    Integer place = group == null ? null : results.nodePlaceOfGroup.get(group).get(node);
    if (place == null) {
      return List.of();
    }
    Integer[] units = Arrays.stream(unitsOfGroup[group]).boxed().toArray(Integer[]::new);
    Arrays.sort(units, rankingOrder(place));
    List<UnitAtNode> entries = new ArrayList<>(units.length);
    for (int unit : units) {
      entries.add(
          new UnitAtNode(
              results.unitCodes[unit],
              results.unitNames[unit],
              nodeResult(node, results.offset(unit) + place)));
    }
    return entries;
  }

  /** By rank, unranked last; equal ranks by the order of names. */
  private Comparator<Integer> rankingOrder(int place) {
    return Comparator.<Integer>comparingLong(
            unit -> {
              int rank = results.cells.rank(results.offset(unit) + place);
              return rank == Cells.NONE ? Long.MAX_VALUE : rank;
            })
        .thenComparingInt(unit -> nameOrder[unit]);
  }

  private UnitResult unitResult(int unit) {
    int group = results.unitGroup[unit];
    List<String> nodes = results.nodesOfGroup.get(group);
    int offset = results.offset(unit);
    List<NodeResult> figures = new ArrayList<>(nodes.size());
    for (int place = 0; place < nodes.size(); place++) {
      figures.add(nodeResult(nodes.get(place), offset + place));
    }
    return new UnitResult(
        results.unitCodes[unit], results.groupCodes.get(group), results.unitNames[unit], figures);
  }

  private NodeResult total(int unit) {
    return nodeResult(Node.TOTAL, results.offset(unit));
  }

  private NodeResult nodeResult(String code, int slot) {
    Cells cells = results.cells;
    int classIndex = cells.classIndex(slot);
    return new NodeResult(
        code,
        cells.depth(slot),
        cells.score(slot),
        cells.max(slot),
        cells.percent(slot),
        cells.rankOrNull(slot),
        cells.of(slot),
        classIndex < 0 ? null : results.classCodes.get(classIndex),
        cells.change(slot),
        cells.previousRank(slot),
        cells.predecessors(slot),
        cells.interval(slot));
  }
}
