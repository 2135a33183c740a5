package org.ictindex.scoring.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ictindex.scoring.engine.TestCycle.MINISTRY;
import static org.ictindex.scoring.engine.TestCycle.PROVINCE;
import static org.ictindex.scoring.engine.TestCycle.bool;
import static org.ictindex.scoring.engine.TestCycle.decimal;
import static org.ictindex.scoring.engine.TestCycle.framework;
import static org.ictindex.scoring.engine.TestCycle.inner;
import static org.ictindex.scoring.engine.TestCycle.leaf;
import static org.ictindex.scoring.engine.TestCycle.linear;
import static org.ictindex.scoring.engine.TestCycle.onlyFor;

import java.util.List;
import org.ictindex.scoring.model.ClassShare;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.GroupStatistics;
import org.ictindex.scoring.model.IndicatorStatistics;
import org.ictindex.scoring.model.NodeStatistics;
import org.junit.jupiter.api.Test;

/** Methodology §7: group statistics. */
class GroupStatisticsTest {

  private static TestCycle percentFramework(int year) {
    return framework(leaf("A", linear("0", "100", "100"))).year(year);
  }

  private static List<ClassShare> shares(CycleResults results, String group, String node) {
    return results.statistics().get(group).classes().stream()
        .filter(share -> share.node().equals(node))
        .toList();
  }

  private static NodeStatistics nodeStatistics(CycleResults results, String group, String node) {
    return results.statistics().get(group).nodes().stream()
        .filter(statistics -> statistics.node().equals(node))
        .findFirst()
        .orElseThrow();
  }

