package org.ictindex.domain.published;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ictindex.scoring.model.GroupStatistics;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.PredecessorRank;
import org.ictindex.scoring.model.RankInterval;
import org.ictindex.scoring.results.ResultsFormatException;
import org.ictindex.scoring.results.ResultsJson;

/**
 * A revision's stored results text (the shape of {@link ResultsJson}) read in one pass, token by
 * token: each unit's figures go straight into {@link Cells}, and no tree of the text is built. The
 * node names, which the text repeats for every unit, are skipped: they are the framework's.
 *
 * <p>Every unit of a group has the same nodes in the same order (TOTAL, then its group's nodes in
 * tree order), so a unit's figures are one run of slots from {@link #offset(int)}, and a node's
 * place in that run is its place in the group's list of nodes.
 */
final class StreamedResults {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  final List<String> groupCodes = new ArrayList<>();
  final List<List<String>> nodesOfGroup = new ArrayList<>();
  final List<Map<String, Integer>> nodePlaceOfGroup = new ArrayList<>();
  final List<String> classCodes = new ArrayList<>();
  final Map<String, GroupStatistics> statistics = new LinkedHashMap<>();
  final Cells cells;
  String[] unitCodes;
  LocalizedText[] unitNames;
  int[] unitGroup;
  int[] unitOffset;
  int unitCount;
  int year;

  private StreamedResults(int expectedSlots) {
    cells = new Cells(expectedSlots);
    unitCodes = new String[64];
    unitNames = new LocalizedText[64];
    unitGroup = new int[64];
    unitOffset = new int[64];
  }

  int offset(int unit) {
    return unitOffset[unit];
  }

