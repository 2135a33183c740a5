package org.ictindex.publicweb.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.domain.published.PublishedRevision;
import org.ictindex.domain.published.PublishedRevisions;
import org.ictindex.scoring.model.MissingPolicy;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.UnitGroup;

/** A published year's method, generated from its framework: tree, weights, rules, classes. */
@Named
@RequestScoped
public class MethodologyPage {

  /** One node of the tree with its weight, its rule in words and its maximum per group. */
  public record NodeRow(
      String code,
      String name,
      int depth,
      String weight,
      String appliesTo,
      String rule,
      List<String> maxByGroup) {}

  @Inject private FacesContext faces;
  @Inject private CurrentLanguage language;
  @Inject private PublishedRevisions pages;

  private PublishedRevision year;
  private final List<NodeRow> nodes = new ArrayList<>();

  /** Per group, in the year's order, the maximum of each node that exists for it. */
  private final List<Map<String, BigDecimal>> maximaByGroup = new ArrayList<>();

  /** Reads the year named by the address; an unknown year is a 404. */
  public void load() throws IOException {
    ExternalContext external = faces.getExternalContext();
    String yearText = external.getRequestParameterMap().get("year");
    Optional<PublishedRevision> published =
        yearText != null && yearText.matches("\\d{4}")
            ? pages.year(Integer.parseInt(yearText))
            : Optional.empty();
    if (published.isEmpty()) {
      external.responseSendError(404, "Not found");
      faces.responseComplete();
      return;
    }
    year = published.get();
    year.groups().forEach(group -> maximaByGroup.add(year.framework().maxima(group.code())));
    Figures figures = new Figures(language.getCode());
    year.framework().nodes().forEach(node -> add(node, 1, figures));
    if (Downloads.wanted(external)) {
      List<String> header =
          new ArrayList<>(List.of("code", "name", "depth", "weight", "rule", "appliesTo"));
      year.groups().forEach(group -> header.add("max " + group.code()));
      Downloads.send(
          faces,
          "methodology-" + year.year(),
          header,
          nodes.stream()
              .map(
                  node -> {
                    List<Object> row =
                        new ArrayList<>(
                            List.of(
                                node.code(),
                                node.name(),
                                node.depth(),
                                node.weight(),
                                node.rule(),
                                node.appliesTo()));
                    row.addAll(node.maxByGroup());
                    return row;
                  })
              .toList());
    }
  }

  private void add(Node node, int depth, Figures figures) {
    String lang = language.getCode();
    nodes.add(
        new NodeRow(
            node.code(),
            node.name().in(lang),
            depth,
            figures.decimal(node.weight()),
            node.appliesTo().isEmpty()
                ? ""
                : year.groups().stream()
                    .filter(group -> node.appliesTo().contains(group.code()))
                    .map(group -> group.name().in(lang))
                    .collect(Collectors.joining(", ")),
            node.isLeaf() ? node.rule().describe(figures::decimal).in(lang) : "",
            maximaByGroup.stream()
                .map(
                    maxima ->
                        maxima.containsKey(node.code())
                            ? figures.decimal(maxima.get(node.code()))
                            : "–")
                .toList()));
    node.children().forEach(child -> add(child, depth + 1, figures));
  }

  public PublishedRevision getYear() {
    return year;
  }

  public List<NodeRow> getNodes() {
    return nodes;
  }

  public List<UnitGroup> getGroups() {
    return year.groups();
  }

  public List<RatingClass> getClasses() {
    return year.framework().classes();
  }

  public boolean isMissingExcludes() {
    return year.framework().missing() == MissingPolicy.EXCLUDE;
  }

  /** The total's maximum per group. */
  public List<String> getTotals() {
    Figures figures = new Figures(language.getCode());
    return maximaByGroup.stream().map(maxima -> figures.decimal(maxima.get(Node.TOTAL))).toList();
  }
}
