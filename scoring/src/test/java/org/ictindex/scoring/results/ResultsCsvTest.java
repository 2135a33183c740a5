package org.ictindex.scoring.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.UnitResult;
import org.ictindex.scoring.pkg.SamplePackage;
import org.junit.jupiter.api.Test;

class ResultsCsvTest {

  @Test
  void oneRowPerUnitAndNodeAfterAByteOrderMarkAndAHeader() {
    byte[] csv = ResultsCsv.write(SamplePackage.valid(), SampleResults.results());

    assertThat(new String(csv, StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFFyear,unit_code,unit_name_vi,unit_name_en,group,node,node_name_vi,node_name_en,depth,rank,of,score,max,percent,class,change,previous_rank,predecessor_ranks,rank_median,rank_q5,rank_q95\r\n"
                + "2013,01,Hà Nội,Ha Noi,PROVINCE,TOTAL,Tổng điểm,Total,0,1,2,26.5,35,75.7143,YEU,1,2,,1,1,2\r\n"
                + "2013,01,Hà Nội,Ha Noi,PROVINCE,HT,Hạ tầng kỹ thuật,Infrastructure,1,1,2,13.5,30,45,YEU,,,,,,\r\n"
                + "2013,BKH,\"Bộ Kế hoạch, Đầu tư\",\"Bộ Kế hoạch, Đầu tư\",MINISTRY,TOTAL,Tổng điểm,Total,0,,,,25,,,,,BKH1 3/20,,,\r\n");
  }

  @Test
  void textThatASpreadsheetWouldRunAsAFormulaIsNeutralisedButNumbersStayNumbers() {
    UnitResult province = SampleResults.province();
    UnitResult hostile =
        new UnitResult(
            "01",
            "PROVINCE",
            new LocalizedText("=HYPERLINK(\"http://evil.example\")", "@SUM(A1)"),
            List.of(province.total()));
    CycleResults results = new CycleResults(2013, List.of(hostile), SampleResults.statistics());

    String csv =
        new String(ResultsCsv.write(SamplePackage.valid(), results), StandardCharsets.UTF_8);

    assertThat(csv.lines().skip(1))
        .containsExactly(
            "2013,01,\"'=HYPERLINK(\"\"http://evil.example\"\")\",'@SUM(A1),PROVINCE,TOTAL,Tổng điểm,Total,0,1,2,26.5,35,75.7143,YEU,1,2,,1,1,2");
  }
}
