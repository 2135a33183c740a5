package org.ictindex.publicweb.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.domain.published.PublishedRevision;
import org.ictindex.domain.published.PublishedRevisions;
import org.ictindex.domain.published.Tables;
import org.ictindex.scoring.model.ClassShare;
import org.ictindex.scoring.model.GroupStatistics;
import org.ictindex.scoring.model.IndicatorStatistics;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.NodeStatistics;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.UnitGroup;

/** A published year's statistics of one group: classes per node, percents, indicators. */
@Named
@RequestScoped
public class StatisticsPage {

  /** One class at one node: how many units, their share and its change in percentage points. */
  public record ClassCell(int count, String share, String shareChange) {}

  /** One node's line of the class table. */
  public record ClassRow(String code, String name, List<ClassCell> cells, NodeFigures figures) {}

  /** The spread of percents of the ranked units at a node. */
  public record NodeFigures(int ranked, String mean, String median, String min, String max) {}

  /** One indicator's line: figures and the sentence saying them. */
  public record IndicatorRow(
      String code,
      String name,
      int reporting,
      int positive,
      String sum,
      String mean,
      String median,
      String min,
      String max,
      String positiveChange,
      String sumChange,
      String sentence) {}

  @Inject private FacesContext faces;
  @Inject private CurrentLanguage language;
  @Inject private PublishedRevisions pages;

  private PublishedRevision year;
  private UnitGroup group;
  private List<ClassRow> classRows = List.of();
  private List<IndicatorRow> indicatorRows = List.of();

  /** Reads the statistics named by the address; an unknown year or group is a 404. */
  public void load() throws IOException {
    ExternalContext external = faces.getExternalContext();
    Map<String, String> parameters = external.getRequestParameterMap();
    String yearText = parameters.get("year");
    Optional<PublishedRevision> published =
        yearText != null && yearText.matches("\\d{4}")
            ? pages.year(Integer.parseInt(yearText))
            : Optional.empty();
    Optional<GroupStatistics> statistics =
        published.flatMap(p -> p.statistics(parameters.get("group")));
    if (statistics.isEmpty()) {
      external.responseSendError(404, "Not found");
      faces.responseComplete();
      return;
    }
    year = published.get();
    group = year.group(parameters.get("group")).orElseThrow();
    describe(statistics.get());
    if (Downloads.wanted(external)) {
      send(statistics.get(), "indicators".equals(parameters.get("table")));
    }
  }

  private void send(GroupStatistics statistics, boolean indicators) throws IOException {
    String name = "statistics-" + year.year() + "-" + group.code();
    if (indicators) {
      Downloads.send(
          faces,
          name + "-indicators",
          Tables.INDICATORS.header(),
          Tables.INDICATORS.rows(statistics.indicators()));
    } else {
      Downloads.send(
          faces,
          name + "-classes",
          Tables.CLASSES.header(),
          Tables.CLASSES.rows(statistics.classes()));
    }
  }

  private void describe(GroupStatistics statistics) {
    String lang = language.getCode();
    Figures figures = new Figures(lang);
    classRows =
        year.nodeCodesOf(group.code()).stream()
            .map(
                code ->
                    new ClassRow(
                        code,
                        year.nodeName(code).in(lang),
                        getClasses().stream()
                            .map(ratingClass -> cell(statistics, code, ratingClass, figures))
                            .toList(),
                        nodeFigures(statistics, code, figures)))
            .toList();
    StatisticsSentences sentences = new StatisticsSentences(lang, year.previousYear());
    indicatorRows =
        statistics.indicators().stream()
            .map(
                indicator -> {
                  Node node = year.framework().node(indicator.code()).orElseThrow();
                  String name = node.name().in(lang);
                  return row(indicator, name, figures, sentences.sentence(node, name, indicator));
                })
            .toList();
  }

  private static ClassCell cell(
      GroupStatistics statistics, String node, RatingClass ratingClass, Figures figures) {
    return statistics.classes().stream()
        .filter(share -> share.node().equals(node) && share.classCode().equals(ratingClass.code()))
        .findFirst()
        .map(
            (ClassShare share) ->
                new ClassCell(
                    share.count(),
                    figures.decimal(share.share()),
                    signed(share.shareChange(), figures)))
        .orElse(new ClassCell(0, "", ""));
  }

  private static NodeFigures nodeFigures(GroupStatistics statistics, String node, Figures figures) {
    return statistics.nodes().stream()
        .filter(candidate -> candidate.node().equals(node))
        .findFirst()
        .map(
            (NodeStatistics spread) ->
                new NodeFigures(
                    spread.ranked(),
                    figures.decimal(spread.meanPercent()),
                    figures.decimal(spread.medianPercent()),
                    figures.decimal(spread.minPercent()),
                    figures.decimal(spread.maxPercent())))
        .orElse(new NodeFigures(0, "", "", "", ""));
  }

  private static IndicatorRow row(
      IndicatorStatistics indicator, String name, Figures figures, String sentence) {
    return new IndicatorRow(
        indicator.code(),
        name,
        indicator.reporting(),
        indicator.positive(),
        figures.decimal(indicator.sum()),
        figures.decimal(indicator.mean()),
        figures.decimal(indicator.median()),
        figures.decimal(indicator.min()),
        figures.decimal(indicator.max()),
        indicator.positiveChange() == null
            ? ""
            : signed(BigDecimal.valueOf(indicator.positiveChange()), figures),
        signed(indicator.sumChange(), figures),
        sentence);
  }

  /** A change with its sign: "+4", "−2,5", "0"; empty when there is none. */
  private static String signed(BigDecimal change, Figures figures) {
    if (change == null) {
      return "";
    }
    String magnitude = figures.decimal(change.abs());
    return change.signum() > 0 ? "+" + magnitude : change.signum() < 0 ? "−" + magnitude : "0";
  }

  public PublishedRevision getYear() {
    return year;
  }

  public UnitGroup getGroup() {
    return group;
  }

  public List<RatingClass> getClasses() {
    return year.framework().classes();
  }

  public List<ClassRow> getClassRows() {
    return classRows;
  }

  public List<IndicatorRow> getIndicatorRows() {
    return indicatorRows;
  }
}