  private static IndicatorStatistics indicator(CycleResults results, String group, String code) {
    return results.statistics().get(group).indicators().stream()
        .filter(statistics -> statistics.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyClassOfEveryNodeHasACountAndAShareOfTheRankedUnitsWithOneDecimal() {
    CycleResults results =
        percentFramework(2024)
            .unitWith("U1", PROVINCE, "A", "90")
            .unitWith("U2", PROVINCE, "A", "70")
            .unitWith("U3", PROVINCE, "A", "10")
            .unitWith("Unranked", PROVINCE, "A", null)
            .compute();

    assertThat(shares(results, PROVINCE, "TOTAL"))
        .extracting(ClassShare::classCode, ClassShare::count, ClassShare::share)
        .containsExactly(
            tuple("TOT", 1, decimal("33.3")),
            tuple("KHA", 1, decimal("33.3")),
            tuple("TB", 0, decimal("0.0")),
            tuple("YEU", 1, decimal("33.3")));
    assertThat(shares(results, PROVINCE, "A")).hasSize(4);
    assertThat(results.statistics()).containsOnlyKeys(MINISTRY, PROVINCE, TestCycle.AGENCY);
  }

  @Test
  void shareIsRoundedHalfUp() {
    TestCycle cycle = percentFramework(2024);
    for (int unit = 0; unit < 8; unit++) {
      cycle.unitWith("U" + unit, PROVINCE, "A", unit < 5 ? "90" : "10");
    }
    // 5 of 8 = 62.5 %, 3 of 8 = 37.5 %.
    assertThat(shares(cycle.compute(), PROVINCE, "TOTAL"))
        .extracting(ClassShare::share)
        .containsExactly(decimal("62.5"), decimal("0.0"), decimal("0.0"), decimal("37.5"));
  }

  @Test
  void shareChangeIsTheDifferenceInPercentagePoints() {
    CycleResults previous =
        percentFramework(2023)
            .unitWith("U1", PROVINCE, "A", "90")
            .unitWith("U2", PROVINCE, "A", "90")
            .unitWith("U3", PROVINCE, "A", "10")
            .compute();
    CycleResults current =
        percentFramework(2024)
            .unitWith("U1", PROVINCE, "A", "90")
            .unitWith("U2", PROVINCE, "A", "10")
            .unitWith("U3", PROVINCE, "A", "10")
            .compute(previous);

    // Tốt fell from 66.7 % to 33.3 %, Yếu rose from 33.3 % to 66.7 %.
    assertThat(shares(current, PROVINCE, "TOTAL"))
        .extracting(ClassShare::shareChange)
        .containsExactly(decimal("-33.4"), decimal("0.0"), decimal("0.0"), decimal("33.4"));
  }

  @Test
  void shareChangeIsNullWhereThePreviousCycleHasNoSuchNodeOrGroup() {
    CycleResults previous = percentFramework(2023).unitWith("U1", PROVINCE, "A", "90").compute();
    CycleResults current =
        framework(leaf("A", linear("0", "100", "100")), leaf("B", bool("1")))
            .unitWith("U1", PROVINCE, "A", "90", "B", "1")
            .unitWith("M1", MINISTRY, "A", "90", "B", "1")
            .compute(previous);

    assertThat(shares(current, PROVINCE, "B"))
        .extracting(ClassShare::shareChange)
        .containsOnlyNulls();
    assertThat(shares(current, MINISTRY, "A"))
        .extracting(ClassShare::shareChange)
        .containsOnlyNulls();
    assertThat(shares(current, PROVINCE, "A"))
        .extracting(ClassShare::shareChange)
        .containsOnly(decimal("0.0"));
  }

  @Test
  void nodeStatisticsGiveTheSpreadOfRoundedPercentsOfRankedUnits() {
    CycleResults results =
        percentFramework(2024)
            .unitWith("U1", PROVINCE, "A", "10")
            .unitWith("U2", PROVINCE, "A", "20.00005")
            .unitWith("U3", PROVINCE, "A", "40")
            .unitWith("U4", PROVINCE, "A", "90")
            .unitWith("Unranked", PROVINCE, "A", null)
            .compute();

    // Percents 10, 20.0001, 40, 90: mean 160.0001 / 4, median (20.0001 + 40) / 2 = 30.00005.
    assertThat(nodeStatistics(results, PROVINCE, "TOTAL"))
        .isEqualTo(
            new NodeStatistics(
                "TOTAL",
                4,
                decimal("40.0000"),
                decimal("30.0001"),
                decimal("10.0000"),
                decimal("90.0000")));
  }

  @Test
  void nodeStatisticsAreNullWhenNoUnitIsRanked() {
    CycleResults results = percentFramework(2024).unitWith("U1", PROVINCE, "A", null).compute();

    assertThat(nodeStatistics(results, PROVINCE, "TOTAL"))
        .isEqualTo(new NodeStatistics("TOTAL", 0, null, null, null, null));
    assertThat(nodeStatistics(results, MINISTRY, "TOTAL").ranked()).isZero();
    assertThat(shares(results, PROVINCE, "TOTAL"))
        .extracting(ClassShare::share)
        .containsOnlyNulls();
  }

  @Test
  void indicatorStatisticsSummariseRawValuesOfTheGroup() {
    CycleResults results =
        framework(leaf("DVC3", linear("0", "100", "10")))
            .unitWith("P1", PROVINCE, "DVC3", "0")
            .unitWith("P2", PROVINCE, "DVC3", "12")
            .unitWith("P3", PROVINCE, "DVC3", "7.5")
            .unitWith("P4", PROVINCE, "DVC3", "300")
            .unitWith("P5", PROVINCE, "DVC3", null)
            .unitWith("M1", MINISTRY, "DVC3", "1000")
            .compute();

    assertThat(indicator(results, PROVINCE, "DVC3"))
        .isEqualTo(
            new IndicatorStatistics(
                "DVC3",
                4,
                3,
                decimal("319.5"),
                decimal("79.8750"),
                decimal("9.7500"),
                decimal("0"),
                decimal("300"),
                null,
                null));
    assertThat(indicator(results, MINISTRY, "DVC3").sum()).isEqualTo(decimal("1000"));
  }

  @Test
  void indicatorStatisticsChangeAgainstThePreviousCycle() {
    // "53 provinces offered level-3 services, 4 more than 2012, with 2,472 services, 863 more."
    CycleResults previous =
        framework(leaf("DVC3", linear("0", "100", "10")))
            .year(2012)
            .unitWith("P1", PROVINCE, "DVC3", "1000")
            .unitWith("P2", PROVINCE, "DVC3", "609")
            .unitWith("P3", PROVINCE, "DVC3", "0")
            .compute();
    CycleResults current =
        framework(leaf("DVC3", linear("0", "100", "10")), leaf("NEW", bool("1")))
            .year(2013)
            .unitWith("P1", PROVINCE, "DVC3", "1200", "NEW", "1")
            .unitWith("P2", PROVINCE, "DVC3", "1000", "NEW", "0")
            .unitWith("P3", PROVINCE, "DVC3", "272", "NEW", "1")
            .compute(previous);

    IndicatorStatistics services = indicator(current, PROVINCE, "DVC3");
    assertThat(services.sum()).isEqualTo(decimal("2472"));
    assertThat(services.positiveChange()).isEqualTo(1);
    assertThat(services.sumChange()).isEqualTo(decimal("863"));
    IndicatorStatistics added = indicator(current, PROVINCE, "NEW");
    assertThat(added.positiveChange()).isNull();
    assertThat(added.sumChange()).isNull();
  }

  @Test
  void indicatorWithoutReportedValuesHasNoFigures() {
    CycleResults results = percentFramework(2024).unitWith("P1", PROVINCE, "A", null).compute();

    assertThat(indicator(results, PROVINCE, "A"))
        .isEqualTo(new IndicatorStatistics("A", 0, 0, null, null, null, null, null, null, null));
  }

  @Test
  void statisticsCoverOnlyTheNodesAndIndicatorsOfTheGroup() {
    CycleResults results =
        framework(leaf("A", bool("1")), onlyFor(inner("DVC", leaf("DVC.1", bool("1"))), PROVINCE))
            .unitWith("M1", MINISTRY, "A", "1")
            .compute();

    GroupStatistics ministries = results.statistics().get(MINISTRY);
    assertThat(ministries.nodes()).extracting(NodeStatistics::node).containsExactly("TOTAL", "A");
    assertThat(ministries.indicators()).extracting(IndicatorStatistics::code).containsExactly("A");
    assertThat(results.statistics().get(PROVINCE).nodes())
        .extracting(NodeStatistics::node)
        .containsExactly("TOTAL", "A", "DVC", "DVC.1");
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
    CycleResults results =
        percentFramework(2024)
            .unitWith("U1", PROVINCE, "A", "1")
            .unitWith("U2", PROVINCE, "A", "2.00001")
            .unitWith("U3", PROVINCE, "A", "2.00002")
            .unitWith("U4", PROVINCE, "A", "100")
            .compute();

    assertThat(indicator(results, PROVINCE, "A").median()).isEqualTo(decimal("2.0000"));
    assertThat(indicator(results, PROVINCE, "A").mean()).isEqualTo(decimal("26.2500"));
  }

  @Test
  void orderStatisticsOfValuesEqualAsDoublesAreExact() {
    // All three values convert to the same double; min, median and max are still exact.
    CycleResults results =
        percentFramework(2024)
            .unitWith("U1", PROVINCE, "A", "0.30000000000000000002")
            .unitWith("U2", PROVINCE, "A", "0.30000000000000000001")
            .unitWith("U3", PROVINCE, "A", "0.30000000000000000003")
            .compute();

    IndicatorStatistics statistics = indicator(results, PROVINCE, "A");
    assertThat(statistics.min()).isEqualTo(decimal("0.30000000000000000001"));
    assertThat(statistics.max()).isEqualTo(decimal("0.30000000000000000003"));
  }
}
