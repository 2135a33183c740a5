package org.ictindex.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.ictindex.admin.testing.BasicApi;
import org.ictindex.admin.testing.RunningAdminApp;
import org.ictindex.admin.testing.ScreenSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing against the packaged admin application is slowed down: after three failures
 * even the right password waits, on the form and on the API, and every attempt is in the audit
 * trail.
 *
 * <p>One test, because the delays are per address and every request here comes from the same one.
 */
@ExtendWith(RunningAdminApp.class)
class LoginThrottleIT {

  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
  private static final String PASSWORD = "mưa phùn tháng ba 58";
  private static final String THROTTLED_VI = "Quá nhiều lần đăng nhập sai. Hãy thử lại sau";

  private final URL base;

  LoginThrottleIT(URL base) {
    this.base = base;
  }

  @Test
  void guessingIsSlowedDownOnTheFormAndTheApiAndEveryAttemptIsAudited() throws Exception {
    URI root = base.toURI();
    String name = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
    BasicApi admin = new BasicApi(root, "admin", ADMIN_PASSWORD);
    assertThat(admin.createAccount(name, PASSWORD, "AUDITOR").statusCode()).isEqualTo(201);

    // Four wrong passwords on the form; the fifth attempt, with the right one, is held back.
    ScreenSession guesser = new ScreenSession(root);
    String page = guesser.get("login.xhtml").body();
    int failures = 0;
    while (failures < 4) {
      HttpResponse<String> answer = post(guesser, page, name, "wrong " + failures);
      page = answer.body();
      if (page.contains(THROTTLED_VI)) {
        // A slow machine: the wait after the third failure was still running.
        Thread.sleep(2_000);
      } else {
        assertThat(page).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        failures++;
      }
    }
    HttpResponse<String> rightButTooSoon = post(guesser, page, name, PASSWORD);

    assertThat(rightButTooSoon.body()).containsPattern(THROTTLED_VI + " \\d+ giây\\.");
    assertThat(guesser.get("./").uri().getPath()).endsWith("/login.xhtml");

    // The API answers 429 with when to come back, in JSON.
    BasicApi apiGuesser = new BasicApi(root, name, "still wrong");
    HttpResponse<String> throttled = apiGuesser.get("api/cycles");
    for (int i = 0; i < 5 && throttled.statusCode() == 401; i++) {
      throttled = apiGuesser.get("api/cycles");
    }
    assertThat(throttled.statusCode()).isEqualTo(429);
    long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
    assertThat(retryAfter).isBetween(1L, 30L);
    assertThat(throttled.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(throttled.body()).contains("\"status\":429", THROTTLED_VI);
    assertThat(new BasicApi(root, name, PASSWORD).get("api/cycles").statusCode()).isEqualTo(429);

    // Slowed, never locked out: once the wait is over the right password opens the screens.
    Thread.sleep(retryAfter * 1_000 + 1_500);
    ScreenSession owner = new ScreenSession(root);
    assertThat(owner.logIn(name, PASSWORD).uri().getPath()).doesNotEndWith("/login.xhtml");

    // Every attempt is in the audit trail, with the account name as subject.
    ScreenSession reader = new ScreenSession(root);
    assertThat(reader.logIn("admin", ADMIN_PASSWORD).uri().getPath())
        .doesNotEndWith("/login.xhtml");
    assertThat(trail(reader, Map.of("action", "LOGIN_FAILED", "actor", "anonymous")))
        .contains(name, "Đăng nhập sai");
    assertThat(trail(reader, Map.of("action", "LOGIN_THROTTLED", "actor", "anonymous")))
        .contains(name, "Đăng nhập bị tạm chặn");
    assertThat(trail(reader, Map.of("action", "LOGIN_SUCCEEDED", "actor", name)))
        .contains(name, "Đăng nhập thành công");
  }

  private static HttpResponse<String> post(
      ScreenSession session, String page, String username, String password) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    return session.post("login.xhtml", page, fields);
  }

  private static String trail(ScreenSession session, Map<String, String> filters) throws Exception {
    StringBuilder address = new StringBuilder("audit.xhtml?");
    filters.forEach(
        (key, value) ->
            address
                .append(key)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                .append('&'));
    String page = session.get(address.toString()).body();
    return page.substring(page.indexOf("id=\"trail:records\""));
  }
}
