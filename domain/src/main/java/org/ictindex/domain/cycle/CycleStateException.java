package org.ictindex.domain.cycle;

import jakarta.ejb.ApplicationException;

/**
 * The year is not in a state that allows the request: importing into a published year, publishing
 * twice, correcting a draft. The message is written for the person who asked.
 */
@ApplicationException(rollback = true)
public class CycleStateException extends RuntimeException {

  private final String messageVi;

  public CycleStateException(String messageVi, String messageEn) {
    super(messageEn);
    this.messageVi = messageVi;
  }

  /** The message in the given language ("vi" or "en"). */
  public String message(String language) {
    return "en".equals(language) ? getMessage() : messageVi;
  }
}