  /**
   * Reads the text.
   *
   * @param expectedSlots room to reserve for the (unit, node) pairs, to spare copies as they grow
   * @throws ResultsFormatException when the text is not of the results' shape
   */
  static StreamedResults read(InputStream text, int expectedSlots) throws IOException {
    StreamedResults results = new StreamedResults(expectedSlots);
    try (JsonParser parser = JSON.getFactory().createParser(text)) {
      parser.setCodec(JSON);
      expect(parser.nextToken(), JsonToken.START_OBJECT, "the results");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "year" -> results.year = parser.getIntValue();
          case "units" -> {
            expect(value, JsonToken.START_ARRAY, "units");
            while (parser.nextToken() == JsonToken.START_OBJECT) {
              results.readUnit(parser);
            }
          }
          case "statistics" -> {
            JsonNode tree = parser.readValueAsTree();
            tree.properties()
                .forEach(
                    group ->
                        results.statistics.put(
                            group.getKey(),
                            ResultsJson.readStatistics(group.getKey(), group.getValue())));
          }
          default -> parser.skipChildren();
        }
      }
    }
    results.cells.trim();
    return results;
  }

  private void readUnit(JsonParser parser) throws IOException {
    String code = null;
    String nameVi = null;
    String nameEn = null;
    int group = -1;
    boolean hasNodes = false;
    int unit = unitCount;
    if (unit == unitCodes.length) {
      int capacity = unit * 2;
      unitCodes = Arrays.copyOf(unitCodes, capacity);
      unitNames = Arrays.copyOf(unitNames, capacity);
      unitGroup = Arrays.copyOf(unitGroup, capacity);
      unitOffset = Arrays.copyOf(unitOffset, capacity);
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "unitCode" -> code = parser.getText();
        case "nameVi" -> nameVi = parser.getText();
        case "nameEn" -> nameEn = value == JsonToken.VALUE_NULL ? null : parser.getText();
        case "group" -> group = groupIndex(parser.getText());
        case "nodes" -> {
          if (code == null || group < 0) {
            throw new ResultsFormatException(
                "units[" + unit + "] must name its code and group before its nodes");
          }
          expect(value, JsonToken.START_ARRAY, "units[" + unit + "].nodes");
          readNodes(parser, unit, code, group);
          hasNodes = true;
        }
        default -> parser.skipChildren();
      }
    }
    if (code == null || nameVi == null || !hasNodes) {
      throw new ResultsFormatException("units[" + unit + "] lacks its code, name or nodes");
    }
    unitCodes[unit] = code;
    unitNames[unit] = new LocalizedText(nameVi, nameEn);
    unitGroup[unit] = group;
    unitCount++;
  }

  private void readNodes(JsonParser parser, int unit, String unitCode, int group)
      throws IOException {
    List<String> groupNodes = nodesOfGroup.get(group);
    boolean firstOfGroup = groupNodes.isEmpty();
    int place = 0;
    int first = cells.size();
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      String code = readNode(parser);
      if (firstOfGroup) {
        nodePlaceOfGroup.get(group).put(code, groupNodes.size());
        groupNodes.add(code);
      } else if (place >= groupNodes.size() || !groupNodes.get(place).equals(code)) {
        throw new ResultsFormatException(
            "the unit " + unitCode + " does not have the nodes of the other units of its group");
      }
      place++;
    }
    if (place != groupNodes.size()) {
      throw new ResultsFormatException(
          "the unit " + unitCode + " does not have the nodes of the other units of its group");
    }
    unitOffset[unit] = first;
  }

  /** Reads one node's figures into the next slot and answers its code. */
  private String readNode(JsonParser parser) throws IOException {
    String code = null;
    int depth = 0;
    Integer rank = null;
    Integer of = null;
    BigDecimal score = null;
    BigDecimal max = null;
    BigDecimal percent = null;
    int classIndex = -1;
    Integer change = null;
    Integer previousRank = null;
    List<PredecessorRank> predecessors = List.of();
    Integer median = null;
    Integer q5 = null;
    Integer q95 = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      boolean absent = value == JsonToken.VALUE_NULL;
      switch (field) {
        case "code" -> code = parser.getText();
        case "depth" -> depth = parser.getIntValue();
        case "rank" -> rank = absent ? null : parser.getIntValue();
        case "of" -> of = absent ? null : parser.getIntValue();
        case "score" -> score = absent ? null : parser.getDecimalValue();
        case "max" -> max = absent ? null : parser.getDecimalValue();
        case "percent" -> percent = absent ? null : parser.getDecimalValue();
        case "classCode" -> classIndex = absent ? -1 : classIndex(parser.getText());
        case "change" -> change = absent ? null : parser.getIntValue();
        case "previousRank" -> previousRank = absent ? null : parser.getIntValue();
        case "predecessorRanks" -> predecessors = readPredecessors(parser);
        case "rankMedian" -> median = absent ? null : parser.getIntValue();
        case "rankQ5" -> q5 = absent ? null : parser.getIntValue();
        case "rankQ95" -> q95 = absent ? null : parser.getIntValue();
        // The node's names are the framework's, repeated in every unit: skipped unread.
        default -> parser.skipChildren();
      }
    }
    if (code == null) {
      throw new ResultsFormatException("a node of the results has no code");
    }
    RankInterval interval =
        median == null || q5 == null || q95 == null ? null : new RankInterval(median, q5, q95);
    cells.add(
        depth,
        rank,
        of,
        score,
        max,
        percent,
        classIndex,
        change,
        previousRank,
        predecessors,
        interval);
    return code;
  }

  private static List<PredecessorRank> readPredecessors(JsonParser parser) throws IOException {
    List<PredecessorRank> predecessors = new ArrayList<>();
    JsonNode list = parser.readValueAsTree();
    for (JsonNode entry : list) {
      predecessors.add(
          new PredecessorRank(
              entry.path("unitCode").asText(),
              entry.path("rank").asInt(),
              entry.path("of").asInt()));
    }
    return predecessors;
  }

  private final Map<String, Integer> groupIndexes = new HashMap<>();

  private int groupIndex(String code) {
    return groupIndexes.computeIfAbsent(
        code,
        added -> {
          groupCodes.add(added);
          nodesOfGroup.add(new ArrayList<>());
          nodePlaceOfGroup.add(new HashMap<>());
          return groupCodes.size() - 1;
        });
  }

  private int classIndex(String code) {
    int index = classCodes.indexOf(code);
    if (index < 0) {
      classCodes.add(code);
      index = classCodes.size() - 1;
    }
    return index;
  }

  private static void expect(JsonToken actual, JsonToken wanted, String what) {
    if (actual != wanted) {
      throw new ResultsFormatException(
          what + " must be " + (wanted == JsonToken.START_ARRAY ? "a list" : "an object"));
    }
  }
}
