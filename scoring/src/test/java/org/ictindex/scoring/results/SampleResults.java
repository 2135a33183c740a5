package org.ictindex.scoring.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ictindex.scoring.model.ClassShare;
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
 * Hand-made results for units of the sample package, with every kind of figure: rounded decimals
 * with trailing zeros, nulls, a rank interval, predecessor ranks and statistics of two groups. The
 * units are deliberately not in package order.
 */
final class SampleResults {

  private SampleResults() {}

  static CycleResults results() {
    return new CycleResults(2013, List.of(ministry(), province()), statistics());
  }

  static UnitResult province() {
    return new UnitResult(
        "01",
        "PROVINCE",
        new LocalizedText("Hà Nội", "Ha Noi"),
        List.of(
            new NodeResult(
                "TOTAL",
                0,
                decimal("26.5000"),
                decimal("35.0000"),
                decimal("75.7143"),
                1,
                2,
                "YEU",
                1,
                2,
                List.of(),
                new RankInterval(1, 1, 2)),
            new NodeResult(
                "HT",
                1,
                decimal("13.5000"),
                decimal("30.0000"),
                decimal("45.0000"),
                1,
                2,
                "YEU",
                null,
                null,
                List.of(),
                null)));
  }

  static UnitResult ministry() {
    return new UnitResult(
        "BKH",
        "MINISTRY",
        new LocalizedText("Bộ Kế hoạch, Đầu tư", null),
        List.of(
            new NodeResult(
                "TOTAL",
                0,
                null,
                decimal("25.0000"),
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(new PredecessorRank("BKH1", 3, 20)),
                null)));
  }

  static Map<String, GroupStatistics> statistics() {
    GroupStatistics provinces =
        new GroupStatistics(
            "PROVINCE",
            List.of(new ClassShare("TOTAL", "YEU", 2, decimal("100.0"), decimal("-33.3"))),
            List.of(
                new NodeStatistics(
                    "TOTAL",
                    2,
                    decimal("60.5000"),
                    decimal("60.5000"),
                    decimal("45.2500"),
                    decimal("75.7143"))),
            List.of(
                new IndicatorStatistics(
                    "HT.1",
                    2,
                    2,
                    decimal("57.50"),
                    decimal("28.7500"),
                    decimal("28.75"),
                    decimal("15"),
                    decimal("42.50"),
                    1,
                    decimal("7.50"))));
    GroupStatistics ministries =
        new GroupStatistics(
            "MINISTRY",
            List.of(),
            List.of(new NodeStatistics("TOTAL", 0, null, null, null, null)),
            List.of());
    return Map.of("PROVINCE", provinces, "MINISTRY", ministries);
  }

  static BigDecimal decimal(String text) {
    return new BigDecimal(text);
  }
}
