package org.ictindex.publicweb.view;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A rendered page without the indentation of its templates, which is a third of a ranking page's
 * bytes. A line break and the spaces after it show as one space in HTML, as a line break alone
 * does; the public pages have no {@code pre}, {@code textarea} or preformatted styles, where they
 * would not.
 */
final class CompactHtml {

  private static final Pattern INDENTED_LINES = Pattern.compile("\n[ \t\r\n]+");

  private CompactHtml() {}

  static byte[] of(byte[] html) {
    String text = new String(html, StandardCharsets.UTF_8);
    return INDENTED_LINES.matcher(text).replaceAll("\n").getBytes(StandardCharsets.UTF_8);
  }
}
