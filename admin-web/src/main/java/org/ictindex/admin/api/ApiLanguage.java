package org.ictindex.admin.api;

import jakarta.ws.rs.core.HttpHeaders;
import org.ictindex.domain.language.Language;

/** The language of an API answer's messages: the request's Accept-Language, else Vietnamese. */
final class ApiLanguage {

  private ApiLanguage() {}

  static String of(HttpHeaders headers) {
    return of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  static String of(String acceptLanguage) {
    return Language.choose(null, null, acceptLanguage).code();
  }
}
