package org.ictindex.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ictindex.admin.testing.ApiClient;
import org.ictindex.admin.testing.RunningAdminApp;
import org.ictindex.admin.testing.ScreenSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The protective headers of the packaged admin application, on screens, resources and the API, and
 * its errors, which say what happened without internals.
 */
@ExtendWith(RunningAdminApp.class)
class SecurityHeadersIT {

  private final URL base;

  SecurityHeadersIT(URL base) {
    this.base = base;
  }

  @Test
  void everyAnswerCarriesTheProtectiveHeaders() throws Exception {
    for (String path : new String[] {"login.xhtml", "favicon.svg", "api/cycles", "index.xhtml"}) {
      check(path);
    }
  }

  @Test
  void screensAllowOnlyScriptsWithTheirNonce() throws Exception {
    HttpResponse<String> login =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(login.headers().allValues("Content-Security-Policy"))
        .anySatisfy(
            policy -> assertThat(policy).contains("script-src").containsPattern("'nonce-[^']+'"));
    assertThat(login.body()).doesNotContainPattern("\\son(click|change|load|submit)=\"");
  }

  @Test
  void errorsOnScreensAndInTheApiShowNoInternals() throws Exception {
    ScreenSession session = new ScreenSession(base.toURI());
    session.logIn("admin", System.getProperty("it.admin.password"));
    HttpResponse<String> missingPage = session.get("no-such-screen.xhtml");
    assertThat(missingPage.statusCode()).isEqualTo(404);
    assertThat(missingPage.body())
        .contains("Không tìm thấy trang")
        .doesNotContain("Page not found");
    assertNoInternals(missingPage.body());
    assertThat(session.speaking("en").get("no-such-screen.xhtml").body())
        .contains("Page not found")
        .doesNotContain("Không tìm thấy trang");

    ApiClient api = new ApiClient(base.toURI(), "admin", System.getProperty("it.admin.password"));
    HttpResponse<String> malformed =
        api.send(
            "POST",
            "api/accounts",
            "application/json",
            "{\"username\": [".getBytes(StandardCharsets.UTF_8));
    assertThat(malformed.statusCode()).isBetween(400, 499);
    assertNoInternals(malformed.body());
    for (String path : new String[] {"api/cycles/not-a-year/revisions", "api/no-such-resource"}) {
      HttpResponse<String> answer = api.send("GET", path, null, null);
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).startsWith("{");
      assertNoInternals(answer.body());
    }
  }

  @Test
  void theAdminPolicyAllowsNoPluginsAndNoForeignBase() throws Exception {
    HttpResponse<String> login = plain().send(get("login.xhtml"), BodyHandlers.ofString());

    assertThat(login.headers().allValues("Content-Security-Policy"))
        .anySatisfy(
            policy ->
                assertThat(policy)
                    .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"));
  }

  @Test
  void errorAnswersSpeakTheReadersLanguageWithTheHeadersAndWithoutInternals() throws Exception {
    ScreenSession session = new ScreenSession(base.toURI());
    HttpResponse<String> start = session.logIn("admin", System.getProperty("it.admin.password"));

    // 404 in Vietnamese and in English.
    assertErrorPage(session.get("no-such-screen.xhtml"), 404, "Không tìm thấy trang");
    assertErrorPage(session.speaking("en").get("no-such-screen.xhtml"), 404, "Page not found");
    session.speaking("vi");
    // 401 of the API: JSON, with the headers.
    HttpResponse<String> unauthorized = plain().send(get("api/cycles"), BodyHandlers.ofString());
    assertThat(unauthorized.statusCode()).isEqualTo(401);
    assertThat(unauthorized.body()).startsWith("{").contains("\"status\":401");
    assertThat(unauthorized.headers().firstValue("WWW-Authenticate")).isPresent();
    assertProtected(unauthorized);
    // 400: a page posted with a view state the server never gave (as after the session ended).
    HttpResponse<String> expired =
        session.postRaw(
            "index.xhtml",
            Map.of(
                "logout-form",
                "logout-form",
                "logout-form:logout",
                "",
                "jakarta.faces.ViewState",
                "-123:456"));
    assertErrorPage(expired, 400, "Trang đã hết hạn");
    // 413: a file larger than the limit on the import screen.
    HttpResponse<String> tooLarge =
        session.postFile(
            "import.xhtml?year=2013",
            session.get("import.xhtml?year=2013").body(),
            Map.of("upload-form", "upload-form", "upload-form:submit", ""),
            "upload-form:file",
            new byte[51 * 1024 * 1024 + 1]);
    assertErrorPage(tooLarge, 413, "Tệp quá lớn");
    assertThat(tooLarge.body()).contains("50 MB");
    // The session is still there: the refusals changed nothing.
    assertThat(session.get("index.xhtml").body()).contains("logout-form");
    assertThat(start.statusCode()).isEqualTo(200);
  }

  @Test
  void anAnonymousAjaxPostWithAnUnknownViewStateGetsACleanAnswer() throws Exception {
    HttpResponse<String> answer =
        plain()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("login.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Faces-Request", "partial/ajax")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "jakarta.faces.partial.ajax=true&jakarta.faces.source=login:submit"
                                + "&jakarta.faces.partial.execute=%40all&login=login"
                                + "&jakarta.faces.ViewState=123%3A456"))
                    .build(),
                BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("<redirect url=\"/admin/login.xhtml\"");
    assertNoInternals(answer.body());
    assertThat(answer.body()).doesNotContain("ViewExpired", "error-name");
    assertProtected(answer);
  }

  @Test
  void aPostbackWithAnotherNonceThanItsPageIsRefusedBeforeItsActionRuns() throws Exception {
    ScreenSession session = new ScreenSession(base.toURI());
    String start = session.logIn("admin", System.getProperty("it.admin.password")).body();
    Map<String, String> logout = new LinkedHashMap<>(ScreenSession.postbackFields(start));
    logout.put("logout-form", "logout-form");
    logout.put("logout-form:logout", "");
    logout.put("primefaces.nonce", "ZDU0NmJlNjUtZjA4MS00NDNjLTk5MzQtYzc5YzM3MGZlZGE1");

    HttpResponse<String> refused = session.postRaw("index.xhtml", logout);

    assertErrorPage(refused, 400, "Yêu cầu không hợp lệ");
    // The logout action did not run: the session still opens the start page.
    HttpResponse<String> after = session.get("index.xhtml");
    assertThat(after.uri().getPath()).endsWith("/index.xhtml");
    assertThat(after.body()).contains("logout-form");
  }

  @Test
  void noAnswerNamesTheServerSoftware() throws Exception {
    for (String path :
        new String[] {"login.xhtml", "favicon.svg", "api/cycles", "index.xhtml", "no-such.xhtml"}) {
      HttpResponse<String> answer = plain().send(get(path), BodyHandlers.ofString());
      assertThat(answer.headers().firstValue("Server")).as(path).isEmpty();
      assertThat(answer.headers().firstValue("X-Powered-By")).as(path).isEmpty();
    }
  }

  private HttpRequest get(String path) throws Exception {
    return HttpRequest.newBuilder(base.toURI().resolve(path)).build();
  }

  private static HttpClient plain() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  private static void assertErrorPage(HttpResponse<String> answer, int status, String title) {
    assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(status);
    assertThat(answer.body()).as(answer.uri().toString()).contains(title);
    assertNoInternals(answer.body());
    assertProtected(answer);
  }

  private static void assertProtected(HttpResponse<String> answer) {
    String what = answer.uri() + " " + answer.statusCode();
    assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
    assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).contains("DENY");
    assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).contains("same-origin");
    assertThat(answer.headers().allValues("Content-Security-Policy"))
        .as(what)
        .anySatisfy(
            policy ->
                assertThat(policy)
                    .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"));
    assertThat(answer.headers().firstValue("Server")).as(what).isEmpty();
  }

  private static void assertNoInternals(String body) {
    assertThat(body).doesNotContain("Exception", "at org.", "java.", "jakarta.", "Payara");
  }

  private void check(String path) throws Exception {
    HttpResponse<String> answer =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
    assertThat(answer.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(answer.headers().firstValue("Referrer-Policy")).contains("same-origin");
    assertThat(answer.headers().allValues("Content-Security-Policy"))
        .anySatisfy(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
  }
}
