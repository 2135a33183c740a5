package org.ictindex.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ictindex.admin.testing.RunningAdminApp;
import org.ictindex.admin.testing.ScreenSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The session cookie of the packaged admin application, and what is left of it after logout. */
@ExtendWith(RunningAdminApp.class)
class SessionCookieIT {

  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");

  private final URL base;

  SessionCookieIT(URL base) {
    this.base = base;
  }

  private final HttpClient plain =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Test
  void theSessionCookieIsOutOfReachOfScriptsAndOtherSites() throws Exception {
    HttpResponse<String> loggedIn = logIn(Map.of());

    List<String> cookies = loggedIn.headers().allValues("Set-Cookie");
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    assertThat(cookies)
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
        .allSatisfy(
            cookie ->
                assertThat(cookie.toLowerCase())
                    .contains("httponly", "samesite=strict")
                    .doesNotContain("secure;"));
  }

  @Test
  void anonymousRequestsKeepNoSessionHoweverMany() throws Exception {
    for (int i = 0; i < 200; i++) {
      for (String path :
          new String[] {"login.xhtml", "login.xhtml?x=" + i, "./", "audit.xhtml?year=" + i}) {
        HttpResponse<String> answer =
            plain.send(
                HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.headers().allValues("Set-Cookie"))
            .as(path)
            .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
      }
    }
    // A failed login keeps none either: only a successful one starts a session.
    HttpResponse<String> failed = logIn(Map.of("login:password", "not-the-password"));
    assertThat(failed.statusCode()).isEqualTo(200);
    assertThat(failed.headers().allValues("Set-Cookie"))
        .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
  }

  @Test
  void aLoginPostedFromAnotherSiteLogsNobodyIn() throws Exception {
    for (Map<String, String> crossSite :
        List.of(
            Map.of("Sec-Fetch-Site", "cross-site"),
            Map.of("Origin", "https://evil.example"),
            Map.of("Origin", "null"))) {
      HttpResponse<String> answer = logIn(crossSite);

      assertThat(answer.statusCode()).as(crossSite.toString()).isEqualTo(303);
      assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml");
      assertThat(answer.headers().allValues("Set-Cookie"))
          .as(crossSite.toString())
          .noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
    }
    assertThat(logIn(Map.of("Sec-Fetch-Site", "same-origin")).statusCode()).isEqualTo(302);
  }

  /**
   * Posts the login form as a browser would, with the given headers (or with {@code login:password}
   * replaced), without following the answer.
   */
  private HttpResponse<String> logIn(Map<String, String> given) throws Exception {
    String form =
        plain
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    Map<String, String> fields = new LinkedHashMap<>(ScreenSession.postbackFields(form));
    fields.put("login", "login");
    fields.put("login:username", "admin");
    fields.put("login:password", given.getOrDefault("login:password", ADMIN_PASSWORD));
    fields.put("login:submit", "");
    HttpRequest.Builder post =
        HttpRequest.newBuilder(base.toURI().resolve("login.xhtml"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    fields.entrySet().stream()
                        .map(
                            field ->
                                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                                    + "="
                                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"))));
    given.forEach(
        (name, value) -> {
          if (!name.startsWith("login:")) {
            post.header(name, value);
          }
        });
    return plain.send(post.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void afterLogoutTheOldSessionCookieOpensNothing() throws Exception {
    URI root = base.toURI();
    ScreenSession session = new ScreenSession(root);
    HttpResponse<String> start = session.logIn("admin", ADMIN_PASSWORD);
    assertThat(start.uri().getPath()).doesNotEndWith("/login.xhtml");
    String old = session.sessionId().orElseThrow();
    assertThat(withCookie(root, old).statusCode()).isEqualTo(200);

    HttpResponse<String> loggedOut =
        session.post(
            "index.xhtml",
            start.body(),
            Map.of("logout-form", "logout-form", "logout-form:logout", ""));
    assertThat(loggedOut.uri().getPath()).endsWith("/login.xhtml");

    HttpResponse<String> replayed = withCookie(root, old);
    assertThat(replayed.statusCode()).isEqualTo(302);
    assertThat(replayed.headers().firstValue("Location").orElseThrow())
        .contains("/login.xhtml?returnTo=");
  }

  private HttpResponse<String> withCookie(URI root, String sessionId) throws Exception {
    return plain.send(
        HttpRequest.newBuilder(root.resolve("index.xhtml"))
            .header("Cookie", "JSESSIONID=" + sessionId)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
