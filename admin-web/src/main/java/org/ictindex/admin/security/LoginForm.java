package org.ictindex.admin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The login form is a stateless view: showing it keeps no session and no view state on the server,
 * so anonymous requests cost no memory after their answer (a session starts only at a successful
 * login). Without a view state to tie a post to its page, two checks take its place:
 *
 * <ul>
 *   <li>A post that a browser marks as sent from another site ({@code Sec-Fetch-Site}, else an
 *       {@code Origin} of another host) is not processed: it is sent back to the empty form, so
 *       another site cannot log a person in to an account of its choosing.
 *   <li>PrimeFaces' CSP mode takes a stateless view's script nonce from the post; the filter
 *       replaces whatever was posted with a fresh one, so the answer's nonce is never chosen by the
 *       sender and a missing or malformed one cannot fail the page.
 * </ul>
 */
@WebFilter(urlPatterns = AdminAuthentication.LOGIN_PAGE)
public class LoginForm extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(LoginForm.class.getName());
  private static final String NONCE = "primefaces.nonce";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    if (fromAnotherSite(request)) {
      LOG.info(() -> "Login post from another site refused, from " + request.getRemoteAddr());
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", request.getContextPath() + AdminAuthentication.LOGIN_PAGE);
      return;
    }
    chain.doFilter(new FreshNonce(request), response);
  }

  /** Whether the browser says the post comes from a page of another site. */
  static boolean fromAnotherSite(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null) {
      String site = fetchSite.trim().toLowerCase(Locale.ROOT);
      return !site.equals("same-origin") && !site.equals("none");
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    String host = request.getHeader("Host");
    try {
      String originHost = new URI(origin.trim()).getHost();
      String ownHost = host == null ? null : new URI("http://" + host.trim()).getHost();
      return originHost == null || ownHost == null || !originHost.equalsIgnoreCase(ownHost);
    } catch (URISyntaxException unreadable) {
      return true;
    }
  }

  /** The post's fields, with a nonce made here instead of the one posted. */
  private static final class FreshNonce extends HttpServletRequestWrapper {

    private final String nonce =
        Base64.getEncoder()
            .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    private Map<String, String[]> parameters;

    FreshNonce(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getParameter(String name) {
      return NONCE.equals(name) ? nonce : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
      return NONCE.equals(name) ? new String[] {nonce} : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      if (parameters == null) {
        Map<String, String[]> all = new LinkedHashMap<>(super.getParameterMap());
        all.put(NONCE, new String[] {nonce});
        parameters = Collections.unmodifiableMap(all);
      }
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }
  }
}
