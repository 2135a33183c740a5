package org.ictindex.publicweb.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.domain.published.PublishedRevision;
import org.ictindex.domain.published.PublishedRevision.UnitAtNode;
import org.ictindex.domain.published.PublishedRevisions;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.RatingClass;

/**
 * A group's units on a tile-grid map of the provinces, each square coloured by the unit's class at
 * a node and carrying its rank; units without a square are listed under the map.
 */
@Named
@RequestScoped
public class MapPage {

  private static final String LAYOUT = "/org/ictindex/publicweb/map/provinces-tile-grid.csv";
  private static final Map<String, Square> SQUARES = readLayout();

  /** Where a unit sits on the grid and its short label. */
  record Square(String code, int row, int column, String label) {}

  /** One square as drawn: position, label, rank, class and the sentence read out for it. */
  public record Tile(
      String unitCode,
      int row,
      int column,
      String label,
      String rank,
      String colourClass,
      String description) {}

  /** A class with the colour of its squares. */
  public record Legend(String name, String colourClass) {}

  @Inject private FacesContext faces;
  @Inject private CurrentLanguage language;
  @Inject private PublishedRevisions pages;

  private PublishedRevision year;
  private String group;
  private String node = Node.TOTAL;
  private final List<Tile> tiles = new ArrayList<>();
  private final List<UnitAtNode> offTheMap = new ArrayList<>();

  /** Reads the year, group and node named by the address; unknown ones are a 404. */
  public void load() throws IOException {
    ExternalContext external = faces.getExternalContext();
    Map<String, String> parameters = external.getRequestParameterMap();
    String yearText = parameters.get("year");
    Optional<PublishedRevision> published =
        yearText != null && yearText.matches("\\d{4}")
            ? pages.year(Integer.parseInt(yearText))
            : Optional.empty();
    String nodeCode = parameters.getOrDefault("node", Node.TOTAL);
    if (published.isEmpty()
        || published.get().group(parameters.get("group")).isEmpty()
        || !published.get().nodeCodesOf(parameters.get("group")).contains(nodeCode)) {
      external.responseSendError(404, "Not found");
      faces.responseComplete();
      return;
    }
    year = published.get();
    group = parameters.get("group");
    node = nodeCode;
    place();
  }

  private void place() {
    String lang = language.getCode();
    List<String> classOrder = year.framework().classes().stream().map(RatingClass::code).toList();
    for (UnitAtNode unit : year.atNode(group, node)) {
      Square square = SQUARES.get(unit.unitCode());
      if (square == null) {
        offTheMap.add(unit);
        continue;
      }
      NodeResult result = unit.result();
      String className =
          result.classCode() == null ? null : year.className(result.classCode()).in(lang);
      String rank = result.isRanked() ? result.rank() + "/" + result.of() : "–";
      String status =
          result.isRanked()
              ? rank + (className == null ? "" : ", " + className)
              : ("en".equals(lang) ? "incomplete data" : "thiếu dữ liệu");
      tiles.add(
          new Tile(
              unit.unitCode(),
              square.row() + 1,
              square.column() + 1,
              square.label(),
              result.isRanked() ? Integer.toString(result.rank()) : "–",
              result.classCode() == null
                  ? "tile-none"
                  : "tile-class-" + classOrder.indexOf(result.classCode()),
              unit.name().in(lang) + ": " + status));
    }
  }

  private static Map<String, Square> readLayout() {
    try (InputStream in = MapPage.class.getResourceAsStream(LAYOUT);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return reader
          .lines()
          .skip(1)
          .map(line -> line.split(","))
          .map(
              cells ->
                  new Square(
                      cells[0], Integer.parseInt(cells[1]), Integer.parseInt(cells[2]), cells[3]))
          .collect(Collectors.toUnmodifiableMap(Square::code, Function.identity()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public PublishedRevision getYear() {
    return year;
  }

  public String getGroup() {
    return group;
  }

  public String getGroupName() {
    return year.group(group).orElseThrow().name().in(language.getCode());
  }

  public String getNodeName() {
    return year.nodeName(node).in(language.getCode());
  }

  public List<Tile> getTiles() {
    return tiles;
  }

  /** The names of the group's units that have no square, joined for a sentence. */
  public String getOffTheMap() {
    return offTheMap.stream()
        .map(unit -> unit.name().in(language.getCode()))
        .collect(Collectors.joining(", "));
  }

  public List<Legend> getLegend() {
    List<RatingClass> classes = year.framework().classes();
    List<Legend> legend = new ArrayList<>();
    for (int i = 0; i < classes.size(); i++) {
      legend.add(new Legend(classes.get(i).name().in(language.getCode()), "tile-class-" + i));
    }
    return legend;
  }
}
