package org.ictindex.domain.account;

import org.ictindex.domain.language.LocalizedException;

/** An account request that cannot be done as asked, with a message for the person who asked. */
public class AccountException extends LocalizedException {

  public AccountException(String messageVi, String messageEn) {
    super(messageVi, messageEn);
  }
}
