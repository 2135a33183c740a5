package org.ictindex.domain.cycle;

import jakarta.ejb.ApplicationException;

/** No year, or no revision of it, matches the request. */
@ApplicationException(rollback = true)
public class UnknownCycleException extends RuntimeException {

  private final String messageVi;

  public UnknownCycleException(String messageVi, String messageEn) {
    super(messageEn);
    this.messageVi = messageVi;
  }

  /** The message in the given language ("vi" or "en"). */
  public String message(String language) {
    return "en".equals(language) ? getMessage() : messageVi;
  }
}
