package org.ictindex.scoring.pkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rule for assessment years, and how a configuration chooses its bounds. */
class YearRangeTest {

  private static YearRange configured(Map<String, String> settings) {
    return YearRange.configured(key -> Optional.ofNullable(settings.get(key)));
  }

  @Test
  void theDefaultRangeIs2000To2100() {
    assertThat(YearRange.DEFAULT).isEqualTo(new YearRange(2000, 2100));
    assertThat(YearRange.DEFAULT.contains(2000)).isTrue();
    assertThat(YearRange.DEFAULT.contains(2100)).isTrue();
    assertThat(YearRange.DEFAULT.contains(1999)).isFalse();
    assertThat(YearRange.DEFAULT.contains(2101)).isFalse();
    assertThat(YearRange.DEFAULT.contains(9999)).isFalse();
    assertThat(YearRange.DEFAULT.contains(10000)).isFalse();
    assertThat(YearRange.DEFAULT.contains(Integer.MAX_VALUE)).isFalse();
    assertThat(YearRange.DEFAULT.contains(new BigDecimal("2013.5"))).isFalse();
    assertThat(YearRange.DEFAULT.contains(new BigDecimal("2013.0"))).isTrue();
    assertThat(YearRange.DEFAULT.contains(new BigDecimal("1e20"))).isFalse();
  }

  @Test
  void unsetOrBlankSettingsGiveTheDefault() {
    assertThat(configured(Map.of())).isEqualTo(YearRange.DEFAULT);
    assertThat(configured(Map.of(YearRange.FIRST_KEY, " ", YearRange.LAST_KEY, "")))
        .isEqualTo(YearRange.DEFAULT);
  }

  @Test
  void settingsChooseEitherBound() {
    assertThat(configured(Map.of(YearRange.FIRST_KEY, "1990")))
        .isEqualTo(new YearRange(1990, 2100));
    assertThat(configured(Map.of(YearRange.FIRST_KEY, "2010", YearRange.LAST_KEY, " 2030 ")))
        .isEqualTo(new YearRange(2010, 2030));
  }

  @Test
  void aBoundMustBeAFourDigitYearAndTheFirstMayNotComeAfterTheLast() {
    assertThatThrownBy(() -> configured(Map.of(YearRange.LAST_KEY, "10000")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ictindex.years.last");
    assertThatThrownBy(() -> configured(Map.of(YearRange.FIRST_KEY, "twenty")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ictindex.years.first");
    assertThatThrownBy(() -> configured(Map.of(YearRange.FIRST_KEY, "999")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> configured(Map.of(YearRange.FIRST_KEY, "2101")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comes after");
  }

  @Test
  void theMessageNamesTheYearAndTheRangeInBothLanguages() {
    assertThat(YearRange.DEFAULT.problemEn("10000"))
        .isEqualTo("The year 10000 is not allowed: an assessment year is from 2000 to 2100.");
    assertThat(YearRange.DEFAULT.problemVi("10000"))
        .isEqualTo("Năm 10000 không hợp lệ: năm đánh giá phải từ 2000 đến 2100.");
  }
}
