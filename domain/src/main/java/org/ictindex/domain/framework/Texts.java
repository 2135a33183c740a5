package org.ictindex.domain.framework;

import org.ictindex.scoring.model.LocalizedText;

/** How bilingual names are stored: an absent English name is an empty column. */
public final class Texts {

  private Texts() {}

  public static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  public static LocalizedText localized(String vi, String en) {
    return new LocalizedText(vi, en == null || en.isEmpty() ? null : en);
  }
}
