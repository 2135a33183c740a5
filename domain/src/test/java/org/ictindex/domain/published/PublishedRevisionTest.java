package org.ictindex.domain.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ictindex.domain.published.PublishedRevision.UnitAtNode;
import org.ictindex.scoring.model.ClassShare;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.GroupStatistics;
import org.ictindex.scoring.model.IndicatorStatistics;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.MissingPolicy;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.NodeStatistics;
import org.ictindex.scoring.model.PredecessorRank;
import org.ictindex.scoring.model.RankInterval;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;
import org.ictindex.scoring.model.UnitResult;
import org.ictindex.scoring.results.ResultsFormatException;
import org.ictindex.scoring.results.ResultsJson;
import org.junit.jupiter.api.Test;

class PublishedRevisionTest {

  private static final Framework FRAMEWORK =
      new Framework(
          "F",
          2030,
          new LocalizedText("Khung", "Framework"),
          MissingPolicy.EXCLUDE,
          List.of(
              new UnitGroup("PROVINCE", new LocalizedText("Tỉnh", "Provinces")),
              new UnitGroup("MINISTRY", new LocalizedText("Bộ", "Ministries"))),
          List.of(
              new RatingClass("TOT", new LocalizedText("Tốt", "Good"), new BigDecimal("80")),
              new RatingClass("YEU", new LocalizedText("Yếu", "Weak"), BigDecimal.ZERO)),
          List.of(
              node("A", Set.of()),
              // Only the provinces have B: the ministries' units have fewer nodes.
              node("B", Set.of("PROVINCE"))));

  /** Province units in package order; HN, DN and HP tie at rank 2 at TOTAL. */
  private static final List<UnitResult> UNITS =
      List.of(
          province("P1", "Cần Thơ", 1, "91.2345", "TOT"),
          province("HN", "Hà Nội", 2, "75", "YEU"),
          province("DN", "Đà Nẵng", 2, "75", "YEU"),
          province("P4", "An Giang", null, null, null),
          province("HP", "Hà Nội", 2, "75", "YEU"),
          ministry("M1", "Bộ Tài chính"));

  @Test
  void aUnitReadsBackWithEveryFigureItWasWrittenWith() throws IOException {
    PublishedRevision revision = revision();

    for (UnitResult unit : UNITS) {
      assertThat(revision.unit(unit.unitCode())).contains(unit);
    }
    assertThat(revision.unit("NOPE")).isEmpty();
    assertThat(revision.unitName("DN")).contains(new LocalizedText("Đà Nẵng", "Đà Nẵng en"));
  }

  @Test
  void equalRanksAreInVietnameseAlphabeticalOrderThenPackageOrderAndUnrankedUnitsLast()
      throws IOException {
    List<String> ranking =
        revision().ranking("PROVINCE", Node.TOTAL).stream().map(UnitAtNode::unitCode).toList();

    // Đ comes after D and before H in Vietnamese, though after every Latin letter in Unicode;
    // HN and HP have the same name and keep the order of the package.
    assertThat(ranking).containsExactly("P1", "DN", "HN", "HP", "P4");
  }

  @Test
  void theSameOrderHoldsAtEveryNode() throws IOException {
    List<String> ranking =
        revision().ranking("PROVINCE", "B").stream().map(UnitAtNode::unitCode).toList();

    assertThat(ranking).containsExactly("P1", "DN", "HN", "HP", "P4");
  }

  @Test
  void aGroupAtANodeIsItsUnitsInPackageOrderWithTheirFiguresThere() throws IOException {
    List<UnitAtNode> atB = revision().atNode("PROVINCE", "B");

    assertThat(atB).extracting(UnitAtNode::unitCode).containsExactly("P1", "HN", "DN", "P4", "HP");
    assertThat(atB.get(0).result()).isEqualTo(UNITS.get(0).node("B").orElseThrow());
    assertThat(revision().atNode("MINISTRY", "B")).isEmpty();
    assertThat(revision().ranking("NOPE", Node.TOTAL)).isEmpty();
  }

  @Test
  void everyUnitIsListedWithItsTotal() throws IOException {
    List<UnitAtNode> units = revision().units();

    assertThat(units)
        .extracting(UnitAtNode::unitCode)
        .containsExactly("P1", "HN", "DN", "P4", "HP", "M1");
    assertThat(units.get(0).result()).isEqualTo(UNITS.get(0).total());
  }

  @Test
  void statisticsAreKeptByGroup() throws IOException {
    assertThat(revision().statistics("PROVINCE")).contains(statistics("PROVINCE"));
    assertThat(revision().statistics("NOPE")).isEmpty();
  }

  @Test
  void aUnitWithoutTheNodesOfItsGroupIsRefused() {
    // The first province's B becomes a second A: the next province has other nodes than it.
    String text =
        ResultsJson.write(cyclePackage(), results())
            .replaceFirst("\"code\": \"B\"", "\"code\": \"A\"");

    assertThatThrownBy(() -> StreamedResults.read(stream(text), 4))
        .isInstanceOf(ResultsFormatException.class)
        .hasMessageContaining("HN");
  }

