package org.ictindex.scoring.pkg;

import java.text.Normalizer;

/**
 * The one rule for free text that people type and others read: names of units, groups, classes and
 * nodes, notes on values, and the reasons given for corrections (and any other reason stored with a
 * change: use {@link #checkReason}). Text is stored in Unicode NFC, so that a name typed with
 * combining accents (NFD) is found by a search typed precomposed.
 *
 * <p>Characters that show nothing, or that change how the text around them is shown, are refused
 * rather than removed: they make two names that look the same compare different, or make a text
 * display in another order than it is stored (the "Trojan source" trick), and dropping them
 * silently would change what the assessor wrote without telling. Refused are:
 *
 * <ul>
 *   <li>control characters (Unicode category Cc); a note or a reason may keep tabs and line breaks
 *       (CR, LF), a name may not;
 *   <li>every code point of Unicode's {@code Default_Ignorable_Code_Point} property
 *       (DerivedCoreProperties.txt: zero-width spaces and joiners, the soft hyphen, the combining
 *       grapheme joiner, variation selectors, Hangul fillers, tags…), which includes every {@code
 *       Bidi_Control} character (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069);
 *   <li>any other format character (category Cf, such as U+0600 ARABIC NUMBER SIGN);
 *   <li>U+2800 BRAILLE PATTERN BLANK, which is not default-ignorable but is drawn as an empty cell
 *       and so passes for a space or for nothing;
 *   <li>U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR, line breaks that browsers, CSV
 *       readers and JavaScript each treat differently;
 *   <li>noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, such as U+FFFE),
 *       private-use characters (no agreed glyph: what one reader sees another does not) and lone
 *       surrogates.
 * </ul>
 *
 * <p>Unassigned code points are not refused as such: which ones are unassigned depends on the
 * Unicode version of the Java runtime, and a package accepted once must read the same on any
 * runtime. The unassigned code points that Unicode reserves as default-ignorable are refused, since
 * that property is stable.
 */
public final class FreeText {

  /** The longest name, as the database stores it. */
  public static final int MAX_NAME_LENGTH = 500;

  /** The longest note on a value, as the database stores it. */
  public static final int MAX_NOTE_LENGTH = 4000;

  /** The longest reason given for a change, as the database stores it. */
  public static final int MAX_REASON_LENGTH = 4000;

  /**
   * Unicode 15.1 DerivedCoreProperties.txt, {@code Default_Ignorable_Code_Point}: first and last
   * code point of each range. The property is stable; a new version may only add unassigned code
   * points to it, and these ranges already hold every reserved one.
   */
  private static final int[][] DEFAULT_IGNORABLE = {
    {0x00AD, 0x00AD}, // SOFT HYPHEN
    {0x034F, 0x034F}, // COMBINING GRAPHEME JOINER
    {0x061C, 0x061C}, // ARABIC LETTER MARK
    {0x115F, 0x1160}, // HANGUL CHOSEONG FILLER..HANGUL JUNGSEONG FILLER
    {0x17B4, 0x17B5}, // KHMER VOWEL INHERENT AQ..KHMER VOWEL INHERENT AA
    {0x180B, 0x180F}, // MONGOLIAN FREE VARIATION SELECTORS, MONGOLIAN VOWEL SEPARATOR
    {0x200B, 0x200F}, // ZERO WIDTH SPACE..RIGHT-TO-LEFT MARK
    {0x202A, 0x202E}, // LEFT-TO-RIGHT EMBEDDING..RIGHT-TO-LEFT OVERRIDE
    {0x2060, 0x206F}, // WORD JOINER..NOMINAL DIGIT SHAPES (with the isolates U+2066..U+2069)
    {0x3164, 0x3164}, // HANGUL FILLER
    {0xFE00, 0xFE0F}, // VARIATION SELECTOR-1..VARIATION SELECTOR-16
    {0xFEFF, 0xFEFF}, // ZERO WIDTH NO-BREAK SPACE (byte order mark)
    {0xFFA0, 0xFFA0}, // HALFWIDTH HANGUL FILLER
    {0xFFF0, 0xFFF8}, // reserved
    {0x1BCA0, 0x1BCA3}, // SHORTHAND FORMAT LETTER OVERLAP..SHORTHAND FORMAT UP STEP
    {0x1D173, 0x1D17A}, // MUSICAL SYMBOL BEGIN BEAM..MUSICAL SYMBOL END PHRASE
    {0xE0000, 0xE0FFF}, // LANGUAGE TAG, TAG characters, VARIATION SELECTOR-17..256, reserved
  };

