package org.ictindex.domain.cycle;

import org.ictindex.domain.language.LocalizedException;

/** Someone else changed the same data since the caller read it; nothing was saved. */
public class ConcurrentEditException extends LocalizedException {

  public ConcurrentEditException(String messageVi, String messageEn) {
    super(messageVi, messageEn);
  }
}
