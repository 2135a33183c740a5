package org.ictindex.admin.security;

import jakarta.servlet.http.HttpServletResponse;
import org.ictindex.domain.web.ErrorPages;

/**
 * The admin app's error answers (web.xml): JSON under {@code /api/}, a page elsewhere, with the
 * headers of every admin answer and a policy that lets the page load nothing but its own styles.
 */
public class AdminErrorPages extends ErrorPages {

  private static final long serialVersionUID = 1L;

  @Override
  protected void secure(HttpServletResponse response) {
    SecurityHeaders.apply(response);
    response.setHeader(
        "Content-Security-Policy",
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + SecurityHeaders.CONTENT_SECURITY_POLICY);
  }

  @Override
  protected String apiPath() {
    return "/api/";
  }
}
