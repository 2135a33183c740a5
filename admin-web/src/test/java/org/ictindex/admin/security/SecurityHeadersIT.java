package org.ictindex.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
    assertThat(missingPage.body()).contains("Không tìm thấy trang", "Page not found");
    assertNoInternals(missingPage.body());

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
