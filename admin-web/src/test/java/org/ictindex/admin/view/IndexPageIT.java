package org.ictindex.admin.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.ictindex.admin.testing.RunningAdminApp;
import org.ictindex.admin.testing.ScreenSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logging in to the packaged admin application, deployed as it ships, and its start page. */
@ExtendWith(RunningAdminApp.class)
class IndexPageIT {

  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");

  private final URL base;

  IndexPageIT(URL base) {
    this.base = base;
  }

  private ScreenSession session() throws Exception {
    return new ScreenSession(base.toURI());
  }

  @Test
  void aPersonNotLoggedInIsSentToTheLoginFormInVietnamese() throws Exception {
    HttpResponse<String> response = session().get("./");

    assertThat(response.uri().getPath()).endsWith("/login.xhtml");
    assertThat(response.body()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu");
    assertThat(response.body()).doesNotContain("Các năm đánh giá");
  }

  @Test
  void aWrongPasswordIsRefusedWithAMessageAndOpensNothing() throws Exception {
    ScreenSession session = session();

    HttpResponse<String> response = session.logIn("admin", "not-the-password");

    assertThat(response.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
    assertThat(session.get("./").uri().getPath()).endsWith("/login.xhtml");
  }

  @Test
  void theRightPasswordOpensTheStartPageWithASessionThatDidNotExistBefore() throws Exception {
    ScreenSession session = session();
    session.get("./");
    assertThat(session.sessionId()).as("no session before the login").isEmpty();

    HttpResponse<String> response = session.logIn("admin", ADMIN_PASSWORD);

    assertThat(response.uri().getPath()).doesNotEndWith("/login.xhtml");
    assertThat(response.body())
        .contains("Tổng quan", "Các năm đánh giá", "lược đồ phiên bản", "admin · Quản trị viên");
    assertThat(session.sessionId()).isPresent();
  }

  @Test
  void afterLoginThePersonIsTakenWhereTheyWereHeading() throws Exception {
    ScreenSession session = session();
    HttpResponse<String> form = session.get("audit.xhtml?year=2013");
    assertThat(form.uri().getPath()).endsWith("/login.xhtml");
    assertThat(session.sessionId()).as("the address travels in the form, not a session").isEmpty();

    HttpResponse<String> response = session.logInOn(form, "admin", ADMIN_PASSWORD);

    assertThat(response.uri().toString()).endsWith("/audit.xhtml?year=2013");
  }

  @Test
  void anAddressOutsideTheAppIsNotFollowedAfterLogin() throws Exception {
    for (String elsewhere :
        new String[] {
          "//evil.example/x", "https://evil.example/", "/\\evil.example", "/a\r\nX: y"
        }) {
      ScreenSession session = session();
      HttpResponse<String> form =
          session.get(
              "login.xhtml?returnTo="
                  + java.net.URLEncoder.encode(elsewhere, java.nio.charset.StandardCharsets.UTF_8));

      HttpResponse<String> response = session.logInOn(form, "admin", ADMIN_PASSWORD);

      assertThat(response.uri().getHost()).as(elsewhere).isEqualTo(base.getHost());
      assertThat(response.uri().getPath()).as(elsewhere).isEqualTo(base.getPath());
    }
  }

  @Test
  void loggingOutEndsTheSession() throws Exception {
    ScreenSession session = session();
    HttpResponse<String> start = session.logIn("admin", ADMIN_PASSWORD);

    session.post(
        "index.xhtml",
        start.body(),
        java.util.Map.of("logout-form", "logout-form", "logout-form:logout", ""));

    assertThat(session.get("./").uri().getPath()).endsWith("/login.xhtml");
  }

  @Test
  void theScreensSpeakEnglishToABrowserThatAsksForIt() throws Exception {
    ScreenSession session = session().speaking("en-US,en;q=0.8");

    assertThat(session.get("./").body()).contains("Log in", "User name");
    assertThat(session.logIn("admin", ADMIN_PASSWORD).body())
        .contains("Overview", "schema version");
  }

  @Test
  void englishChosenInTheAddressIsRememberedInACookie() throws Exception {
    HttpResponse<String> response = session().get("login.xhtml?lang=en");

    assertThat(response.body()).contains("Log in");
    assertThat(response.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("lang=en"));
  }
}
