package org.ictindex.domain.language;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import java.util.Map;

/**
 * The language of a page request, for both web apps' templates ({@code #{language.locale}}):
 * Vietnamese unless the reader chose English with {@code ?lang=en} (remembered in a cookie) or the
 * browser asks for it.
 */
@Named("language")
@RequestScoped
public class CurrentLanguage {

  private static final int ONE_YEAR_IN_SECONDS = 365 * 24 * 3600;

  private Language language;

  @PostConstruct
  void choose() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    String parameter = context.getRequestParameterMap().get(Language.PARAMETER);
    Object cookie = context.getRequestCookieMap().get(Language.PARAMETER);
    String remembered = cookie instanceof Cookie c ? c.getValue() : null;
    language =
        Language.choose(
            parameter, remembered, context.getRequestHeaderMap().get("Accept-Language"));
    if (Language.fromCode(parameter).isPresent()) {
      context.addResponseCookie(
          Language.PARAMETER,
          language.code(),
          Map.of(
              "maxAge",
              ONE_YEAR_IN_SECONDS,
              "path",
              context.getRequestContextPath().isEmpty() ? "/" : context.getRequestContextPath(),
              "httpOnly",
              true,
              "SameSite",
              "Lax"));
    }
  }

  public Locale getLocale() {
    return language.locale();
  }

  public String getCode() {
    return language.code();
  }
}
