package org.ictindex.domain.account;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Optional;

/**
 * Checks a login's password with exactly one PBKDF2 computation, whether the account exists, is
 * disabled or is enabled: an unknown or disabled name is checked against a dummy hash made with the
 * same parameters. A guesser therefore cannot tell from the answer's time which user names exist.
 */
final class PasswordCheck {

  private final Pbkdf2PasswordHash hashing;
  private final String dummyHash;

  /**
   * @param hashing the hashing of stored passwords, initialized with {@link PasswordHashing}
   * @param dummyHash a hash of a password nobody knows, made by {@code hashing}
   */
  PasswordCheck(Pbkdf2PasswordHash hashing, String dummyHash) {
    this.hashing = hashing;
    this.dummyHash = dummyHash;
  }

  /**
   * The account when it was found, is enabled and the password is its own; empty otherwise, after
   * the same work.
   */
  Optional<Account> verify(Optional<Account> found, String password) {
    Account account = found.filter(Account::isEnabled).orElse(null);
    char[] given = (password == null ? "" : password).toCharArray();
    boolean matches = hashing.verify(given, account == null ? dummyHash : account.passwordHash());
    return account != null && matches ? Optional.of(account) : Optional.empty();
  }
}
