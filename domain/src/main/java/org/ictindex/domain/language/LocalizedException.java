package org.ictindex.domain.language;

import jakarta.ejb.ApplicationException;

/**
 * A refusal that the person who asked should read: its message exists in Vietnamese and English.
 * Throwing it rolls back the transaction, so nothing of the refused request is stored.
 */
@ApplicationException(rollback = true)
public abstract class LocalizedException extends RuntimeException {

  private final String messageVi;

  protected LocalizedException(String messageVi, String messageEn) {
    super(messageEn);
    this.messageVi = messageVi;
  }

  /** The message in the given language ("vi" or "en"). */
  public String message(String language) {
    return Language.EN.code().equals(language) ? getMessage() : messageVi;
  }
}
