package org.ictindex.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Device cookies, as OWASP recommends against lockouts: after a successful login on the form, the
 * browser gets a cookie naming the account and a random device id, signed with HMAC-SHA-256. A
 * later attempt for that account that presents it is throttled per device only ({@link
 * LoginThrottle}), so failures that others cause cannot hold the owner's own browser back.
 *
 * <p>The cookie proves only that this browser logged in to the account before; it logs nobody in.
 * It is HttpOnly, SameSite=Strict, limited to the admin app's path, Secure when {@code
 * ICTINDEX_SECURE_COOKIES=true}, and lasts {@link #LIFETIME}. The signing key is drawn at random
 * when the application starts, so a restart makes every device unknown again (which costs nothing
 * but the exemption).
 */
@ApplicationScoped
public class DeviceCookies {

  static final String NAME = "ictindex.device";
  static final Duration LIFETIME = Duration.ofDays(90);

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();
  private final boolean secure;

  public DeviceCookies() {
    this(newKey(), secureCookiesConfigured());
  }

  DeviceCookies(byte[] key, boolean secure) {
    this.key = new SecretKeySpec(key, ALGORITHM);
    this.secure = secure;
  }

  /** The value of a new device cookie for the canonical account name. */
  String issue(String account) {
    byte[] id = new byte[16];
    random.nextBytes(id);
    String payload =
        ENCODER.encodeToString(account.getBytes(StandardCharsets.UTF_8))
            + "."
            + ENCODER.encodeToString(id);
    return payload + "." + ENCODER.encodeToString(sign(payload));
  }

  /** The device id of a cookie value when it is genuine and was issued for the account. */
  Optional<String> deviceOf(String value, String account) {
    if (value == null) {
      return Optional.empty();
    }
    String[] parts = value.split("\\.", -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      String payload = parts[0] + "." + parts[1];
      boolean genuine = MessageDigest.isEqual(sign(payload), DECODER.decode(parts[2]));
      boolean forAccount =
          new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8).equals(account);
      return genuine && forAccount ? Optional.of(parts[1]) : Optional.empty();
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  /** The device id the request's cookie proves for the canonical account name, if any. */
  public Optional<String> deviceOf(HttpServletRequest request, String account) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    for (Cookie cookie : cookies) {
      if (NAME.equals(cookie.getName())) {
        Optional<String> device = deviceOf(cookie.getValue(), account);
        if (device.isPresent()) {
          return device;
        }
      }
    }
    return Optional.empty();
  }

  /** Gives the browser a device cookie for the account it just logged in to. */
  public void remember(HttpServletRequest request, HttpServletResponse response, String account) {
    Cookie cookie = new Cookie(NAME, issue(account));
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge((int) LIFETIME.toSeconds());
    cookie.setAttribute("SameSite", "Strict");
    response.addCookie(cookie);
  }

  private byte[] sign(String payload) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }

  private static byte[] newKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return key;
  }

  private static boolean secureCookiesConfigured() {
    return ConfigProvider.getConfig(DeviceCookies.class.getClassLoader())
        .getOptionalValue("ictindex.secure.cookies", String.class)
        .map(value -> value.trim().equalsIgnoreCase("true"))
        .orElse(false);
  }
}
