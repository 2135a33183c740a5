package org.ictindex.admin.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers on every answer of the admin app, screens, resources and API alike: browsers must not
 * guess content types, must not show the app inside a frame of another page, and send no full
 * address of an admin page to other sites. No plugin content ({@code object-src}) and no {@code
 * <base>} pointing elsewhere. It also runs for error dispatches, whose pages set the headers again
 * ({@link AdminErrorPages}) in case the container reset them.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(response);
    chain.doFilter(request, response);
  }

  /**
   * Sets the headers; also called by {@link AdminAuthentication}, whose refusals and redirects are
   * answered before any filter runs.
   */
  static final String CONTENT_SECURITY_POLICY =
      "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

  static void apply(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
  }
}
