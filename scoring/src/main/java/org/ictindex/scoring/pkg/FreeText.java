package org.ictindex.scoring.pkg;

import java.text.Normalizer;

/**
 * The one rule for free text that people type and others read: names of units, groups, classes and
 * nodes, and notes on values. Text is stored in Unicode NFC, so that a name typed with combining
 * accents (NFD) is found by a search typed precomposed. Invisible format characters (zero-width
 * spaces and joiners, bidirectional controls, a stray byte order mark) are refused rather than
 * removed: they make two names that look the same compare different, or make a name display in
 * another order than it is stored (the "Trojan source" trick), and dropping them silently would
 * change what the assessor wrote without telling. Control characters are refused too; a note may
 * still hold tabs and line breaks.
 */
public final class FreeText {

  /** The longest name, as the database stores it. */
  public static final int MAX_NAME_LENGTH = 500;

  /** The longest note on a value, as the database stores it. */
  public static final int MAX_NOTE_LENGTH = 4000;

  private FreeText() {}

  /** Why a text is refused, in Vietnamese and English. */
  public record Problem(String messageVi, String messageEn) {}

  public static String normalized(String text) {
    return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** The problem with a name, or null when it is acceptable. */
  public static Problem checkName(String name) {
    return check(name, MAX_NAME_LENGTH, false);
  }

  /** The problem with a note, or null when it is acceptable. */
  public static Problem checkNote(String note) {
    return check(note, MAX_NOTE_LENGTH, true);
  }

  private static Problem check(String text, int maxLength, boolean lineBreaksAllowed) {
    if (text == null) {
      return null;
    }
    if (text.length() > maxLength) {
      return new Problem(
          "Văn bản dài %d ký tự, vượt quá giới hạn %d ký tự.".formatted(text.length(), maxLength),
          "The text is %d characters long, more than the limit of %d."
              .formatted(text.length(), maxLength));
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
      int type = Character.getType(c);
      if (type == Character.FORMAT
          || (type == Character.CONTROL && !(lineBreaksAllowed && lineBreak))) {
        String codePoint = "U+%04X".formatted(c);
        int position = text.codePointCount(0, i) + 1;
        return new Problem(
            "Văn bản chứa ký tự vô hình %s ở vị trí %d (ký tự điều khiển, độ rộng bằng 0 hoặc đổi hướng chữ); hãy xoá ký tự đó."
                .formatted(codePoint, position),
            "The text holds the invisible character %s at position %d (a control, zero-width or text-direction character); delete it."
                .formatted(codePoint, position));
      }
      i += Character.charCount(c);
    }
    return null;
  }
}
