package org.ictindex.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: long, not one of the passwords that guessers try first, and not the user
 * name. Compared without regard to case, since guessers try the case variants too.
 */
final class PasswordRules {

  static final int MINIMUM_LENGTH = 12;

  private static final String COMMON_PASSWORDS = "common-passwords.txt";
  private static final Set<String> COMMON = loadCommonPasswords();

  private PasswordRules() {}

  /**
   * Refuses a password that breaks a rule.
   *
   * @throws AccountException about the password field, saying which rule
   */
  static void check(String username, String password) {
    if (password == null || password.length() < MINIMUM_LENGTH) {
      throw new AccountException(
          AccountField.PASSWORD,
          "Mật khẩu phải có ít nhất " + MINIMUM_LENGTH + " ký tự.",
          "A password needs at least " + MINIMUM_LENGTH + " characters.");
    }
    String folded = fold(password);
    if (username != null && folded.equals(fold(username))) {
      throw new AccountException(
          AccountField.PASSWORD,
          "Mật khẩu không được trùng với tên đăng nhập.",
          "The password must not be the user name.");
    }
    if (COMMON.contains(folded)) {
      throw new AccountException(
          AccountField.PASSWORD,
          "Mật khẩu này quá phổ biến và dễ bị đoán; hãy chọn mật khẩu khác.",
          "This password is too common and easily guessed; choose another one.");
    }
  }

  /** How many common passwords are refused, for the tests of the list itself. */
  static int commonPasswordCount() {
    return COMMON.size();
  }

  private static String fold(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  private static Set<String> loadCommonPasswords() {
    try (InputStream list = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS)) {
      if (list == null) {
        throw new IllegalStateException("The list " + COMMON_PASSWORDS + " is missing");
      }
      try (BufferedReader lines =
          new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
        return lines
            .lines()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .map(PasswordRules::fold)
            .collect(Collectors.toUnmodifiableSet());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
