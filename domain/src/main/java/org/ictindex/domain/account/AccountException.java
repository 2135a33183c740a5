package org.ictindex.domain.account;

import jakarta.ejb.ApplicationException;

/** An account request that cannot be done as asked, with a message for the person who asked. */
@ApplicationException(rollback = true)
public class AccountException extends RuntimeException {

  private final String messageVi;

  public AccountException(String messageVi, String messageEn) {
    super(messageEn);
    this.messageVi = messageVi;
  }

  /** The message in the given language ("vi" or "en"). */
  public String message(String language) {
    return "en".equals(language) ? getMessage() : messageVi;
  }
}
