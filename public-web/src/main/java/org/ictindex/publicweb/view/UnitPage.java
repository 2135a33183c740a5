package org.ictindex.publicweb.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.NodeResult;
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
      Integer previousRank) {}

  /** The unit's total in one published year. */
  public record YearRow(int year, Integer rank, Integer of, String percent, String className) {}

  @Inject private FacesContext faces;
  @Inject private CurrentLanguage language;
  @Inject private PublishedYearPages pages;

  private PublishedYear year;
  private UnitResult unit;
  private String overallSentence;
  private final List<String> nodeSentences = new ArrayList<>();
  private final List<NodeRow> nodes = new ArrayList<>();
  private final List<YearRow> history = new ArrayList<>();

  /** Reads the unit named by the address; an unknown unit or year is a 404. */
  public void load() throws IOException {
    ExternalContext external = faces.getExternalContext();
    Map<String, String> parameters = external.getRequestParameterMap();
    String yearText = parameters.get("year");
    Optional<PublishedYear> published =
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
      Downloads.send(
          faces,
          "unit-" + unit.unitCode() + "-" + year.year() + ".csv",
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
        nodeSentences.add(narrative.node(name, node, className(node, lang)));
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
              node.previousRank()));
    }
    for (PublishedYear other : pages.years()) {
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

  private String className(NodeResult node, String lang) {
    return className(year, node, lang);
  }

  private static String className(PublishedYear in, NodeResult node, String lang) {
    LocalizedText name = in.className(node.classCode());
    return name == null ? null : name.in(lang);
  }

  public PublishedYear getYear() {
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

  public List<NodeRow> getNodes() {
    return nodes;
  }

  public List<YearRow> getHistory() {
    return history;
  }

  /** The units this one was formed from, with their ranks in the previous year. */
  public String getPredecessors() {
    return unit.total().predecessorRanks().stream()
        .map(p -> p.unitCode() + " (" + p.rank() + "/" + p.of() + ")")
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
