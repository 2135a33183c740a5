package org.ictindex.publicweb.view;

import static org.ictindex.domain.published.Table.column;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.domain.published.PublishedRevision;
import org.ictindex.domain.published.PublishedRevision.UnitAtNode;
import org.ictindex.domain.published.PublishedRevisions;
import org.ictindex.domain.published.Table;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.RankInterval;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.UnitGroup;

/**
 * One ranking: a published year's group at one node, ranked units first, then those without a rank;
 * filtered by class and name, sorted by rank or by name.
 */
@Named
@RequestScoped
public class RankingPage {

  /** One line of the ranking. */
  public record Row(
      String unitCode,
      String name,
      NodeResult result,
      String score,
      String percent,
      String className,
      String change,
      String interval) {

    public Integer rank() {
      return result.rank();
    }
  }

  /**
   * The ranking as a file (CSV or XLSX): its figures unformatted, names in the reader's language.
   */
  private static final Table<Row> FILE =
      new Table<>(
          column("rank", row -> row.result().rank()),
          column("of", row -> row.result().of()),
          column("unitCode", Row::unitCode),
          column("name", Row::name),
          column("score", row -> row.result().score()),
          column("max", row -> row.result().max()),
          column("percent", row -> row.result().percent()),
          column("classCode", row -> row.result().classCode()),
          column("change", row -> row.result().change()),
          column("previousRank", row -> row.result().previousRank()),
          column("rankQ5", row -> interval(row, RankInterval::q5)),
          column("rankQ95", row -> interval(row, RankInterval::q95)));

  @Inject private FacesContext faces;
  @Inject private CurrentLanguage language;
  @Inject private PublishedRevisions pages;

  private PublishedRevision year;
  private UnitGroup group;
  private String node = Node.TOTAL;
  private List<Row> rows = List.of();

  /** Reads the ranking named by the address; an unknown year, group or node is a 404. */
  public void load() throws IOException {
    ExternalContext external = faces.getExternalContext();
    Map<String, String> parameters = external.getRequestParameterMap();
    Optional<PublishedRevision> published = parseYear(parameters.get("year")).flatMap(pages::year);
    String nodeCode = parameters.getOrDefault("node", Node.TOTAL);
    if (published.isEmpty()
        || published.get().group(parameters.get("group")).isEmpty()
        || !published.get().nodeCodesOf(parameters.get("group")).contains(nodeCode)) {
      external.responseSendError(404, "Not found");
      faces.responseComplete();
      return;
    }
    year = published.get();
    group = year.group(parameters.get("group")).orElseThrow();
    node = nodeCode;
    rows =
        rows(
            parameters.get("class"), parameters.get("name"), "name".equals(parameters.get("sort")));
    if (Downloads.wanted(external)) {
      Downloads.send(
          faces,
          "ranking-" + year.year() + "-" + group.code() + "-" + node,
          FILE.header(),
          FILE.rows(rows));
    }
  }

  /**
   * The ranking in the revision's ranking order ({@link PublishedRevision#ranking}), or by name in
   * the reader's language when asked.
   */
  private List<Row> rows(String classFilter, String nameFilter, boolean byName) {
    String lang = language.getCode();
    Figures figures = new Figures(lang);
    String wanted = folded(nameFilter);
    List<Row> ranked =
        year.ranking(group.code(), node).stream()
            .map(unit -> row(unit, figures, lang))
            .filter(
                row ->
                    classFilter == null
                        || classFilter.isBlank()
                        || classFilter.equals(row.result().classCode()))
            .filter(row -> wanted.isEmpty() || folded(row.name()).contains(wanted))
            .toList();
    return byName
        ? ranked.stream().sorted(Comparator.comparing(Row::name, figures.collator())).toList()
        : ranked;
  }

  private Row row(UnitAtNode unit, Figures figures, String lang) {
    NodeResult result = unit.result();
    LocalizedText className = year.className(result.classCode());
    return new Row(
        unit.unitCode(),
        unit.name().in(lang),
        result,
        figures.decimal(result.score()),
        figures.decimal(result.percent()),
        className == null ? null : className.in(lang),
        result.isRanked() ? figures.changeSign(result.change()) : "",
        result.uncertainty() == null
            ? null
            : result.uncertainty().q5() + "–" + result.uncertainty().q95());
  }

  private static Integer interval(Row row, Function<RankInterval, Integer> bound) {
    return row.result().uncertainty() == null ? null : bound.apply(row.result().uncertainty());
  }

  /** Lower case without diacritics, so "dien bien" finds "Điện Biên". */
  static String folded(String text) {
    if (text == null) {
      return "";
    }
    String decomposed =
        Normalizer.normalize(
            text.strip().toLowerCase(Locale.ROOT).replace('đ', 'd'), Normalizer.Form.NFD);
    return decomposed.replaceAll("\\p{M}", "");
  }

  private static Optional<Integer> parseYear(String text) {
    return text != null && text.matches("\\d{4}")
        ? Optional.of(Integer.parseInt(text))
        : Optional.empty();
  }

  public PublishedRevision getYear() {
    return year;
  }

  public UnitGroup getGroup() {
    return group;
  }

  public String getNode() {
    return node;
  }

  public String getNodeName() {
    return year.nodeName(node).in(language.getCode());
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<RatingClass> getClasses() {
    return year.framework().classes();
  }

  /** The nodes one can rank by, with their names. */
  public List<Map.Entry<String, String>> getNodes() {
    return year.nodeCodesOf(group.code()).stream()
        .map(code -> Map.entry(code, year.nodeName(code).in(language.getCode())))
        .toList();
  }

  public boolean hasUncertainty() {
    return rows.stream().anyMatch(row -> row.interval() != null);
  }
}
