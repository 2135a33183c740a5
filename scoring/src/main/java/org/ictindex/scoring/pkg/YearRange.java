package org.ictindex.scoring.pkg;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Function;

/**
 * The years an assessment may be of: the one rule for every way a year comes in (a package, a new
 * year, a publication, the command line). By default 2000 to 2100; a server may choose other bounds
 * with {@value #FIRST_KEY} and {@value #LAST_KEY} (environment variables {@code
 * ICTINDEX_YEARS_FIRST} and {@code ICTINDEX_YEARS_LAST}), within four-digit years.
 *
 * @param first the earliest year allowed
 * @param last the latest year allowed
 */
public record YearRange(int first, int last) {

  public static final int DEFAULT_FIRST = 2000;
  public static final int DEFAULT_LAST = 2100;

  /** The range of the package reader and the command line unless configured otherwise. */
  public static final YearRange DEFAULT = new YearRange(DEFAULT_FIRST, DEFAULT_LAST);

  /**
   * Every year an int holds: for reading back a package that was accepted once, whatever the range
   * is today, so that a published revision can always be checked.
   */
  public static final YearRange ANY = new YearRange(Integer.MIN_VALUE, Integer.MAX_VALUE);

  public static final String FIRST_KEY = "ictindex.years.first";
  public static final String LAST_KEY = "ictindex.years.last";

  /** A configured bound must be a four-digit year. */
  private static final int LOWEST = 1000;

  private static final int HIGHEST = 9999;

  public YearRange {
    if (first > last) {
      throw new IllegalArgumentException(
          "The first year " + first + " comes after the last year " + last + ".");
    }
  }

  /**
   * The range a configuration chooses: each of {@value #FIRST_KEY} and {@value #LAST_KEY} is a
   * four-digit year, or unset (or blank) for the default.
   *
   * @param setting the value of a configuration key, if set
   * @throws IllegalArgumentException when a bound is not a four-digit year or the first comes after
   *     the last, saying which
   */
  public static YearRange configured(Function<String, Optional<String>> setting) {
    int first = bound(setting, FIRST_KEY, DEFAULT_FIRST);
    int last = bound(setting, LAST_KEY, DEFAULT_LAST);
    if (first > last) {
      throw new IllegalArgumentException(
          FIRST_KEY + " (" + first + ") comes after " + LAST_KEY + " (" + last + ").");
    }
    return new YearRange(first, last);
  }

  /**
   * The range the environment variables {@code ICTINDEX_YEARS_FIRST} and {@code
   * ICTINDEX_YEARS_LAST} choose, as on the server; the default when they are unset.
   */
  public static YearRange fromEnvironment() {
    return configured(
        key ->
            Optional.ofNullable(
                System.getenv(key.toUpperCase(java.util.Locale.ROOT).replace('.', '_'))));
  }

  public boolean contains(long year) {
    return year >= first && year <= last;
  }

  /** Whether the number is a whole year of the range. */
  public boolean contains(BigDecimal year) {
    return year.stripTrailingZeros().scale() <= 0
        && year.compareTo(BigDecimal.valueOf(first)) >= 0
        && year.compareTo(BigDecimal.valueOf(last)) <= 0;
  }

  /** Why a year outside the range is refused, in Vietnamese. */
  public String problemVi(String year) {
    return "Năm " + year + " không hợp lệ: năm đánh giá phải từ " + first + " đến " + last + ".";
  }

  /** Why a year outside the range is refused, in English. */
  public String problemEn(String year) {
    return "The year "
        + year
        + " is not allowed: an assessment year is from "
        + first
        + " to "
        + last
        + ".";
  }

  private static int bound(Function<String, Optional<String>> setting, String key, int otherwise) {
    Optional<String> value = setting.apply(key).map(String::strip).filter(text -> !text.isEmpty());
    if (value.isEmpty()) {
      return otherwise;
    }
    int year;
    try {
      year = Integer.parseInt(value.get());
    } catch (NumberFormatException notANumber) {
      throw new IllegalArgumentException(
          key + " must be a four-digit year, not \"" + value.get() + "\".");
    }
    if (year < LOWEST || year > HIGHEST) {
      throw new IllegalArgumentException(key + " must be a four-digit year, not " + year + ".");
    }
    return year;
  }
}
