package org.ictindex.domain.cycle;

import org.ictindex.domain.language.LocalizedException;

/**
 * The year is not in a state that allows the request: importing into a published year, publishing
 * twice, correcting a draft. The message is written for the person who asked.
 */
public class CycleStateException extends LocalizedException {

  public CycleStateException(String messageVi, String messageEn) {
    super(messageVi, messageEn);
  }
}
