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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.ictindex.domain.account.Account;
import org.ictindex.domain.account.AccountNames;
import org.ictindex.domain.account.AccountService;
import org.ictindex.domain.account.LoginRecorder;

/**
 * Screens log in with the form of {@code login.xhtml} and stay logged in for the session; the HTTP
 * API authenticates every request with HTTP Basic and keeps no session.
 *
 * <p>A logged-in session is checked against the account on every protected request: disabling the
 * account, resetting or changing its password and changing its role end the session at once.
 * Attempts are throttled ({@link LoginThrottle}); failures go to the {@link SecurityLog},
 * successful screen logins to the audit trail.
 */
@ApplicationScoped
public class AdminAuthentication implements HttpAuthenticationMechanism {

  /** The session attribute holding the user name of the person logged in. */
  static final String CALLER = "ictindex.caller";

  /** The session attribute holding when the person logged in, as an {@link Instant}. */
  static final String LOGIN_AT = "ictindex.loginAt";

  /**
   * The session attribute holding the account's session generation at login, as a {@link Long}; a
   * password, role or status change since then ends the session.
   */
  static final String GENERATION = "ictindex.sessionGeneration";

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
  @Inject private DeviceCookies devices;
  @Inject private SecurityLog securityLog;

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
      return logIn(request, response, submitted, context);
    }
    Optional<Account> loggedIn = loggedInAccount(request);
    if (loggedIn.isPresent()) {
      Account account = loggedIn.get();
      return context.notifyContainerAboutLogin(
          account.username(), AccountIdentityStore.groupsOf(account));
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
      HttpServletRequest request,
      HttpServletResponse response,
      Credential credential,
      HttpMessageContext context) {
    String username =
        credential instanceof UsernamePasswordCredential given ? given.getCaller() : "?";
    String account = AccountNames.canonical(username);
    String address = request.getRemoteAddr();
    Optional<String> device = devices.deviceOf(request, account);
    long wait = secondsToWait(username, account, address, device, false);
    if (wait > 0) {
      request.setAttribute(THROTTLED_SECONDS, wait);
      // Not an error page: the login form shows the refusal itself.
      return context.doNothing();
    }
    CredentialValidationResult result = identityStores.validate(credential);
    Optional<Account> found =
        result.getStatus() == CredentialValidationResult.Status.VALID
            ? accounts.find(result.getCallerPrincipal().getName()).filter(Account::isEnabled)
            : Optional.empty();
    if (found.isEmpty()) {
      failed(username, account, address, device, false);
      // Not an error page: the login form shows the refusal itself.
      return context.doNothing();
    }
    LOG.info(() -> "Login of '" + found.get().username() + "' from " + address);
    throttle.succeeded(account, address, device);
    audit(() -> loginRecorder.succeeded(found.get().username(), address));
    devices.remember(request, response, account);
    // A new session id at login, so that an id planted before cannot ride on this login.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    HttpSession session = request.getSession();
    session.setAttribute(CALLER, found.get().username());
    session.setAttribute(LOGIN_AT, Instant.now());
    session.setAttribute(GENERATION, found.get().sessionGeneration());
    return context.notifyContainerAboutLogin(result);
  }

  /**
   * Lets the person's own session continue after a change that ended the account's sessions, such
   * as changing their own password: the session takes on the account's new generation.
   */
  public static void continueSession(HttpServletRequest request, long generation) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.setAttribute(GENERATION, generation);
    }
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
    // Disabled, or its password, role or status changed since this session logged in.
    Optional<Account> account =
        accounts
            .find(username)
            .filter(Account::isEnabled)
            .filter(
                current ->
                    session.getAttribute(GENERATION) instanceof Long generation
                        && generation == current.sessionGeneration());
    if (account.isEmpty()) {
      LOG.info(() -> "Session of '" + username + "' ended by a change of the account");
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
        String account = AccountNames.canonical(username);
        String address = request.getRemoteAddr();
        // API clients keep no cookies: no device exemption here.
        long wait = secondsToWait(username, account, address, Optional.empty(), true);
        if (wait > 0) {
          return tooManyRequests(request, response, wait);
        }
        CredentialValidationResult result = identityStores.validate(credential.get());
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
          // Every API call logs in; none is worth a record in the audit trail.
          throttle.succeeded(account, address, Optional.empty());
          return context.notifyContainerAboutLogin(result);
        }
        failed(username, account, address, Optional.empty(), true);
      }
    } else if (!context.isProtected()) {
      return context.doNothing();
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"ICT Index\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }

  /**
   * Seconds the attempt must still wait, zero when its password may be checked now; a held-back
   * attempt goes to the security log.
   */
  private long secondsToWait(
      String username, String account, String address, Optional<String> device, boolean api) {
    Duration wait = throttle.waitFor(account, address, device);
    if (wait.isZero()) {
      return 0;
    }
    securityLog.record(SecurityLog.Kind.THROTTLED, username, address, api);
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /**
   * Counts a failed attempt and writes it to the security log, with why it failed: the account is
   * looked up after the password check, so every failure costs the same look-up and one hash.
   */
  private void failed(
      String username, String account, String address, Optional<String> device, boolean api) {
    throttle.failed(account, address, device);
    SecurityLog.Kind kind =
        accounts
            .find(username)
            .map(
                known ->
                    known.isEnabled()
                        ? SecurityLog.Kind.WRONG_PASSWORD
                        : SecurityLog.Kind.DISABLED_ACCOUNT)
            .orElse(SecurityLog.Kind.UNKNOWN_ACCOUNT);
    securityLog.record(kind, username, address, api);
  }

  /** Records a login; a failing audit trail must not decide who may log in. */
  private static void audit(Runnable record) {
    try {
      record.run();
    } catch (RuntimeException failure) {
      LOG.log(java.util.logging.Level.WARNING, "Could not record a login", failure);
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
