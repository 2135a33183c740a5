package org.ictindex.scoring.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.scoring.results.SampleResults.decimal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ictindex.scoring.model.ClassShare;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.GroupStatistics;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.NodeResult;
import org.ictindex.scoring.model.UnitResult;
import org.junit.jupiter.api.Test;

class ResultsComparisonTest {

  @Test
  void equalResultsMatchAndSayWhatWasChecked() {
    ResultsComparison comparison =
        ResultsComparison.compare(SampleResults.results(), SampleResults.results());

    assertThat(comparison.matches()).isTrue();
    assertThat(comparison.unitsChecked()).isEqualTo(2);
    // year 1 + 3 node results × 12 figures + statistics 3 + 5 + 9 (provinces) + 5 (ministries)
    assertThat(comparison.figuresChecked()).isEqualTo(59);
  }

  @Test
  void numbersAreComparedByValueNotByText() {
    CycleResults sameValue = withProvinceTotal(total -> withScore(total, decimal("26.500000")));

    assertThat(ResultsComparison.compare(SampleResults.results(), sameValue).matches()).isTrue();
  }

  @Test
  void aDifferentFigureIsOneLineNamingUnitNodeAndField() {
    CycleResults changed = withProvinceTotal(total -> withScore(total, decimal("26.4")));

    assertThat(ResultsComparison.compare(SampleResults.results(), changed).differences())
        .containsExactly("01/TOTAL/score: expected 26.5, got 26.4");
  }

  @Test
  void aFigureThatAppearsOrDisappearsIsADifference() {
    UnitResult province = SampleResults.province();
    NodeResult ht = province.node("HT").orElseThrow();
    NodeResult withChange =
        new NodeResult(
            ht.code(),
            ht.depth(),
            ht.score(),
            ht.max(),
            ht.percent(),
            ht.rank(),
            ht.of(),
            ht.classCode(),
            3,
            4,
            ht.predecessorRanks(),
            ht.uncertainty());
    CycleResults changed =
        new CycleResults(
            2013,
            List.of(
                SampleResults.ministry(),
                new UnitResult(
                    province.unitCode(),
                    province.groupCode(),
                    province.name(),
                    List.of(province.total(), withChange))),
            SampleResults.statistics());

    assertThat(ResultsComparison.compare(SampleResults.results(), changed).differences())
        .containsExactly(
            "01/HT/change: expected null, got 3", "01/HT/previousRank: expected null, got 4");
  }

  @Test
  void missingAndExtraUnitsAreDifferences() {
    UnitResult stranger =
        new UnitResult("99", "PROVINCE", new LocalizedText("Lạ", null), List.of());
    CycleResults changed =
        new CycleResults(
            2013, List.of(SampleResults.province(), stranger), SampleResults.statistics());

    assertThat(ResultsComparison.compare(SampleResults.results(), changed).differences())
        .containsExactly("BKH: expected the unit, got none", "99: expected no such unit, got one");
  }

  @Test
  void aMissingNodeIsADifference() {
    UnitResult province = SampleResults.province();
    CycleResults changed =
        new CycleResults(
            2013,
            List.of(
                SampleResults.ministry(),
                new UnitResult(
                    province.unitCode(),
                    province.groupCode(),
                    province.name(),
                    List.of(province.total()))),
            SampleResults.statistics());

    assertThat(ResultsComparison.compare(SampleResults.results(), changed).differences())
        .containsExactly("01/HT: expected the node, got none");
  }

  @Test
  void unitNamesAndGroupsAreCompared() {
    UnitResult province = SampleResults.province();
    CycleResults changed =
        new CycleResults(
            2013,
            List.of(
                SampleResults.ministry(),
                new UnitResult(
                    "01", "MINISTRY", new LocalizedText("Hà Nội", "Hanoi"), province.nodes())),
            SampleResults.statistics());

    assertThat(ResultsComparison.compare(SampleResults.results(), changed).differences())
        .containsExactly(
            "01/group: expected PROVINCE, got MINISTRY", "01/nameEn: expected Ha Noi, got Hanoi");
  }

  @Test
  void aDifferentStatisticIsOneLineNamingGroupListAndEntry() {
    Map<String, GroupStatistics> statistics = new HashMap<>(SampleResults.statistics());
    GroupStatistics provinces = statistics.get("PROVINCE");
    statistics.put(
        "PROVINCE",
        new GroupStatistics(
            "PROVINCE",
            List.of(new ClassShare("TOTAL", "YEU", 2, decimal("100"), null)),
            provinces.nodes(),
            provinces.indicators()));
    CycleResults changed = new CycleResults(2013, SampleResults.results().units(), statistics);

    assertThat(ResultsComparison.compare(SampleResults.results(), changed).differences())
        .containsExactly(
            "statistics/PROVINCE/classes/TOTAL/YEU/shareChange: expected -33.3, got null");
  }

  @Test
  void aDifferentYearIsADifference() {
    CycleResults results = SampleResults.results();
    CycleResults nextYear = new CycleResults(2014, results.units(), results.statistics());

    assertThat(ResultsComparison.compare(results, nextYear).differences())
        .containsExactly("year: expected 2013, got 2014");
  }

  private interface NodeChange {
    NodeResult apply(NodeResult node);
  }

  private static CycleResults withProvinceTotal(NodeChange change) {
    UnitResult province = SampleResults.province();
    List<NodeResult> nodes = new ArrayList<>(province.nodes());
    nodes.set(0, change.apply(nodes.get(0)));
    return new CycleResults(
        2013,
        List.of(
            SampleResults.ministry(),
            new UnitResult(province.unitCode(), province.groupCode(), province.name(), nodes)),
        SampleResults.statistics());
  }

  private static NodeResult withScore(NodeResult node, BigDecimal score) {
    return new NodeResult(
        node.code(),
        node.depth(),
        score,
        node.max(),
        node.percent(),
        node.rank(),
        node.of(),
        node.classCode(),
        node.change(),
        node.previousRank(),
        node.predecessorRanks(),
        node.uncertainty());
  }
}
