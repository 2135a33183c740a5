package org.ictindex.scoring.model;

import java.util.Objects;

/** A text in Vietnamese (required) and English (optional, falls back to Vietnamese). */
public record LocalizedText(String vi, String en) {

  public LocalizedText {
    Objects.requireNonNull(vi, "vi");
  }

  public static LocalizedText of(String vi, String en) {
    return new LocalizedText(vi, en);
  }

  /** The text in the given language ("vi" or "en"); English falls back to Vietnamese. */
  public String in(String language) {
    return "en".equals(language) && en != null && !en.isBlank() ? en : vi;
  }

  public String english() {
    return in("en");
  }
}
