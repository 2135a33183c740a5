package org.ictindex.scoring.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ictindex.scoring.json.CanonicalJson;
import org.ictindex.scoring.model.ClassShare;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.GroupStatistics;
import org.ictindex.scoring.model.IndicatorStatistics;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.NodeStatistics;
import org.ictindex.scoring.model.PredecessorRank;
import org.ictindex.scoring.model.RankInterval;
import org.ictindex.scoring.model.UnitResult;

/**
 * The results of a cycle as JSON: {@code {"year", "units", "statistics"}}, where each unit has the
 * shape of the public {@code GET /api/v1/cycles/{year}/units/{unitCode}} answer and each group's
 * statistics that of {@code GET /api/v1/cycles/{year}/statistics/{group}}.
 *
 * <p>The text is canonical (see {@link CanonicalJson}) so that a publication can be frozen by its
 * SHA-256: keys in a fixed order; units in the order of units.csv, each with TOTAL first and then
 * its nodes in tree order; statistics by group in the order of the framework's groups; figures as
 * JSON numbers in plain notation with trailing zeros stripped ({@code 12.5}, {@code 60}); absent
 * figures as {@code null}; {@code predecessorRanks} only when a unit has some and {@code
 * rankMedian}, {@code rankQ5}, {@code rankQ95} only where rank intervals were computed; UTF-8,
 * {@code \n} line ends.
 */
public final class ResultsJson {

  /** The name of the implicit root node TOTAL. */
  public static final LocalizedText TOTAL_NAME = new LocalizedText("Tổng điểm", "Total");

  /** Units are the items of the top-level object's "units" list. */
  private static final int UNIT_DEPTH = 2;

  private static final String UNIT_INDENT = "    ";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private ResultsJson() {}

  /** Writes the results of the package's cycle in canonical form. */
  public static String write(CyclePackage cycle, CycleResults results) {
    StringWriter out = new StringWriter();
    try {
      write(cycle, results, out);
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
    return out.toString();
  }

  /**
   * Writes the same text to a stream a unit at a time, so that a year of any size needs memory for
   * the text of one unit only.
   */
  public static void write(CyclePackage cycle, CycleResults results, Writer out)
      throws IOException {
    ResultsLayout layout = new ResultsLayout(cycle);
    out.write("{\n  \"year\": " + results.year() + ",\n  \"units\": ");
    List<UnitResult> units = layout.units(results);
    if (units.isEmpty()) {
      out.write("[]");
    } else {
      out.write("[\n");
      for (int i = 0; i < units.size(); i++) {
        out.write(UNIT_INDENT);
        out.write(CanonicalJson.writeNested(unit(units.get(i), layout::nodeName), UNIT_DEPTH));
        out.write(i + 1 < units.size() ? ",\n" : "\n");
      }
      out.write("  ]");
    }
    Map<String, Object> statistics = new LinkedHashMap<>();
    layout
        .statistics(results)
        .forEach((group, figures) -> statistics.put(group, statistics(figures)));
    out.write(",\n  \"statistics\": ");
    out.write(CanonicalJson.writeNested(statistics, 1));
    out.write("\n}\n");
  }

  /**
   * A unit in the shape of its entry in the text (and of the public API's unit answer): keys in
   * their order, figures in canonical form.
   *
   * @param nodeNames the name of TOTAL or of a node of the framework, by code
   */
  public static Map<String, Object> unit(
      UnitResult unit, Function<String, LocalizedText> nodeNames) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("unitCode", unit.unitCode());
    json.put("nameVi", unit.name().vi());
    json.put("nameEn", unit.name().english());
    json.put("group", unit.groupCode());
    json.put("nodes", unit.nodes().stream().map(node -> node(node, nodeNames)).toList());
    return json;
  }

  private static Map<String, Object> node(
      NodeResult node, Function<String, LocalizedText> nodeNames) {
    LocalizedText name = nodeNames.apply(node.code());
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", node.code());
    json.put("nameVi", name.vi());
    json.put("nameEn", name.english());
    json.put("depth", node.depth());
    json.put("rank", node.rank());
    json.put("of", node.of());
    json.put("score", ResultsLayout.figure(node.score()));
    json.put("max", ResultsLayout.figure(node.max()));
    json.put("percent", ResultsLayout.figure(node.percent()));
    json.put("classCode", node.classCode());
    json.put("change", node.change());
    json.put("previousRank", node.previousRank());
    if (!node.predecessorRanks().isEmpty()) {
      List<Object> predecessors = new ArrayList<>();
      for (PredecessorRank predecessor : node.predecessorRanks()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("unitCode", predecessor.unitCode());
        entry.put("rank", predecessor.rank());
        entry.put("of", predecessor.of());
        predecessors.add(entry);
      }
      json.put("predecessorRanks", predecessors);
    }
    if (node.uncertainty() != null) {
      json.put("rankMedian", node.uncertainty().median());
      json.put("rankQ5", node.uncertainty().q5());
      json.put("rankQ95", node.uncertainty().q95());
    }
    return json;
  }

