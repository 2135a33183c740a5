package org.ictindex.domain.cycle;

import org.ictindex.domain.language.LocalizedException;

/** No year, or no revision of it, matches the request. */
public class UnknownCycleException extends LocalizedException {

  public UnknownCycleException(String messageVi, String messageEn) {
    super(messageVi, messageEn);
  }
}
