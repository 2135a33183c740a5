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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ictindex.admin.testing.BasicApi;
import org.ictindex.admin.testing.OtherAddress;
import org.ictindex.admin.testing.RunningAdminApp;
import org.ictindex.admin.testing.ScreenSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing against the packaged admin application is slowed down without keeping the owner
 * out, and failed attempts go to the security log, not to the audit trail.
 *
 * <p>Requests come from 127.0.0.1 and, for a second person's network, from another address of this
 * machine ({@link OtherAddress}); the order keeps the flood of the last test, which holds its
 * address back, from delaying the others.
 */
@ExtendWith(RunningAdminApp.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginThrottleIT {

  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
  private static final String PASSWORD = "mưa phùn tháng ba 58";
  private static final String THROTTLED_VI = "Quá nhiều lần đăng nhập sai. Hãy thử lại sau";
  private static final String FAILED_VI = "Tên đăng nhập hoặc mật khẩu không đúng";
  private static final Pattern WAIT = Pattern.compile(THROTTLED_VI + " (\\d+) giây");
  private static final Pattern INTACT_RECORDS = Pattern.compile("\"intactRecords\":(\\d+)");
  private static final Pattern UNKNOWN_NAMES = Pattern.compile("(\\d[\\d.]*) tên không tồn tại");

  private final URL base;

  LoginThrottleIT(URL base) {
    this.base = base;
  }

  /**
   * The tester's finding: guesses for the account kept its owner out. Now someone guessing from the
   * owner's own network holds back neither the owner's browser (it has a device cookie from an
   * earlier login) nor the owner at another address with the right password.
   */
  @Test
  @Order(1)
  void theOwnerLogsInWithTheRightPasswordDespiteOthersRecentFailures() throws Exception {
    URI root = base.toURI();
    String name = account("owner");
    ScreenSession ownersBrowser = new ScreenSession(root);
    assertThat(ownersBrowser.logIn(name, PASSWORD).uri().getPath()).doesNotEndWith("/login.xhtml");

    // Five wrong passwords from the owner's network, waiting out each delay: the next attempt
    // without a device cookie waits 4 s, even with the right password.
    ScreenSession guesser = new ScreenSession(root);
    String page = guesser.get("login.xhtml").body();
    int failures = 0;
    while (failures < 5) {
      page = post(guesser, page, name, "wrong " + failures).body();
      Matcher held = WAIT.matcher(page);
      if (held.find()) {
        Thread.sleep(Long.parseLong(held.group(1)) * 1_000);
      } else {
        failures++;
      }
    }
    assertThat(new ScreenSession(root).logIn(name, PASSWORD).body()).contains(THROTTLED_VI);

    // The owner's browser has the device cookie of its earlier login.
    HttpResponse<String> again = ownersBrowser.logIn(name, PASSWORD);
    assertThat(again.body()).doesNotContain(THROTTLED_VI);
    assertThat(again.uri().getPath()).doesNotEndWith("/login.xhtml");

    // The owner at another address, without a device cookie: the guesses were not from there.
    URI elsewhere = OtherAddress.of(root).orElse(null);
    if (elsewhere != null) {
      HttpResponse<String> fromElsewhere = new ScreenSession(elsewhere).logIn(name, PASSWORD);
      assertThat(fromElsewhere.body()).doesNotContain(THROTTLED_VI);
      assertThat(fromElsewhere.uri().getPath()).doesNotEndWith("/login.xhtml");
      assertThat(new BasicApi(elsewhere, name, PASSWORD).get("api/audit/verification").statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  @Order(2)
  void guessingIsSlowedDownOnTheFormAndTheApiAndGoesToTheSecurityLog() throws Exception {
    URI root = base.toURI();
    String name = account("guessed");

    // Four wrong passwords on the form; the fifth attempt, with the right one, is held back.
    ScreenSession guesser = new ScreenSession(root);
    String page = guesser.get("login.xhtml").body();
    int failures = 0;
    while (failures < 4) {
      HttpResponse<String> answer = post(guesser, page, name, "wrong " + failures);
      page = answer.body();
      if (page.contains(THROTTLED_VI)) {
        // The wait after the third failure was still running.
        Thread.sleep(2_000);
      } else {
        assertThat(page).contains(FAILED_VI);
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

    // The successful login is in the audit trail; the failures are in the security log.
    ScreenSession admin = new ScreenSession(root);
    assertThat(admin.logIn("admin", ADMIN_PASSWORD).uri().getPath()).doesNotEndWith("/login.xhtml");
    assertThat(trail(admin, Map.of("action", "LOGIN_SUCCEEDED", "actor", name)))
        .contains(name, "Đăng nhập thành công");
    assertThat(trail(admin, Map.of("action", "LOGIN_FAILED"))).doesNotContain(name);
    assertThat(trail(admin, Map.of("action", "LOGIN_THROTTLED"))).doesNotContain(name);
    String securityLog = failedLogins(admin);
    assertThat(securityLog).contains(name, "Mật khẩu sai", "Bị tạm chặn");
  }

  /**
   * The tester's other finding: 300 HTTP Basic requests with made-up names added 300 hash-chained
   * records. Now they add none; the security log shows them.
   */
  @Test
  @Order(3)
  void failedBasicRequestsWithMadeUpNamesAddNoAuditRecords() throws Exception {
    URI root = base.toURI();
    // From another address when there is one, since the flood holds its address back for a while.
    URI flooder = OtherAddress.of(root).orElse(null);
    Assumptions.assumeTrue(flooder != null, "this machine has no address but 127.0.0.1");
    ScreenSession screens = new ScreenSession(root);
    screens.logIn("admin", ADMIN_PASSWORD);
    BasicApi admin = new BasicApi(root, "admin", ADMIN_PASSWORD);
    long before = auditRecords(admin);
    long unknownBefore = unknownNamesSinceStart(screens);
    String prefix = "made-up-" + UUID.randomUUID().toString().substring(0, 6) + "-";

    int refused = 0;
    for (int i = 0; i < 300; i++) {
      int status = new BasicApi(flooder, prefix + i, "any password").get("api/cycles").statusCode();
      if (status == 401 || status == 429) {
        refused++;
      }
    }

    assertThat(refused).isEqualTo(300);
    assertThat(auditRecords(admin)).isEqualTo(before);
    // The screen keeps only the newest events, which after a fast flood may all be held back ones;
    // the counts since the start show the unknown names before the address was held back.
    assertThat(failedLogins(screens)).contains(prefix, "Bị tạm chặn");
    assertThat(unknownNamesSinceStart(screens))
        .isGreaterThanOrEqualTo(unknownBefore + LoginThrottle.ADDRESS_FREE_FAILURES);
  }

  private static long unknownNamesSinceStart(ScreenSession admin) throws Exception {
    Matcher count = UNKNOWN_NAMES.matcher(admin.get("accounts.xhtml").body());
    assertThat(count.find()).isTrue();
    return Long.parseLong(count.group(1).replace(".", ""));
  }

  private String account(String prefix) throws Exception {
    String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    BasicApi admin = new BasicApi(base.toURI(), "admin", ADMIN_PASSWORD);
    assertThat(admin.createAccount(name, PASSWORD, "AUDITOR").statusCode()).isEqualTo(201);
    return name;
  }

  private static long auditRecords(BasicApi admin) throws Exception {
    HttpResponse<String> verification = admin.get("api/audit/verification");
    assertThat(verification.statusCode()).isEqualTo(200);
    Matcher count = INTACT_RECORDS.matcher(verification.body());
    assertThat(count.find()).as(verification.body()).isTrue();
    return Long.parseLong(count.group(1));
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

  private static String failedLogins(ScreenSession admin) throws Exception {
    String page = admin.get("accounts.xhtml").body();
    return page.substring(page.indexOf("id=\"failed-logins\""));
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