  /**
   * A group's statistics in the shape of their entry in the text (and of the public API's
   * statistics answer): keys in their order, figures in canonical form.
   */
  public static Map<String, Object> statistics(GroupStatistics statistics) {
    Map<String, Object> json = new LinkedHashMap<>();
    List<Object> classes = new ArrayList<>();
    for (ClassShare share : statistics.classes()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("node", share.node());
      entry.put("classCode", share.classCode());
      entry.put("count", share.count());
      entry.put("share", ResultsLayout.figure(share.share()));
      entry.put("shareChange", ResultsLayout.figure(share.shareChange()));
      classes.add(entry);
    }
    json.put("classes", classes);
    List<Object> indicators = new ArrayList<>();
    for (IndicatorStatistics indicator : statistics.indicators()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("code", indicator.code());
      entry.put("reporting", indicator.reporting());
      entry.put("positive", indicator.positive());
      entry.put("sum", ResultsLayout.figure(indicator.sum()));
      entry.put("mean", ResultsLayout.figure(indicator.mean()));
      entry.put("median", ResultsLayout.figure(indicator.median()));
      entry.put("min", ResultsLayout.figure(indicator.min()));
      entry.put("max", ResultsLayout.figure(indicator.max()));
      entry.put("positiveChange", indicator.positiveChange());
      entry.put("sumChange", ResultsLayout.figure(indicator.sumChange()));
      indicators.add(entry);
    }
    json.put("indicators", indicators);
    List<Object> nodes = new ArrayList<>();
    for (NodeStatistics node : statistics.nodes()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("node", node.node());
      entry.put("ranked", node.ranked());
      entry.put("meanPercent", ResultsLayout.figure(node.meanPercent()));
      entry.put("medianPercent", ResultsLayout.figure(node.medianPercent()));
      entry.put("minPercent", ResultsLayout.figure(node.minPercent()));
      entry.put("maxPercent", ResultsLayout.figure(node.maxPercent()));
      nodes.add(entry);
    }
    json.put("nodes", nodes);
    return json;
  }

  /**
   * Reads results written in this shape. Node names are not read back (they come from the
   * framework); a figure that is absent reads as null.
   *
   * @throws ResultsFormatException when the text is not JSON of this shape
   */
  public static CycleResults read(String json) {
    return read(() -> MAPPER.readTree(json));
  }

  /**
   * Reads results written in this shape from UTF-8 bytes.
   *
   * @throws ResultsFormatException when the text is not JSON of this shape
   * @throws UncheckedIOException when the stream cannot be read
   */
  public static CycleResults read(InputStream json) {
    return read(() -> MAPPER.readTree(json));
  }

  private interface JsonSource {
    JsonNode parse() throws IOException;
  }

