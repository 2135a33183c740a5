package org.ictindex.domain.cycle;

import org.ictindex.domain.language.LocalizedException;

/**
 * A request that is incomplete or malformed, such as a correction without a reason. The message is
 * written for the person who asked.
 */
public class InvalidRequestException extends LocalizedException {

  public InvalidRequestException(String messageVi, String messageEn) {
    super(messageVi, messageEn);
  }
}
