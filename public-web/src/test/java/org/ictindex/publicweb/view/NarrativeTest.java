package org.ictindex.publicweb.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.ictindex.scoring.model.NodeResult;
import org.junit.jupiter.api.Test;

class NarrativeTest {

  private final Narrative vietnamese = new Narrative("vi", 2013, 2012);
  private final Narrative english = new Narrative("en", 2013, 2012);

  @Test
  void theOverallSentenceHasTheMethodologysVietnameseForm() {
    assertThat(vietnamese.overall("Điện Biên", ranked(60, 63, -1), "Trung bình"))
        .isEqualTo(
            "Năm 2013, Điện Biên xếp hạng 60/63 (tụt 1 bậc so với năm 2012), xếp loại Trung bình.");
  }

  @Test
  void aNodeSentenceHasTheMethodologysVietnameseForm() {
    assertThat(vietnamese.node("Hạ tầng kỹ thuật", ranked(12, 63, 6), "Khá"))
        .isEqualTo("Hạ tầng kỹ thuật xếp hạng 12/63 (tăng 6 bậc so với năm 2012, xếp loại Khá)");
  }

  @Test
  void everyChangePhraseInBothLanguages() {
    assertThat(vietnamese.change(ranked(5, 63, 0)))
        .isEqualTo("giữ nguyên thứ hạng so với năm 2012");
    assertThat(vietnamese.change(ranked(5, 63, null))).isEqualTo("mới");
    assertThat(english.change(ranked(5, 63, 6))).isEqualTo("up 6 places from 2012");
    assertThat(english.change(ranked(5, 63, -1))).isEqualTo("down 1 place from 2012");
    assertThat(english.change(ranked(5, 63, 0))).isEqualTo("unchanged from 2012");
    assertThat(english.change(ranked(5, 63, null))).isEqualTo("new");
  }

  @Test
  void theEnglishOverallSentence() {
    assertThat(english.overall("Dien Bien", ranked(60, 63, -1), "Average"))
        .isEqualTo("In 2013, Dien Bien ranked 60/63 (down 1 place from 2012), rated Average.");
  }

  @Test
  void aFirstYearHasNoChangeToTell() {
    assertThat(new Narrative("vi", 2012, null).overall("Hà Nội", ranked(1, 63, null), "Tốt"))
        .isEqualTo("Năm 2012, Hà Nội xếp hạng 1/63 (mới), xếp loại Tốt.");
  }

  @Test
  void aUnitWithoutClassOrRankSaysSo() {
    assertThat(vietnamese.node("Ứng dụng", ranked(3, 8, 1), null))
        .isEqualTo("Ứng dụng xếp hạng 3/8 (tăng 1 bậc so với năm 2012)");
    assertThat(vietnamese.overall("Bộ X", unranked(), null))
        .isEqualTo("Năm 2013, Bộ X chưa được xếp hạng do thiếu dữ liệu.");
  }

  @Test
  void largeRanksUseVietnameseDigitGrouping() {
    assertThat(vietnamese.node("Tổng", ranked(1200, 10000, null), null))
        .isEqualTo("Tổng xếp hạng 1.200/10.000 (mới)");
    assertThat(english.node("Total", ranked(1200, 10000, null), null))
        .isEqualTo("Total ranked 1,200/10,000 (new)");
  }

  private static NodeResult ranked(int rank, int of, Integer change) {
    return new NodeResult(
        "TOTAL",
        0,
        BigDecimal.ONE,
        BigDecimal.TEN,
        BigDecimal.TEN,
        rank,
        of,
        "KHA",
        change,
        change == null ? null : rank + change,
        List.of(),
        null);
  }

  private static NodeResult unranked() {
    return new NodeResult(
        "TOTAL", 0, null, BigDecimal.TEN, null, null, null, null, null, null, List.of(), null);
  }
}
