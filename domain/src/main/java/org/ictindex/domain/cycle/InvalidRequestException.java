package org.ictindex.domain.cycle;

import jakarta.ejb.ApplicationException;

/**
 * A request that is incomplete or malformed, such as a correction without a reason. twice,
 * correcting a draft. The message is written for the person who asked.
 */
@ApplicationException(rollback = true)
public class InvalidRequestException extends RuntimeException {

  private final String messageVi;

  public InvalidRequestException(String messageVi, String messageEn) {
    super(messageEn);
    this.messageVi = messageVi;
  }

  /** The message in the given language ("vi" or "en"). */
  public String message(String language) {
    return "en".equals(language) ? getMessage() : messageVi;
  }
}
