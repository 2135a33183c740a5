package org.ictindex.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
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
    HttpResponse<String> form =
        plain.send(
            HttpRequest.newBuilder(base.toURI().resolve("login.xhtml")).build(),
            HttpResponse.BodyHandlers.ofString());

    List<String> cookies = form.headers().allValues("Set-Cookie");
    assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    assertThat(cookies)
        .filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
        .allSatisfy(
            cookie ->
                assertThat(cookie.toLowerCase()).contains("httponly").doesNotContain("secure;"));
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
    assertThat(replayed.headers().firstValue("Location").orElseThrow()).endsWith("/login.xhtml");
  }

  private HttpResponse<String> withCookie(URI root, String sessionId) throws Exception {
    return plain.send(
        HttpRequest.newBuilder(root.resolve("index.xhtml"))
            .header("Cookie", "JSESSIONID=" + sessionId)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
