package org.ictindex.domain.cycle;

import org.ictindex.domain.language.LocalizedException;

/** No year, no revision of it, or no unit of it matches the request. */
public class UnknownCycleException extends LocalizedException {

  public UnknownCycleException(String messageVi, String messageEn) {
    super(messageVi, messageEn);
  }

  static UnknownCycleException noUnit(int year, String unitCode) {
    return new UnknownCycleException(
        "Năm " + year + " không có đơn vị " + unitCode + ".",
        "There is no unit " + unitCode + " in " + year + ".");
  }
}
