package org.ictindex.scoring.pkg;

/**
 * One problem found in a cycle package, with where it is and what is wrong, in Vietnamese and
 * English.
 *
 * <p>{@code line} and {@code column} start at 1; 0 means "not applicable" (a problem with a whole
 * file, or with the archive itself). In framework.json the column counts characters on the line; in
 * a CSV file it is the number of the field (1 for the first column, as a spreadsheet shows it).
 *
 * @param file the file of the package the problem is in, or the archive's name for a problem with
 *     the archive itself
 */
public record PackageError(String file, int line, int column, String messageVi, String messageEn) {

  /** The message in the given language: {@code "en"} for English, Vietnamese otherwise. */
  public String message(String language) {
    return "en".equals(language) ? messageEn : messageVi;
  }

  /** The error as {@code file:line:column: message}, the form compilers and editors understand. */
  public String format(String language) {
    return file + ":" + line + ":" + column + ": " + message(language);
  }
}
