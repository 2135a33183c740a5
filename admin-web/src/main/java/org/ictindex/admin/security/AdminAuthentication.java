package org.ictindex.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.ictindex.domain.account.Account;
import org.ictindex.domain.account.AccountService;
import org.ictindex.domain.account.LoginRecorder;

/**
 * Screens log in with the form of {@code login.xhtml} and stay logged in for the session; the HTTP
 * API authenticates every request with HTTP Basic and keeps no session.
 *
 * <p>A logged-in session is checked against the account on every protected request, so disabling an
 * account or changing its role takes effect at once.
 */
@ApplicationScoped
public class AdminAuthentication implements HttpAuthenticationMechanism {

  /** The session attribute holding the user name of the person logged in. */
  static final String CALLER = "ictindex.caller";

  /** The session attribute holding when the person logged in, as an {@link Instant}. */
  static final String LOGIN_AT = "ictindex.loginAt";

  public static final String LOGIN_PAGE = "/login.xhtml";

  /**
   * The request attribute holding, when a login was refused without checking its password, how many
   * seconds remain before it may be tried again.
   */
  public static final String THROTTLED_SECONDS = "ictindex.throttledSeconds";

  private static final Logger LOG = Logger.getLogger(AdminAuthentication.class.getName());
  private static final String API = "/api/";
  private static final String BASIC = "Basic ";

  @Inject private IdentityStoreHandler identityStores;
  @Inject private AccountService accounts;
  @Inject private LoginThrottle throttle;
  @Inject private LoginRecorder loginRecorder;

  private final SessionLimit sessionLimit =
      SessionLimit.ofMinutes(
          ConfigProvider.getConfig(AdminAuthentication.class.getClassLoader())
              .getOptionalValue("ictindex.session.max.minutes", String.class)
              .orElse(null));

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    SecurityHeaders.apply(response);
    if (isApi(request)) {
      return validateApiRequest(request, response, context);
    }
    Credential submitted = context.getAuthParameters().getCredential();
    if (submitted != null) {
      return logIn(request, submitted, context);
    }
    Optional<Account> loggedIn = loggedInAccount(request);
    if (loggedIn.isPresent()) {
      Account account = loggedIn.get();
      return context.notifyContainerAboutLogin(account.username(), Set.of(account.role().name()));
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    // Where to go after logging in travels in the login form's address, not in a new session.
    return context.redirect(
        request.getContextPath() + LOGIN_PAGE + ReturnAddress.loginQuery(request));
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private AuthenticationStatus logIn(
      HttpServletRequest request, Credential credential, HttpMessageContext context) {
    String username =
        credential instanceof UsernamePasswordCredential given ? given.getCaller() : "?";
    String address = request.getRemoteAddr();
    long wait = secondsToWait(username, address);
    if (wait > 0) {
      request.setAttribute(THROTTLED_SECONDS, wait);
      // Not an error page: the login form shows the refusal itself.
      return context.doNothing();
    }
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      LOG.info(() -> "Failed login for '" + username + "' from " + address);
      failed(username, address);
      // Not an error page: the login form shows the refusal itself.
      return context.doNothing();
    }
    LOG.info(() -> "Login of '" + username + "' from " + address);
    throttle.succeeded(username, address);
    audit(() -> loginRecorder.succeeded(username, address));
    // A new session id at login, so that an id planted before cannot ride on this login.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    HttpSession session = request.getSession();
    session.setAttribute(CALLER, result.getCallerPrincipal().getName());
    session.setAttribute(LOGIN_AT, Instant.now());
    return context.notifyContainerAboutLogin(result);
  }

  private Optional<Account> loggedInAccount(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null || !(session.getAttribute(CALLER) instanceof String username)) {
      return Optional.empty();
    }
    if (sessionLimit.isOver(
        session.getAttribute(LOGIN_AT) instanceof Instant at ? at : null, Instant.now())) {
      LOG.info(() -> "Session of '" + username + "' reached its maximum length");
      session.invalidate();
      return Optional.empty();
    }
    Optional<Account> account = accounts.find(username).filter(Account::isEnabled);
    if (account.isEmpty()) {
      session.invalidate();
    }
    return account;
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      Optional<UsernamePasswordCredential> credential = basicCredential(header);
      if (credential.isPresent()) {
        String username = credential.get().getCaller();
        String address = request.getRemoteAddr();
        long wait = secondsToWait(username, address);
        if (wait > 0) {
          return tooManyRequests(request, response, wait);
        }
        CredentialValidationResult result = identityStores.validate(credential.get());
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
          // Every API call logs in; only the failures are worth a line in the audit trail.
          throttle.succeeded(username, address);
          return context.notifyContainerAboutLogin(result);
        }
        LOG.info(() -> "Failed API login for '" + username + "' from " + address);
        failed(username, address);
      }
    } else if (!context.isProtected()) {
      return context.doNothing();
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"ICT Index\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }

  /**
   * Seconds the attempt must still wait, zero when its password may be checked now; a held-back
   * attempt is recorded.
   */
  private long secondsToWait(String username, String address) {
    Duration wait = throttle.waitFor(username, address);
    if (wait.isZero()) {
      return 0;
    }
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    LOG.info(() -> "Login for '" + username + "' from " + address + " held back " + seconds + " s");
    audit(() -> loginRecorder.throttled(username, address));
    return seconds;
  }

  private void failed(String username, String address) {
    throttle.failed(username, address);
    audit(() -> loginRecorder.failed(username, address));
  }

  /** Records a login attempt; a failing audit trail must not decide who may log in. */
  private static void audit(Runnable record) {
    try {
      record.run();
    } catch (RuntimeException failure) {
      LOG.log(java.util.logging.Level.WARNING, "Could not record a login attempt", failure);
    }
  }

  private static AuthenticationStatus tooManyRequests(
      HttpServletRequest request, HttpServletResponse response, long seconds) {
    Locale locale =
        Optional.ofNullable(request.getHeader("Accept-Language"))
                .filter(language -> language.trim().toLowerCase(Locale.ROOT).startsWith("en"))
                .isPresent()
            ? Locale.ENGLISH
            : Locale.forLanguageTag("vi");
    String message =
        java.text.MessageFormat.format(
            ResourceBundle.getBundle("org.ictindex.admin.i18n.messages", locale)
                .getString("login.throttled"),
            seconds);
    try {
      response.setStatus(429);
      response.setHeader("Retry-After", Long.toString(seconds));
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"status\":429,\"error\":\"" + jsonText(message) + "\"}");
      response.flushBuffer();
    } catch (IOException gone) {
      LOG.fine(() -> "Could not answer a held-back API login: " + gone);
    }
    // The answer is written: the request goes no further.
    return AuthenticationStatus.SEND_CONTINUE;
  }

  private static String jsonText(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  private static Optional<UsernamePasswordCredential> basicCredential(String header) {
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(BASIC.length()).trim()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? Optional.empty()
          : Optional.of(
              new UsernamePasswordCredential(
                  decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + API);
  }
}
