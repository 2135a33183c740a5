package org.ictindex.domain.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: long without counting spaces around it, not only spaces, not one of the
 * passwords that guessers try first, and not the user name. Compared without regard to case, width
 * (full-width letters) or spaces around it, since guessers try those variants too.
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
    String trimmed = password == null ? "" : trimmed(password);
    if (password != null && !password.isEmpty() && trimmed.isEmpty()) {
      throw new AccountException(
          AccountField.PASSWORD,
          "Mật khẩu không được chỉ gồm dấu cách.",
          "A password cannot be only spaces.");
    }
    if (password == null
        || password.strip().codePointCount(0, password.strip().length()) < MINIMUM_LENGTH) {
      throw new AccountException(
          AccountField.PASSWORD,
          "Mật khẩu phải có ít nhất " + MINIMUM_LENGTH + " ký tự.",
          "A password needs at least " + MINIMUM_LENGTH + " characters.");
    }
    String folded = fold(password);
    if (username != null
        && (folded.equals(fold(username)) || AccountNames.same(password, username))) {
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

  /** The text without white space around it, counting no-break and ideographic spaces. */
  private static String trimmed(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && isSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  private static String fold(String text) {
    return trimmed(Normalizer.normalize(text, Normalizer.Form.NFKC))
        .toUpperCase(Locale.ROOT)
        .toLowerCase(Locale.ROOT);
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
