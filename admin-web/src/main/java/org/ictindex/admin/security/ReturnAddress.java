package org.ictindex.admin.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Where the login form sends a person after logging in: the screen they first asked for, carried in
 * the login form's address ({@code login.xhtml?returnTo=/audit.xhtml%3Fyear%3D2013}) rather than in
 * a session, so that asking for a screen before logging in keeps nothing on the server. Only a path
 * within the admin app is followed; anything else leads to the start page.
 */
public final class ReturnAddress {

  /** The name of the login form's parameter and hidden field. */
  public static final String PARAMETER = "returnTo";

  private static final int LONGEST = 2_000;

  private ReturnAddress() {}

  /** The login form's query for a refused request, such as {@code ?returnTo=…}, or empty. */
  static String loginQuery(HttpServletRequest request) {
    String query = request.getQueryString();
    String path =
        request.getRequestURI().substring(request.getContextPath().length())
            + (query == null ? "" : "?" + query);
    return local(path)
        .filter(wanted -> !wanted.equals("/") && !wanted.startsWith(AdminAuthentication.LOGIN_PAGE))
        .map(wanted -> "?" + PARAMETER + "=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8))
        .orElse("");
  }

  /**
   * The address if it is a path within the app: it starts with one slash, has no backslash, no
   * white space or control character, and is not overly long.
   */
  public static Optional<String> local(String address) {
    if (address == null
        || address.isEmpty()
        || address.length() > LONGEST
        || address.charAt(0) != '/'
        || address.startsWith("//")
        || address.indexOf('\\') >= 0) {
      return Optional.empty();
    }
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      if (c <= ' ' || c == 0x7f || Character.isWhitespace(c) || Character.isISOControl(c)) {
        return Optional.empty();
      }
    }
    return Optional.of(address);
  }
}
