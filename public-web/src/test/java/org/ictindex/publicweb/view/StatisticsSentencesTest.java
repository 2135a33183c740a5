package org.ictindex.publicweb.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.ictindex.scoring.model.IndicatorStatistics;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Rule;
import org.junit.jupiter.api.Test;

class StatisticsSentencesTest {

  private final StatisticsSentences vietnamese = new StatisticsSentences("vi", 2012);
  private final StatisticsSentences english = new StatisticsSentences("en", 2012);

  @Test
  void aCountIndicatorSaysHowManyUnitsHaveItAndTheTotalWithTheirChanges() {
    Node services = leaf("dịch vụ", new Rule.Bands(List.of()));
    IndicatorStatistics figures = counts(63, 53, "2472", 4, "863");

    assertThat(vietnamese.sentence(services, "Số dịch vụ công trực tuyến mức độ 3", figures))
        .isEqualTo(
            "Số dịch vụ công trực tuyến mức độ 3: 53 đơn vị có (tăng 4 đơn vị so với năm 2012),"
                + " tổng cộng 2.472 dịch vụ (tăng 863 dịch vụ).");
    assertThat(english.sentence(services, "Level-3 online services", figures))
        .isEqualTo(
            "Level-3 online services: 53 units above zero (4 more than in 2012),"
                + " 2,472 dịch vụ in all (863 dịch vụ more).");
  }

  @Test
  void decreasesAndNoChangeAreSaidAsSuch() {
    Node services = leaf("hồ sơ", new Rule.Bands(List.of()));

    assertThat(vietnamese.sentence(services, "Hồ sơ", counts(10, 7, "100", -2, "-30")))
        .isEqualTo(
            "Hồ sơ: 7 đơn vị có (giảm 2 đơn vị so với năm 2012), tổng cộng 100 hồ sơ (giảm 30 hồ sơ).");
    assertThat(vietnamese.sentence(services, "Hồ sơ", counts(10, 7, "100", 0, "0")))
        .isEqualTo(
            "Hồ sơ: 7 đơn vị có (không đổi so với năm 2012), tổng cộng 100 hồ sơ (không đổi).");
  }

  @Test
  void aYesNoIndicatorCountsTheUnitsThatHaveIt() {
    Node portal = leaf(null, new Rule.Bool(BigDecimal.ONE));

    assertThat(
            vietnamese.sentence(
                portal, "Có phiên bản tiếng nước ngoài", counts(63, 40, "40", 5, "5")))
        .isEqualTo("Có phiên bản tiếng nước ngoài: 40/63 đơn vị (tăng 5 đơn vị so với năm 2012).");
  }

  @Test
  void aPercentIndicatorGivesItsMeanAndMedian() {
    Node share = leaf("%", new Rule.Linear(BigDecimal.ZERO, new BigDecimal(100), BigDecimal.TEN));
    IndicatorStatistics figures =
        new IndicatorStatistics(
            "HT.1",
            63,
            63,
            new BigDecimal("5000"),
            new BigDecimal("79.3651"),
            new BigDecimal("82.5"),
            BigDecimal.ONE,
            new BigDecimal(100),
            0,
            null);

    assertThat(vietnamese.sentence(share, "Tỷ lệ máy tính", figures))
        .isEqualTo("Tỷ lệ máy tính: bình quân 79,37 %, trung vị 82,5 % (63 đơn vị báo cáo).");
  }

  @Test
  void theFirstYearAndAnIndicatorNobodyReportedHaveTheirOwnSentences() {
    Node services = leaf("dịch vụ", new Rule.Bands(List.of()));

    assertThat(
            new StatisticsSentences("vi", null)
                .sentence(services, "DVC", counts(63, 53, "2472", null, null)))
        .isEqualTo("DVC: 53 đơn vị có, tổng cộng 2.472 dịch vụ.");
    assertThat(vietnamese.sentence(services, "DVC", counts(0, 0, "0", null, null)))
        .isEqualTo("DVC: chưa đơn vị nào báo cáo.");
  }

  private static IndicatorStatistics counts(
      int reporting, int positive, String sum, Integer positiveChange, String sumChange) {
    return new IndicatorStatistics(
        "X",
        reporting,
        positive,
        new BigDecimal(sum),
        null,
        null,
        null,
        null,
        positiveChange,
        sumChange == null ? null : new BigDecimal(sumChange));
  }

  private static Node leaf(String unit, Rule rule) {
    return new Node(
        "X", new LocalizedText("X", null), BigDecimal.ONE, Set.of(), unit, rule, List.of());
  }
}
