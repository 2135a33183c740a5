package org.ictindex.publicweb.view;

import java.math.BigDecimal;
import org.ictindex.scoring.model.IndicatorStatistics;
import org.ictindex.scoring.model.Node;

/**
 * An indicator's statistics in one sentence, such as "Số dịch vụ công trực tuyến mức độ 3: 53 đơn
 * vị có (tăng 4 đơn vị so với năm 2012), tổng cộng 2.472 dịch vụ (tăng 863 dịch vụ)."
 */
public final class StatisticsSentences {

  private static final String PERCENT = "%";

  private final String language;
  private final Integer previousYear;
  private final Figures figures;

  public StatisticsSentences(String language, Integer previousYear) {
    this.language = language;
    this.previousYear = previousYear;
    this.figures = new Figures(language);
  }

  public String sentence(Node indicator, String name, IndicatorStatistics statistics) {
    if (statistics.reporting() == 0) {
      return english() ? name + ": no unit reported a value." : name + ": chưa đơn vị nào báo cáo.";
    }
    if (indicator.rule().takesYesOrNo()) {
      return english()
          ? name
              + ": "
              + units(statistics.positive())
              + " of "
              + statistics.reporting()
              + countChange(statistics.positiveChange())
              + "."
          : name
              + ": "
              + statistics.positive()
              + "/"
              + statistics.reporting()
              + " đơn vị"
              + countChange(statistics.positiveChange())
              + ".";
    }
    String unit = indicator.unit() == null ? "" : indicator.unit();
    if (PERCENT.equals(unit)) {
      return english()
          ? name
              + ": mean "
              + figures.decimal(statistics.mean())
              + " %, median "
              + figures.decimal(statistics.median())
              + " % ("
              + units(statistics.reporting())
              + " reporting)."
          : name
              + ": bình quân "
              + figures.decimal(statistics.mean())
              + " %, trung vị "
              + figures.decimal(statistics.median())
              + " % ("
              + statistics.reporting()
              + " đơn vị báo cáo).";
    }
    String measured = unit.isEmpty() ? "" : " " + unit;
    return english()
        ? name
            + ": "
            + units(statistics.positive())
            + " above zero"
            + countChange(statistics.positiveChange())
            + ", "
            + figures.decimal(statistics.sum())
            + measured
            + " in all"
            + sumChange(statistics.sumChange(), measured)
            + "."
        : name
            + ": "
            + statistics.positive()
            + " đơn vị có"
            + countChange(statistics.positiveChange())
            + ", tổng cộng "
            + figures.decimal(statistics.sum())
            + measured
            + sumChange(statistics.sumChange(), measured)
            + ".";
  }

  private String countChange(Integer change) {
    if (change == null || previousYear == null) {
      return "";
    }
    if (change == 0) {
      return english()
          ? " (as many as in " + previousYear + ")"
          : " (không đổi so với năm " + previousYear + ")";
    }
    return english()
        ? " ("
            + (change > 0 ? change + " more" : -change + " fewer")
            + " than in "
            + previousYear
            + ")"
        : " ("
            + (change > 0 ? "tăng " + change : "giảm " + -change)
            + " đơn vị so với năm "
            + previousYear
            + ")";
  }

  private String sumChange(BigDecimal change, String measured) {
    if (change == null || previousYear == null) {
      return "";
    }
    int sign = change.signum();
    if (sign == 0) {
      return english() ? " (unchanged)" : " (không đổi)";
    }
    String amount = figures.decimal(change.abs()) + measured;
    return english()
        ? " (" + amount + (sign > 0 ? " more" : " fewer") + ")"
        : " (" + (sign > 0 ? "tăng " : "giảm ") + amount + ")";
  }

  private String units(int count) {
    return count + (count == 1 ? " unit" : " units");
  }

  private boolean english() {
    return "en".equals(language);
  }
}
