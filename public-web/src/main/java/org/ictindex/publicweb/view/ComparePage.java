package org.ictindex.publicweb.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.domain.published.PublishedRevision;
import org.ictindex.domain.published.PublishedRevisions;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.UnitResult;

/** Two to four units of one published year side by side; the choice lives in the address. */
@Named
@RequestScoped
public class ComparePage {

  static final int FEWEST = 2;
  static final int MOST = 4;

  /** One unit's figures at one node. */
  public record Cell(String rank, String percent, String className, String change) {}

  /** One node with a cell per compared unit (empty where the node does not exist for it). */
  public record Row(String code, String name, List<Cell> cells) {}

  /** A unit one can choose. */
  public record Choice(String code, String name, boolean chosen) {}

  @Inject private FacesContext faces;
  @Inject private CurrentLanguage language;
  @Inject private PublishedRevisions pages;

  private PublishedRevision year;
  private List<UnitResult> units = List.of();
  private List<Row> rows = List.of();

  /** Reads the year and units named by the address; unknown ones are a 404. */
  public void load() throws IOException {
    ExternalContext external = faces.getExternalContext();
    Map<String, String> parameters = external.getRequestParameterMap();
    String yearText = parameters.get("year");
    Optional<PublishedRevision> published =
        yearText != null && yearText.matches("\\d{4}")
            ? pages.year(Integer.parseInt(yearText))
            : pages.years().stream().findFirst();
    if (published.isEmpty()) {
      external.responseSendError(404, "Not found");
      faces.responseComplete();
      return;
    }
    year = published.get();
    List<String> codes = chosenCodes(external);
    List<Optional<UnitResult>> found = codes.stream().map(year::unit).toList();
    if (found.stream().anyMatch(Optional::isEmpty)) {
      external.responseSendError(404, "Not found");
      faces.responseComplete();
      return;
    }
    units = found.stream().map(Optional::orElseThrow).toList();
    if (isComparable()) {
      rows = rows();
      if (Downloads.wanted(external)) {
        List<String> header = new ArrayList<>(List.of("node"));
        units.forEach(
            unit -> {
              header.add(unit.unitCode() + " rank");
              header.add(unit.unitCode() + " percent");
              header.add(unit.unitCode() + " class");
            });
        Downloads.send(
            faces,
            "compare-" + year.year(),
            header,
            rows.stream()
                .map(
                    row -> {
                      List<Object> line = new ArrayList<>(List.of(row.name()));
                      row.cells()
                          .forEach(
                              cell -> {
                                line.add(cell.rank());
                                line.add(cell.percent());
                                line.add(cell.className());
                              });
                      return line;
                    })
                .toList());
      }
    }
  }

  /** The codes of {@code units=a,b} and of repeated {@code units} fields of the chooser form. */
  private static List<String> chosenCodes(ExternalContext external) {
    String[] values = external.getRequestParameterValuesMap().get("units");
    if (values == null) {
      return List.of();
    }
    return List.copyOf(
        Arrays.stream(values)
            .flatMap(value -> Arrays.stream(value.split(",")))
            .map(String::strip)
            .filter(code -> !code.isEmpty())
            .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
  }

  private List<Row> rows() {
    String lang = language.getCode();
    Figures figures = new Figures(lang);
    LinkedHashSet<String> codes = new LinkedHashSet<>();
    units.forEach(unit -> unit.nodes().forEach(node -> codes.add(node.code())));
    return codes.stream()
        .map(
            code ->
                new Row(
                    code,
                    year.nodeName(code).in(lang),
                    units.stream()
                        .map(unit -> unit.node(code).map(node -> cell(node, figures, lang)))
                        .map(cell -> cell.orElse(new Cell("", "", "", "")))
                        .toList()))
        .toList();
  }

  private Cell cell(NodeResult node, Figures figures, String lang) {
    LocalizedText className = year.className(node.classCode());
    return new Cell(
        node.isRanked() ? node.rank() + "/" + node.of() : "–",
        figures.decimal(node.percent()),
        className == null ? "" : className.in(lang),
        node.isRanked() ? figures.changeSign(node.change()) : "");
  }

  public PublishedRevision getYear() {
    return year;
  }

  public List<UnitResult> getUnits() {
    return units;
  }

  public List<Row> getRows() {
    return rows;
  }

  /** Whether between two and four units are chosen. */
  public boolean isComparable() {
    return units.size() >= FEWEST && units.size() <= MOST;
  }

  public boolean isTooMany() {
    return units.size() > MOST;
  }

  public String name(UnitResult unit) {
    return unit.name().in(language.getCode());
  }

  /** Every unit of the year in the language's alphabetical order, for the chooser. */
  public List<Choice> getChoices() {
    String lang = language.getCode();
    Comparator<Choice> byName = Comparator.comparing(Choice::name, new Figures(lang).collator());
    List<String> chosen = units.stream().map(UnitResult::unitCode).toList();
    return year.units().stream()
        .map(
            unit ->
                new Choice(unit.unitCode(), unit.name().in(lang), chosen.contains(unit.unitCode())))
        .sorted(byName)
        .toList();
  }
}
