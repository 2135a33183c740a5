package org.ictindex.publicweb.view;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers and names as a reader of the language expects: "2.472", "33,3" and Vietnamese order. */
public final class Figures {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

  private final Locale locale;

  public Figures(String language) {
    this.locale = "en".equals(language) ? Locale.ENGLISH : VIETNAMESE;
  }

  /** A figure with at most two decimals; empty for none. */
  public String decimal(BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    format.setMinimumFractionDigits(0);
    return format.format(value);
  }

  public String integer(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value);
  }

  /** Names sorted the way a dictionary of the language sorts them (Đ after D, and so on). */
  public Collator collator() {
    Collator collator = Collator.getInstance(locale);
    collator.setStrength(Collator.SECONDARY);
    return collator;
  }

  /**
   * The change of a rank as a compact sign: "▲6", "▼1", "=", or "mới" / "new".
   *
   * @param change previous rank − current rank, or null for new
   */
  public String changeSign(Integer change) {
    if (change == null) {
      return locale == VIETNAMESE ? "mới" : "new";
    }
    if (change > 0) {
      return "▲" + change;
    }
    return change < 0 ? "▼" + -change : "=";
  }
}
