package org.ictindex.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A login costs exactly one password hash whether the name is unknown, disabled or known, so its
 * time does not tell which names exist. Counting the hashes makes this deterministic: without the
 * dummy hash an unknown name would cost none.
 */
class PasswordCheckTest {

  private static final String DUMMY = "dummy-hash";
  private static final String STORED = "hash-of:the right password";

  private final CountingHash hashing = new CountingHash();
  private final PasswordCheck check = new PasswordCheck(hashing, DUMMY);

  @Test
  void anUnknownNameCostsOneHashAgainstTheDummy() {
    assertThat(check.verify(Optional.empty(), "the right password")).isEmpty();

    assertThat(hashing.verified).containsExactly(DUMMY);
  }

  @Test
  void aDisabledAccountCostsOneHashAgainstTheDummyEvenWithItsRightPassword() {
    Account disabled = account();
    disabled.disable();

    assertThat(check.verify(Optional.of(disabled), "the right password")).isEmpty();

    assertThat(hashing.verified).containsExactly(DUMMY);
  }

  @Test
  void aKnownNameCostsOneHashWhetherThePasswordIsRightOrWrong() {
    Account account = account();

    assertThat(check.verify(Optional.of(account), "a wrong password")).isEmpty();
    assertThat(check.verify(Optional.of(account), "the right password")).contains(account);
    assertThat(check.verify(Optional.of(account), null)).isEmpty();

    assertThat(hashing.verified).containsExactly(STORED, STORED, STORED);
  }

  private static Account account() {
    return new Account("aud-lan", STORED, Role.AUDITOR, Instant.EPOCH);
  }

  /** Stands in for PBKDF2 and counts every verification, with the stored hash it compared with. */
  private static final class CountingHash implements Pbkdf2PasswordHash {
    private final List<String> verified = new ArrayList<>();

    @Override
    public void initialize(Map<String, String> parameters) {}

    @Override
    public String generate(char[] password) {
      return "hash-of:" + new String(password);
    }

    @Override
    public boolean verify(char[] password, String hashedPassword) {
      verified.add(hashedPassword);
      return hashedPassword.equals(generate(password));
    }
  }
}
