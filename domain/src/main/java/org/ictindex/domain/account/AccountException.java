package org.ictindex.domain.account;

import java.util.Optional;
import org.ictindex.domain.language.LocalizedException;

/** An account request that cannot be done as asked, with a message for the person who asked. */
public class AccountException extends LocalizedException {

  private final AccountField field;

  public AccountException(String messageVi, String messageEn) {
    this(null, messageVi, messageEn);
  }

  /** A refusal of one input of the request. */
  public AccountException(AccountField field, String messageVi, String messageEn) {
    super(messageVi, messageEn);
    this.field = field;
  }

  /** The input that was refused, when the refusal is about one. */
  public Optional<AccountField> field() {
    return Optional.ofNullable(field);
  }
}
