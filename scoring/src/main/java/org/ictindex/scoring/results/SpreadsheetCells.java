package org.ictindex.scoring.results;

import java.util.regex.Pattern;

/**
 * Protects text bound for a spreadsheet against formula injection: a cell that starts with {@code
 * =}, {@code +}, {@code -}, {@code @}, a tab, a carriage return or a line feed (a line break before
 * {@code =} hides it from a glance at the cell) would be run as a formula by Excel or LibreOffice,
 * so it gets a leading {@code '}, which spreadsheets show as text. A plain number such as {@code
 * -1} is left alone, so that it stays a number.
 */
public final class SpreadsheetCells {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final String FORMULA_STARTS = "=+-@\t\r\n";

  private SpreadsheetCells() {}

  public static String protect(String text) {
    if (text.isEmpty()
        || FORMULA_STARTS.indexOf(text.charAt(0)) < 0
        || PLAIN_NUMBER.matcher(text).matches()) {
      return text;
    }
    return "'" + text;
  }
}