  /**
   * The open-data API once answered with the stored text's own JSON trees, read with exact
   * decimals; it now serialises the read model. Both must give the same bytes.
   */
  @Test
  void unitsAndStatisticsSerialiseToTheBytesOfTheStoredText() throws IOException {
    PublishedRevision revision = revision();
    JsonNode stored =
        JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build()
            .readTree(ResultsJson.write(cyclePackage(), results()));
    ObjectMapper answers =
        JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    for (JsonNode unit : stored.get("units")) {
      UnitResult read = revision.unit(unit.get("unitCode").asText()).orElseThrow();
      assertThat(answers.writeValueAsString(ResultsJson.unit(read, revision::nodeName)))
          .isEqualTo(answers.writeValueAsString(unit));
    }
    for (String group : List.of("PROVINCE", "MINISTRY")) {
      assertThat(
              answers.writeValueAsString(
                  ResultsJson.statistics(revision.statistics(group).orElseThrow())))
          .isEqualTo(answers.writeValueAsString(stored.get("statistics").get(group)));
    }
  }

  @Test
  void figuresThatDoNotFitALongAreKeptWhole() {
    Cells cells = new Cells(1);
    BigDecimal huge = new BigDecimal("123456789012345678901234567890.1234");

    int slot =
        cells.add(1, null, null, huge, null, BigDecimal.ZERO, -1, null, null, List.of(), null);

    assertThat(cells.score(slot)).isEqualTo(huge);
    assertThat(cells.max(slot)).isNull();
    assertThat(cells.percent(slot)).isEqualTo(BigDecimal.ZERO);
    assertThat(cells.rankOrNull(slot)).isNull();
  }

  private static PublishedRevision revision() throws IOException {
    String text = ResultsJson.write(cyclePackage(), results());
    // Little room at first, so that the slots grow while they are read.
    StreamedResults streamed = StreamedResults.read(stream(text), 2);
    return new PublishedRevision(2030, 1, Instant.EPOCH, "p", "r", null, null, FRAMEWORK, streamed);
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static CyclePackage cyclePackage() {
    List<Unit> units = new ArrayList<>();
    for (UnitResult unit : UNITS) {
      units.add(new Unit(unit.unitCode(), unit.groupCode(), unit.name(), List.of()));
    }
    return new CyclePackage(FRAMEWORK, units, List.of());
  }

  private static CycleResults results() {
    return new CycleResults(
        2030,
        UNITS,
        Map.of("PROVINCE", statistics("PROVINCE"), "MINISTRY", statistics("MINISTRY")));
  }

  private static GroupStatistics statistics(String group) {
    return new GroupStatistics(
        group,
        List.of(
            new ClassShare(Node.TOTAL, "TOT", 1, new BigDecimal("0.25"), new BigDecimal("-0.5")),
            new ClassShare(Node.TOTAL, "YEU", 3, new BigDecimal("0.75"), null)),
        List.of(
            new NodeStatistics(
                Node.TOTAL, 4, new BigDecimal("79.1"), new BigDecimal("75"), null, null)),
        List.of(
            new IndicatorStatistics(
                "A",
                5,
                4,
                new BigDecimal("310"),
                new BigDecimal("62.5"),
                new BigDecimal("75"),
                BigDecimal.ZERO,
                new BigDecimal("91.2345"),
                -1,
                null)));
  }

  private static UnitResult province(
      String code, String name, Integer rank, String percent, String classCode) {
    BigDecimal figure = percent == null ? null : new BigDecimal(percent);
    List<PredecessorRank> predecessors =
        code.equals("HN") ? List.of(new PredecessorRank("HT", 3, 63)) : List.of();
    RankInterval interval = rank == null ? null : new RankInterval(rank, 1, rank + 2);
    return new UnitResult(
        code,
        "PROVINCE",
        new LocalizedText(name, name + " en"),
        List.of(
            new NodeResult(
                Node.TOTAL,
                0,
                figure,
                new BigDecimal("100"),
                figure,
                rank,
                rank == null ? null : 4,
                classCode,
                rank == null ? null : -1,
                rank == null ? null : 5,
                predecessors,
                interval),
            result("A", rank, figure),
            result("B", rank, figure)));
  }

  private static UnitResult ministry(String code, String name) {
    return new UnitResult(
        code,
        "MINISTRY",
        new LocalizedText(name, "Ministry of Finance"),
        List.of(
            new NodeResult(
                Node.TOTAL,
                0,
                new BigDecimal("12.5"),
                new BigDecimal("60"),
                new BigDecimal("20.8333"),
                1,
                1,
                null,
                null,
                null,
                List.of(),
                null),
            result("A", 1, new BigDecimal("12.5"))));
  }

  private static NodeResult result(String code, Integer rank, BigDecimal figure) {
    return new NodeResult(
        code,
        1,
        figure,
        new BigDecimal("50"),
        figure,
        rank,
        rank == null ? null : 4,
        null,
        null,
        null,
        List.of(),
        null);
  }

  private static Node node(String code, Set<String> appliesTo) {
    return new Node(
        code, new LocalizedText(code, code), BigDecimal.ONE, appliesTo, null, null, List.of());
  }
}
