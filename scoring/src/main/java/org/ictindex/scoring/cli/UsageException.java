package org.ictindex.scoring.cli;

/** The command line is wrong; the message says how, in Vietnamese and English. */
final class UsageException extends RuntimeException {

  private final String messageVi;
  private final String messageEn;

  UsageException(String messageVi, String messageEn) {
    super(messageEn);
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }

  String message(String language) {
    return "en".equals(language) ? messageEn : messageVi;
  }
}