  /** Refused besides: look-alike blanks and the separators that break lines differently. */
  private static final int BRAILLE_PATTERN_BLANK = 0x2800;

  private static final int LINE_SEPARATOR = 0x2028;
  private static final int PARAGRAPH_SEPARATOR = 0x2029;

  private FreeText() {}

  /** What kind of text is checked: its longest length and whether it may span lines. */
  public enum Kind {
    NAME(MAX_NAME_LENGTH, false),
    NOTE(MAX_NOTE_LENGTH, true),
    REASON(MAX_REASON_LENGTH, true);

    private final int maxLength;
    private final boolean lineBreaksAllowed;

    Kind(int maxLength, boolean lineBreaksAllowed) {
      this.maxLength = maxLength;
      this.lineBreaksAllowed = lineBreaksAllowed;
    }

    public int maxLength() {
      return maxLength;
    }
  }

  /** Why a text is refused, in Vietnamese and English. */
  public record Problem(String messageVi, String messageEn) {}

  public static String normalized(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** The problem with a name, or null when it is acceptable. */
  public static Problem checkName(String name) {
    return check(name, Kind.NAME);
  }

  /** The problem with a note, or null when it is acceptable. */
  public static Problem checkNote(String note) {
    return check(note, Kind.NOTE);
  }

  /**
   * The problem with a reason given for a change (a correction, a withdrawal…), or null when it is
   * acceptable. Whether a reason is required, and how long it must be, is the caller's rule.
   */
  public static Problem checkReason(String reason) {
    return check(reason, Kind.REASON);
  }

  /** The problem with a text of the kind, or null when it is acceptable (null is acceptable). */
  public static Problem check(String text, Kind kind) {
    if (text == null) {
      return null;
    }
    if (text.length() > kind.maxLength) {
      return new Problem(
          "Văn bản dài %d ký tự, vượt quá giới hạn %d ký tự."
              .formatted(text.length(), kind.maxLength),
          "The text is %d characters long, more than the limit of %d."
              .formatted(text.length(), kind.maxLength));
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (isRefused(c, kind.lineBreaksAllowed)) {
        String character = describe(c);
        int position = text.codePointCount(0, i) + 1;
        return new Problem(
            "Văn bản chứa ký tự vô hình %s ở vị trí %d (ký tự điều khiển, độ rộng bằng 0, đổi hướng chữ hoặc không hiển thị); hãy xoá ký tự đó."
                .formatted(character, position),
            "The text holds the invisible character %s at position %d (a control, zero-width, text-direction or otherwise invisible character); delete it."
                .formatted(character, position));
      }
      i += Character.charCount(c);
    }
    return null;
  }

  /**
   * Whether the code point is refused in free text.
   *
   * @param lineBreaksAllowed whether tab, CR and LF are accepted (notes and reasons)
   */
  public static boolean isRefused(int c, boolean lineBreaksAllowed) {
    int type = Character.getType(c);
    if (type == Character.CONTROL) {
      return !(lineBreaksAllowed && (c == '\t' || c == '\n' || c == '\r'));
    }
    return type == Character.FORMAT
        || type == Character.PRIVATE_USE
        || type == Character.SURROGATE
        || isDefaultIgnorable(c)
        || isNoncharacter(c)
        || c == BRAILLE_PATTERN_BLANK
        || c == LINE_SEPARATOR
        || c == PARAGRAPH_SEPARATOR;
  }

  /** Unicode's {@code Default_Ignorable_Code_Point} property. */
  public static boolean isDefaultIgnorable(int c) {
    for (int[] range : DEFAULT_IGNORABLE) {
      if (c >= range[0] && c <= range[1]) {
        return true;
      }
    }
    return false;
  }

  /** Unicode's {@code Noncharacter_Code_Point} property. */
  static boolean isNoncharacter(int c) {
    return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
  }

  /** The code point and its Unicode name, such as "U+202E RIGHT-TO-LEFT OVERRIDE". */
  static String describe(int c) {
    String name = Character.getName(c);
    if (isNoncharacter(c)) {
      name = "NONCHARACTER";
    } else if (name == null) {
      name = "UNASSIGNED";
    }
    return "U+%04X %s".formatted(c, name);
  }
}