  private static CycleResults read(JsonSource source) {
    JsonNode root;
    try {
      root = source.parse();
    } catch (JsonProcessingException notJson) {
      throw new ResultsFormatException(
          "not valid JSON at line %d, column %d: %s"
              .formatted(
                  notJson.getLocation() == null ? 0 : notJson.getLocation().getLineNr(),
                  notJson.getLocation() == null ? 0 : notJson.getLocation().getColumnNr(),
                  notJson.getOriginalMessage()));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    if (root == null || !root.isObject()) {
      throw new ResultsFormatException("the results must be a JSON object");
    }
    int year = requiredInt(root, "year", "");
    List<UnitResult> units = new ArrayList<>();
    JsonNode unitsJson = requiredArray(root, "units", "");
    for (int i = 0; i < unitsJson.size(); i++) {
      units.add(readUnit(unitsJson.get(i), "units[" + i + "]"));
    }
    Map<String, GroupStatistics> statistics = new LinkedHashMap<>();
    JsonNode statisticsJson = root.path("statistics");
    if (!statisticsJson.isMissingNode() && !statisticsJson.isObject()) {
      throw new ResultsFormatException("statistics must be an object");
    }
    for (Map.Entry<String, JsonNode> group : statisticsJson.properties()) {
      String path = "statistics." + group.getKey();
      statistics.put(group.getKey(), readStatistics(group.getKey(), group.getValue(), path));
    }
    return new CycleResults(year, units, statistics);
  }

  private static UnitResult readUnit(JsonNode json, String path) {
    String code = requiredText(json, "unitCode", path);
    LocalizedText name =
        new LocalizedText(requiredText(json, "nameVi", path), text(json, "nameEn", path));
    List<NodeResult> nodes = new ArrayList<>();
    JsonNode nodesJson = requiredArray(json, "nodes", path);
    for (int i = 0; i < nodesJson.size(); i++) {
      nodes.add(readNode(nodesJson.get(i), path + ".nodes[" + i + "]"));
    }
    return new UnitResult(code, requiredText(json, "group", path), name, nodes);
  }

  private static NodeResult readNode(JsonNode json, String path) {
    List<PredecessorRank> predecessors = new ArrayList<>();
    JsonNode predecessorsJson = json.path("predecessorRanks");
    for (int i = 0; i < predecessorsJson.size(); i++) {
      JsonNode predecessor = predecessorsJson.get(i);
      String at = path + ".predecessorRanks[" + i + "]";
      predecessors.add(
          new PredecessorRank(
              requiredText(predecessor, "unitCode", at),
              requiredInt(predecessor, "rank", at),
              requiredInt(predecessor, "of", at)));
    }
    Integer median = integer(json, "rankMedian", path);
    RankInterval uncertainty =
        median == null
            ? null
            : new RankInterval(
                median, requiredInt(json, "rankQ5", path), requiredInt(json, "rankQ95", path));
    return new NodeResult(
        requiredText(json, "code", path),
        requiredInt(json, "depth", path),
        decimal(json, "score", path),
        decimal(json, "max", path),
        decimal(json, "percent", path),
        integer(json, "rank", path),
        integer(json, "of", path),
        text(json, "classCode", path),
        integer(json, "change", path),
        integer(json, "previousRank", path),
        predecessors,
        uncertainty);
  }

  /**
   * Reads one group's statistics, the value of {@code statistics.<group>}, from its JSON tree (read
   * with big decimals for floats).
   *
   * @throws ResultsFormatException when the tree is not of this shape
   */
  public static GroupStatistics readStatistics(String group, JsonNode json) {
    return readStatistics(group, json, "statistics." + group);
  }

  private static GroupStatistics readStatistics(String group, JsonNode json, String path) {
    List<ClassShare> classes = new ArrayList<>();
    JsonNode classesJson = json.path("classes");
    for (int i = 0; i < classesJson.size(); i++) {
      JsonNode entry = classesJson.get(i);
      String at = path + ".classes[" + i + "]";
      classes.add(
          new ClassShare(
              requiredText(entry, "node", at),
              requiredText(entry, "classCode", at),
              requiredInt(entry, "count", at),
              decimal(entry, "share", at),
              decimal(entry, "shareChange", at)));
    }
    List<NodeStatistics> nodes = new ArrayList<>();
    JsonNode nodesJson = json.path("nodes");
    for (int i = 0; i < nodesJson.size(); i++) {
      JsonNode entry = nodesJson.get(i);
      String at = path + ".nodes[" + i + "]";
      nodes.add(
          new NodeStatistics(
              requiredText(entry, "node", at),
              requiredInt(entry, "ranked", at),
              decimal(entry, "meanPercent", at),
              decimal(entry, "medianPercent", at),
              decimal(entry, "minPercent", at),
              decimal(entry, "maxPercent", at)));
    }
    List<IndicatorStatistics> indicators = new ArrayList<>();
    JsonNode indicatorsJson = json.path("indicators");
    for (int i = 0; i < indicatorsJson.size(); i++) {
      JsonNode entry = indicatorsJson.get(i);
      String at = path + ".indicators[" + i + "]";
      indicators.add(
          new IndicatorStatistics(
              requiredText(entry, "code", at),
              requiredInt(entry, "reporting", at),
              requiredInt(entry, "positive", at),
              decimal(entry, "sum", at),
              decimal(entry, "mean", at),
              decimal(entry, "median", at),
              decimal(entry, "min", at),
              decimal(entry, "max", at),
              integer(entry, "positiveChange", at),
              decimal(entry, "sumChange", at)));
    }
    return new GroupStatistics(group, classes, nodes, indicators);
  }

  private static JsonNode requiredArray(JsonNode json, String field, String path) {
    JsonNode value = json.path(field);
    if (!value.isArray()) {
      throw new ResultsFormatException(where(path, field) + " must be a list");
    }
    return value;
  }

  private static String requiredText(JsonNode json, String field, String path) {
    String text = text(json, field, path);
    if (text == null) {
      throw new ResultsFormatException(where(path, field) + " is missing");
    }
    return text;
  }

  private static int requiredInt(JsonNode json, String field, String path) {
    Integer value = integer(json, field, path);
    if (value == null) {
      throw new ResultsFormatException(where(path, field) + " is missing");
    }
    return value;
  }

  private static String text(JsonNode json, String field, String path) {
    JsonNode value = json.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new ResultsFormatException(where(path, field) + " must be a string");
    }
    return value.textValue();
  }

  private static Integer integer(JsonNode json, String field, String path) {
    JsonNode value = json.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw new ResultsFormatException(where(path, field) + " must be a whole number");
    }
    return value.intValue();
  }

  private static BigDecimal decimal(JsonNode json, String field, String path) {
    JsonNode value = json.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      throw new ResultsFormatException(where(path, field) + " must be a number");
    }
    return value.decimalValue();
  }

  private static String where(String path, String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
