package org.ictindex.publicweb.view;

import java.text.NumberFormat;
import java.util.Locale;
import org.ictindex.scoring.model.NodeResult;

/**
 * The sentences of methodology §8 that state a unit's results, in Vietnamese (the exact forms of
 * the methodology) or English.
 */
public final class Narrative {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private final String language;
  private final int year;
  private final Integer previousYear;

  /**
   * @param language "vi" or "en"
   * @param previousYear the year the changes are measured against, or null when there is none
   */
  public Narrative(String language, int year, Integer previousYear) {
    this.language = language;
    this.year = year;
    this.previousYear = previousYear;
  }

  /**
   * The overall sentence, such as "Năm 2013, Điện Biên xếp hạng 60/63 (tụt 1 bậc so với năm 2012),
   * xếp loại Trung bình."
   *
   * @param className the name of the unit's class at TOTAL, or null when it has none
   */
  public String overall(String unitName, NodeResult total, String className) {
    if (!total.isRanked()) {
      return english()
          ? "In " + year + ", " + unitName + " was not ranked for lack of data."
          : "Năm " + year + ", " + unitName + " chưa được xếp hạng do thiếu dữ liệu.";
    }
    String rated =
        className == null ? "" : english() ? ", rated " + className : ", xếp loại " + className;
    return english()
        ? "In "
            + year
            + ", "
            + unitName
            + " ranked "
            + place(total)
            + " ("
            + change(total)
            + ")"
            + rated
            + "."
        : "Năm "
            + year
            + ", "
            + unitName
            + " xếp hạng "
            + place(total)
            + " ("
            + change(total)
            + ")"
            + rated
            + ".";
  }

  /**
   * The sentence of one node, such as "Hạ tầng kỹ thuật xếp hạng 12/63 (tăng 6 bậc so với năm 2012,
   * xếp loại Khá)".
   *
   * @param className the name of the unit's class at the node, or null when it has none
   */
  public String node(String nodeName, NodeResult node, String className) {
    if (!node.isRanked()) {
      return english()
          ? nodeName + " not ranked for lack of data"
          : nodeName + " chưa được xếp hạng do thiếu dữ liệu";
    }
    String rated =
        className == null ? "" : english() ? ", rated " + className : ", xếp loại " + className;
    return nodeName
        + (english() ? " ranked " : " xếp hạng ")
        + place(node)
        + " ("
        + change(node)
        + rated
        + ")";
  }

  /** The change phrase: "tăng 6 bậc so với năm 2012", "tụt 1 bậc …", "giữ nguyên …", "mới". */
  public String change(NodeResult node) {
    Integer change = node.change();
    if (change == null || previousYear == null) {
      return english() ? "new" : "mới";
    }
    if (change > 0) {
      return english()
          ? "up " + places(change) + " from " + previousYear
          : "tăng " + change + " bậc so với năm " + previousYear;
    }
    if (change < 0) {
      return english()
          ? "down " + places(-change) + " from " + previousYear
          : "tụt " + -change + " bậc so với năm " + previousYear;
    }
    return english()
        ? "unchanged from " + previousYear
        : "giữ nguyên thứ hạng so với năm " + previousYear;
  }

  private String place(NodeResult node) {
    NumberFormat integers =
        NumberFormat.getIntegerInstance(english() ? Locale.ENGLISH : VIETNAMESE);
    return integers.format(node.rank()) + "/" + integers.format(node.of());
  }

  private static String places(int count) {
    return count + (count == 1 ? " place" : " places");
  }

  private boolean english() {
    return "en".equals(language);
  }
}
