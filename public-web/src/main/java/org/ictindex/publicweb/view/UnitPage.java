package org.ictindex.publicweb.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.domain.published.PublishedRevision;
import org.ictindex.domain.published.PublishedRevisions;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.NodeStatistics;
import org.ictindex.scoring.model.UnitResult;

/** A unit's page for one published year: its story in sentences, every node, its history. */
@Named
@RequestScoped
public class UnitPage {

  /** One node of the unit's results, ready to show. */
  public record NodeRow(
      String code,
      String name,
      int depth,
      String score,
      String max,
      String percent,
      Integer rank,
      Integer of,
      String className,
      String change,
      Integer previousRank,
      String groupMedianPercent) {}

  /** The unit's total in one published year. */
  public record YearRow(int year, Integer rank, Integer of, String percent, String className) {}

  private static final com.fasterxml.jackson.databind.ObjectMapper CHART_JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  @Inject private FacesContext faces;
  @Inject private CurrentLanguage language;
  @Inject private PublishedRevisions pages;

  private PublishedRevision year;
  private UnitResult unit;
  private String overallSentence;
  private final List<String> nodeSentences = new ArrayList<>();
  private final List<String> indicatorSentences = new ArrayList<>();
  private final List<NodeRow> nodes = new ArrayList<>();
  private final List<YearRow> history = new ArrayList<>();

  /** Reads the unit named by the address; an unknown unit or year is a 404. */
  public void load() throws IOException {
    ExternalContext external = faces.getExternalContext();
    Map<String, String> parameters = external.getRequestParameterMap();
    String yearText = parameters.get("year");
    Optional<PublishedRevision> published =
        yearText != null && yearText.matches("\\d{4}")
            ? pages.year(Integer.parseInt(yearText))
            : Optional.empty();
    Optional<UnitResult> found = published.flatMap(p -> p.unit(parameters.get("unit")));
    if (found.isEmpty()) {
      external.responseSendError(404, "Not found");
      faces.responseComplete();
      return;
    }
    year = published.get();
    unit = found.get();
    describe();
    if (Downloads.wanted(external)) {
      if ("history".equals(parameters.get("table"))) {
        Downloads.send(
            faces,
            "unit-" + unit.unitCode() + "-history",
            List.of("year", "rank", "of", "percent", "class"),
            history.stream()
                .map(
                    row ->
                        java.util.Arrays.<Object>asList(
                            row.year(), row.rank(), row.of(), row.percent(), row.className()))
                .toList());
        return;
      }
      Downloads.send(
          faces,
          "unit-" + unit.unitCode() + "-" + year.year(),
          List.of(
              "node",
              "name",
              "depth",
              "score",
              "max",
              "percent",
              "rank",
              "of",
              "classCode",
              "change",
              "previousRank"),
          unit.nodes().stream()
              .map(
                  node ->
                      java.util.Arrays.<Object>asList(
                          node.code(),
                          year.nodeName(node.code()).in(language.getCode()),
                          node.depth(),
                          node.score(),
                          node.max(),
                          node.percent(),
                          node.rank(),
                          node.of(),
                          node.classCode(),
                          node.change(),
                          node.previousRank()))
              .toList());
    }
  }

  private void describe() {
    String lang = language.getCode();
    Figures figures = new Figures(lang);
    Narrative narrative = new Narrative(lang, year.year(), year.previousYear());
    overallSentence =
        narrative.overall(unit.name().in(lang), unit.total(), className(unit.total(), lang));
    for (NodeResult node : unit.nodes()) {
      String name = year.nodeName(node.code()).in(lang);
      if (node.depth() > 0 && node.isRanked()) {
        boolean indicator = year.framework().node(node.code()).map(Node::isLeaf).orElse(false);
        (indicator ? indicatorSentences : nodeSentences)
            .add(narrative.node(name, node, className(node, lang)));
      }
      nodes.add(
          new NodeRow(
              node.code(),
              name,
              node.depth(),
              figures.decimal(node.score()),
              figures.decimal(node.max()),
              figures.decimal(node.percent()),
              node.rank(),
              node.of(),
              className(node, lang),
              node.isRanked() ? figures.changeSign(node.change()) : "",
              node.previousRank(),
              figures.decimal(groupMedian(node.code()))));
    }
    for (PublishedRevision other : pages.years()) {
      other
          .unit(unit.unitCode())
          .ifPresent(
              result ->
                  history.add(
                      new YearRow(
                          other.year(),
                          result.total().rank(),
                          result.total().of(),
                          figures.decimal(result.total().percent()),
                          className(other, result.total(), lang))));
    }
  }

