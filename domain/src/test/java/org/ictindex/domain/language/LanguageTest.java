package org.ictindex.domain.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

  @Test
  void aReaderWhoSaysNothingReadsVietnamese() {
    assertThat(Language.choose(null, null, null)).isEqualTo(Language.VI);
  }

  @Test
  void theQueryParameterWinsOverCookieAndHeader() {
    assertThat(Language.choose("en", "vi", "vi")).isEqualTo(Language.EN);
    assertThat(Language.choose("vi", "en", "en")).isEqualTo(Language.VI);
  }

  @Test
  void theCookieRemembersAnEarlierChoice() {
    assertThat(Language.choose(null, "en", "vi")).isEqualTo(Language.EN);
  }

  @Test
  void theBrowserLanguageIsUsedWhenNothingWasChosen() {
    assertThat(Language.choose(null, null, "en-US,en;q=0.9")).isEqualTo(Language.EN);
    assertThat(Language.choose(null, null, "fr-FR,en;q=0.5")).isEqualTo(Language.EN);
    assertThat(Language.choose(null, null, "vi-VN,vi;q=0.9,en;q=0.8")).isEqualTo(Language.VI);
  }

  @Test
  void unknownOrMalformedChoicesFallBackToVietnamese() {
    assertThat(Language.choose("xx", "<script>", "fr-FR")).isEqualTo(Language.VI);
    assertThat(Language.choose(null, null, ";;;q=abc")).isEqualTo(Language.VI);
  }
}
