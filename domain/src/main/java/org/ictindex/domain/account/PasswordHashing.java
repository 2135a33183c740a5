package org.ictindex.domain.account;

import java.util.Map;

/**
 * The parameters of stored password hashes: PBKDF2 with HMAC-SHA-512 and 210,000 iterations, as
 * OWASP recommends for PBKDF2-HMAC-SHA512. The identity store and the account service share them.
 */
public final class PasswordHashing {

  public static final String ALGORITHM = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA512";
  public static final String ITERATIONS = "Pbkdf2PasswordHash.Iterations=210000";
  public static final String SALT_SIZE = "Pbkdf2PasswordHash.SaltSizeBytes=32";
  public static final String KEY_SIZE = "Pbkdf2PasswordHash.KeySizeBytes=64";

  private PasswordHashing() {}

  /** The parameters as a map, for {@code Pbkdf2PasswordHash.initialize}. */
  public static Map<String, String> parameters() {
    return Map.of(
        key(ALGORITHM), value(ALGORITHM),
        key(ITERATIONS), value(ITERATIONS),
        key(SALT_SIZE), value(SALT_SIZE),
        key(KEY_SIZE), value(KEY_SIZE));
  }

  private static String key(String parameter) {
    return parameter.substring(0, parameter.indexOf('='));
  }

  private static String value(String parameter) {
    return parameter.substring(parameter.indexOf('=') + 1);
  }
}