  private java.math.BigDecimal groupMedian(String nodeCode) {
    return year.statistics(unit.groupCode()).orElseThrow().nodes().stream()
        .filter(spread -> spread.node().equals(nodeCode))
        .map(NodeStatistics::medianPercent)
        .findFirst()
        .orElse(null);
  }

  private String className(NodeResult node, String lang) {
    return className(year, node, lang);
  }

  private static String className(PublishedRevision in, NodeResult node, String lang) {
    LocalizedText name = in.className(node.classCode());
    return name == null ? null : name.in(lang);
  }

  public PublishedRevision getYear() {
    return year;
  }

  public UnitResult getUnit() {
    return unit;
  }

  public String getName() {
    return unit.name().in(language.getCode());
  }

  public String getGroupName() {
    return year.group(unit.groupCode()).map(g -> g.name().in(language.getCode())).orElse("");
  }

  public String getOverallSentence() {
    return overallSentence;
  }

  public List<String> getNodeSentences() {
    return nodeSentences;
  }

  /** The sentences of the indicators, the leaves of the tree, after those of the criteria. */
  public List<String> getIndicatorSentences() {
    return indicatorSentences;
  }

  public List<NodeRow> getNodes() {
    return nodes;
  }

  public List<YearRow> getHistory() {
    return history;
  }

  /**
   * The radar chart's data: the unit's percent at each top-level criterion against the median of
   * its group, as JSON for the chart script.
   */
  public String getRadarJson() {
    String lang = language.getCode();
    List<NodeResult> criteria = unit.nodes().stream().filter(node -> node.depth() == 1).toList();
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put(
        "labels", criteria.stream().map(node -> year.nodeName(node.code()).in(lang)).toList());
    chart.put(
        "series",
        List.of(
            Map.of(
                "label",
                unit.name().in(lang),
                "values",
                criteria.stream().map(NodeResult::percent).toList()),
            Map.of(
                "label",
                "en".equals(lang) ? "Group median" : "Trung vị của nhóm",
                "values",
                criteria.stream().map(node -> groupMedian(node.code())).toList())));
    return json(chart);
  }

  /** The trend chart's data: the unit's rank and percent in every published year, oldest first. */
  public String getTrendJson() {
    List<YearRow> oldestFirst = new ArrayList<>(history);
    java.util.Collections.reverse(oldestFirst);
    List<UnitResult> results =
        oldestFirst.stream()
            .map(row -> pages.year(row.year()).flatMap(p -> p.unit(unit.unitCode())).orElseThrow())
            .toList();
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("labels", oldestFirst.stream().map(row -> Integer.toString(row.year())).toList());
    chart.put("rankLabel", "en".equals(language.getCode()) ? "Rank" : "Thứ hạng");
    chart.put("percentLabel", "en".equals(language.getCode()) ? "Percent" : "Tỷ lệ (%)");
    chart.put("ranks", results.stream().map(result -> result.total().rank()).toList());
    chart.put(
        "of",
        results.stream()
            .map(result -> result.total().of())
            .filter(java.util.Objects::nonNull)
            .max(Integer::compare)
            .orElse(1));
    chart.put("percents", results.stream().map(result -> result.total().percent()).toList());
    return json(chart);
  }

  private static String json(Object value) {
    try {
      return CHART_JSON.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The units this one was formed from, with their ranks in the previous year. */
  public String getPredecessors() {
    Optional<PublishedRevision> previous =
        year.previousYear() == null ? Optional.empty() : pages.year(year.previousYear());
    return unit.total().predecessorRanks().stream()
        .map(
            p ->
                previous
                        .flatMap(before -> before.unitName(p.unitCode()))
                        .map(name -> name.in(language.getCode()))
                        .orElse(p.unitCode())
                    + " ("
                    + p.rank()
                    + "/"
                    + p.of()
                    + ")")
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
