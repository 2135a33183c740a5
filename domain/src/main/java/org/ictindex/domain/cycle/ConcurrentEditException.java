package org.ictindex.domain.cycle;

import jakarta.ejb.ApplicationException;

/** Someone else changed the same data since the caller read it; nothing was saved. */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends RuntimeException {

  private final String messageVi;

  public ConcurrentEditException(String messageVi, String messageEn) {
    super(messageEn);
    this.messageVi = messageVi;
  }

  /** The message in the given language ("vi" or "en"). */
  public String message(String language) {
    return "en".equals(language) ? getMessage() : messageVi;
  }
}
