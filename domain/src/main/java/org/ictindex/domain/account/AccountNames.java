package org.ictindex.domain.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form of a user name by which accounts are found, created and throttled: two names with
 * the same canonical form are the same account.
 *
 * <p>It folds what MariaDB's {@code utf8mb4_vietnamese_ci} treats as equal, checked by querying
 * MariaDB 10.11: letter case ({@code ADMIN}), compatibility forms ({@code ＡＤＭＩＮ}, {@code ﬁ}, {@code
 * ß} = {@code ss}), tone marks ({@code ádmin}, {@code àdmỉn}), the diacritics of other languages
 * ({@code é}, {@code ü}, {@code ŭ}, {@code ç}), invisible format characters and spaces around the
 * name. The Vietnamese letters {@code ă â ê ô ơ ư đ} stay letters of their own, as the collation
 * sorts them ({@code 'đ' = 'd'} and {@code 'ă' = 'a'} are false), only without tone ({@code ắ} =
 * {@code ă}).
 *
 * <p>The text is first brought to NFC, as all stored text is. (MariaDB itself compares a decomposed
 * {@code a} + combining breve equal to {@code a}, though the precomposed {@code ă} is not; accounts
 * are now found by this form, so that inconsistency no longer matters.)
 *
 * <p>Valid new user names (lower-case ASCII letters, digits, {@code . _ -}) are their own canonical
 * form; the form matters for what people type at login and for refusing look-alikes at creation.
 */
public final class AccountNames {

  private static final char BREVE = '\u0306';
  private static final char CIRCUMFLEX = '\u0302';
  private static final char HORN = '\u031B';

  private AccountNames() {}

  /** The canonical form of a typed user name; empty for null. */
  public static String canonical(String name) {
    if (name == null) {
      return "";
    }
    String composed = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    char base = 0;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        if (isVietnameseLetterMark(base, c)) {
          kept.append(c);
        }
        continue;
      }
      if (type == Character.FORMAT) {
        continue;
      }
      base = Character.toLowerCase(c);
      kept.append(c);
    }
    String recomposed = Normalizer.normalize(kept, Normalizer.Form.NFC);
    // Upper then lower case folds ß to ss as the collation does.
    return recomposed.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).strip();
  }

  /** Whether two typed names are the same account's. */
  public static boolean same(String one, String other) {
    return canonical(one).equals(canonical(other));
  }

  /** The marks that make the letters ă â ê ô ơ ư, which the Vietnamese collation keeps apart. */
  private static boolean isVietnameseLetterMark(char base, char mark) {
    return switch (mark) {
      case BREVE -> base == 'a';
      case CIRCUMFLEX -> base == 'a' || base == 'e' || base == 'o';
      case HORN -> base == 'o' || base == 'u';
      default -> false;
    };
  }
}
