package org.ictindex.publicweb.view;

import jakarta.servlet.http.HttpServletResponse;
import org.ictindex.domain.web.ErrorPages;

/**
 * The public app's error answers (web.xml): JSON under {@code /api/}, a page elsewhere, with the
 * public pages' headers.
 */
public class PublicErrorPages extends ErrorPages {

  private static final long serialVersionUID = 1L;

  @Override
  protected void secure(HttpServletResponse response) {
    SecurityHeaders.apply(response);
  }

  @Override
  protected String apiPath() {
    return "/api/";
  }

  @Override
  protected String styleSheet() {
    return "/public.css";
  }

  /** Public pages keep no state, so a post with a view state is only a bad request. */
  @Override
  protected String expiredKind() {
    return "400";
  }
}
