package org.ictindex.domain.language;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A language the system speaks. Vietnamese is the default everywhere. */
public enum Language {
  VI("vi"),
  EN("en");

  /** The name of the query parameter and of the cookie that remember a reader's choice. */
  public static final String PARAMETER = "lang";

  private final String code;

  Language(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** The language with this code ("vi", "en", any case), if the system speaks it. */
  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip();
    return Arrays.stream(values()).filter(l -> l.code.equalsIgnoreCase(wanted)).findFirst();
  }

  /**
   * The reader's language: an explicit choice ({@code ?lang=}) first, then the remembered one (the
   * cookie), then the first language of the Accept-Language header that the system speaks, else
   * Vietnamese. A browser that sends no Accept-Language reads Vietnamese.
   */
  public static Language choose(String parameter, String cookie, String acceptLanguage) {
    return fromCode(parameter)
        .or(() -> fromCode(cookie))
        .or(() -> fromAcceptLanguage(acceptLanguage))
        .orElse(VI);
  }

  private static Optional<Language> fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    try {
      return Locale.LanguageRange.parse(header).stream()
          .filter(range -> range.getWeight() > 0)
          .map(range -> range.getRange().split("-")[0])
          .map(Language::fromCode)
          .flatMap(Optional::stream)
          .findFirst();
    } catch (IllegalArgumentException malformedHeader) {
      return Optional.empty();
    }
  }
}
