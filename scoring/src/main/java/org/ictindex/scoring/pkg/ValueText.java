package org.ictindex.scoring.pkg;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one rule for an indicator value written as text, in values.csv or typed by an assessor: a
 * plain finite decimal with a point ({@code 42}, {@code 42.5}, {@code -3}), 0 or 1 for a yes/no
 * indicator, or empty for a missing value.
 */
public final class ValueText {

  /** A decimal as a spreadsheet writes it: digits, an optional {@code .} and more digits. */
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private static final Pattern DECIMAL_COMMA = Pattern.compile("-?[0-9]+,[0-9]+");
  private static final Set<String> NOT_FINITE =
      Set.of("nan", "-nan", "inf", "-inf", "+inf", "infinity", "-infinity", "+infinity");

  private ValueText() {}

  /**
   * A parsed value: the decimal (null when the text is empty, a missing value) or, when the text is
   * not acceptable, the reason in Vietnamese and English.
   */
  public record Parsed(BigDecimal value, String problemVi, String problemEn) {

    public boolean isValid() {
      return problemVi == null;
    }

    static Parsed ok(BigDecimal value) {
      return new Parsed(value, null, null);
    }

    static Parsed problem(BigDecimal value, String vi, String en) {
      return new Parsed(value, vi, en);
    }
  }

  /**
   * Parses the text of a value.
   *
   * @param booleanRule whether the indicator is yes/no, which takes only 0 or 1
   */
  public static Parsed parse(String raw, boolean booleanRule) {
    String text = raw == null ? "" : raw.strip();
    if (text.isEmpty()) {
      return Parsed.ok(null);
    }
    if (!DECIMAL.matcher(text).matches()) {
      return notADecimal(text);
    }
    BigDecimal value = new BigDecimal(text);
    if (!Double.isFinite(value.doubleValue())) {
      return Parsed.problem(
          null,
          "Giá trị \"%s\" quá lớn.".formatted(text),
          "The value \"%s\" is too large.".formatted(text));
    }
    if (booleanRule
        && value.compareTo(BigDecimal.ZERO) != 0
        && value.compareTo(BigDecimal.ONE) != 0) {
      return Parsed.problem(
          value,
          "Chỉ tiêu có/không chỉ nhận giá trị 0 (không) hoặc 1 (có), không nhận \"%s\"."
              .formatted(text),
          "A yes/no indicator takes only 0 (no) or 1 (yes), not \"%s\".".formatted(text));
    }
    return Parsed.ok(value);
  }

  private static Parsed notADecimal(String text) {
    if (DECIMAL_COMMA.matcher(text).matches()) {
      String withPoint = text.replace(',', '.');
      return Parsed.problem(
          null,
          "Giá trị \"%s\" dùng dấu phẩy thập phân; trong tệp CSV hãy dùng dấu chấm: %s."
              .formatted(text, withPoint),
          "The value \"%s\" uses a decimal comma; write a decimal point: %s."
              .formatted(text, withPoint));
    }
    if (NOT_FINITE.contains(text.toLowerCase(Locale.ROOT))) {
      return Parsed.problem(
          null,
          "Giá trị \"%s\" không phải là một số hữu hạn.".formatted(text),
          "The value \"%s\" is not a finite number.".formatted(text));
    }
    if (isScientific(text)) {
      return Parsed.problem(
          null,
          "Giá trị \"%s\" phải được viết như một số thập phân thông thường, không dùng dạng lũy thừa (e)."
              .formatted(text),
          "The value \"%s\" must be written as a plain decimal, without an exponent (e)."
              .formatted(text));
    }
    return Parsed.problem(
        null,
        "Giá trị \"%s\" không phải là một số; hãy viết một số thập phân như 42 hoặc 42.5, hoặc để trống nếu thiếu dữ liệu."
            .formatted(text),
        "The value \"%s\" is not a number; write a decimal such as 42 or 42.5, or leave it empty when the data is missing."
            .formatted(text));
  }

  private static boolean isScientific(String text) {
    if (text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      return false;
    }
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException notANumber) {
      return false;
    }
  }
}
