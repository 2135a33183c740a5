package org.ictindex.scoring.pkg;

/**
 * The one spelling rule for codes of units, groups, classes and nodes: letters, digits, {@code .},
 * {@code _} and {@code -}. Codes appear in web addresses and file names, and {@code |} separates
 * predecessor codes, so nothing else may be in them.
 */
final class Codes {

  static final String RULE_VI = "chỉ gồm chữ cái, chữ số và các dấu . _ -";
  static final String RULE_EN = "only letters, digits, '.', '_' and '-'";

  private Codes() {}

  static boolean isWellFormed(String code) {
    return !code.isEmpty()
        && code.codePoints()
            .allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-');
  }
}
