package org.ictindex.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.domain.testing.TestPackages.unit;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ictindex.admin.testing.ApiClient;
import org.ictindex.admin.testing.RunningAdminApp;
import org.ictindex.admin.testing.ScreenSession;
import org.ictindex.domain.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A page on another site cannot make a logged-in browser change anything: a screen's postback needs
 * the view state of the person's own page, and the HTTP API takes neither the session cookie nor
 * the content types an HTML form can send.
 */
@ExtendWith(RunningAdminApp.class)
class CrossSiteRequestIT {

  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
  private static final String PASSWORD = "chéo trang 2750 mật";
  private static final String VIEW_STATE = "jakarta.faces.ViewState";
  private static final int DRAFT = 2750;
  private static final List<String> FORM_CONTENT_TYPES =
      List.of(
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=cross-site");

  private final URL base;

  CrossSiteRequestIT(URL base) {
    this.base = base;
  }

  @Test
  void aPostWithoutTheViewStateChangesNothing() throws Exception {
    ScreenSession admin = loggedInAdmin();
    String username = unique("csrf-none");
    importDraft();

    HttpResponse<String> forgedAccount = admin.postRaw("accounts.xhtml", createAccount(username));
    HttpResponse<String> forgedValue =
        admin.postRaw("unit-values.xhtml?year=" + DRAFT + "&unit=P1", saveValue("99"));

    assertThat(forgedAccount.body()).doesNotContain("Đã tạo tài khoản");
    assertThat(forgedValue.body()).doesNotContain("Đã lưu");
    assertThat(exists(username)).isFalse();
    assertThat(valueOfP1()).contains("\"value\":\"50\"");
  }

  @Test
  void aViewStateFromAnotherSessionChangesNothing() throws Exception {
    ScreenSession victim = loggedInAdmin();
    ScreenSession attacker = loggedInAdmin();
    String username = unique("csrf-other");
    String attackersPage = attacker.get("accounts.xhtml").body();
    victim.get("accounts.xhtml");

    HttpResponse<String> forged =
        victim.postRaw("accounts.xhtml", withViewStateOf(attackersPage, createAccount(username)));

    assertThat(forged.body()).doesNotContain("Đã tạo tài khoản");
    assertThat(exists(username)).isFalse();
  }

  @Test
  void aViewStateFromBeforeLogoutChangesNothing() throws Exception {
    ScreenSession admin = new ScreenSession(base.toURI());
    String start = admin.logIn("admin", ADMIN_PASSWORD).body();
    String accountsBefore = admin.get("accounts.xhtml").body();
    admin.post(
        "index.xhtml", start, Map.of("logout-form", "logout-form", "logout-form:logout", ""));
    String username = unique("csrf-stale");

    HttpResponse<String> loggedOut =
        admin.postRaw("accounts.xhtml", withViewStateOf(accountsBefore, createAccount(username)));
    admin.logIn("admin", ADMIN_PASSWORD);
    HttpResponse<String> loggedInAgain =
        admin.postRaw("accounts.xhtml", withViewStateOf(accountsBefore, createAccount(username)));

    assertThat(loggedOut.uri().getPath()).endsWith("/login.xhtml");
    assertThat(loggedInAgain.body()).doesNotContain("Đã tạo tài khoản");
    assertThat(exists(username)).isFalse();
  }

  @Test
  void everyScreenIsAViewWithStateSoThatAPostbackNeedsIt() throws Exception {
    ScreenSession admin = loggedInAdmin();
    importDraft();

    for (String screen :
        List.of(
            "index.xhtml",
            "framework.xhtml?year=" + DRAFT,
            "units.xhtml?year=" + DRAFT,
            "values.xhtml?year=" + DRAFT + "&group=PROVINCE",
            "unit-values.xhtml?year=" + DRAFT + "&unit=P1",
            "import.xhtml?year=" + DRAFT,
            "preview.xhtml?year=" + DRAFT,
            "publish.xhtml?year=" + DRAFT,
            "audit.xhtml",
            "accounts.xhtml")) {
      String page = admin.get(screen).body();
      assertThat(ScreenSession.viewState(page))
          .as(screen)
          .hasValueSatisfying(state -> assertThat(state).isNotEqualTo("stateless"));
    }
  }

  @Test
  void theApiDoesNotTakeTheSessionCookieOfTheScreens() throws Exception {
    ScreenSession admin = loggedInAdmin();
    String cookie = "JSESSIONID=" + admin.sessionId().orElseThrow();
    String username = unique("csrf-cookie");

    HttpResponse<String> read =
        send(
            HttpRequest.newBuilder(base.toURI().resolve("api/cycles/" + DRAFT + "/preview"))
                .header("Cookie", cookie)
                .GET());
    HttpResponse<String> create =
        send(
            HttpRequest.newBuilder(base.toURI().resolve("api/accounts"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(accountJson(username))));

    assertThat(read.statusCode()).isEqualTo(401);
    assertThat(create.statusCode()).isEqualTo(401);
    assertThat(exists(username)).isFalse();
  }

  @Test
  void theApiRefusesChangesSentWithTheContentTypesOfAnHtmlForm() throws Exception {
    importDraft();
    ApiClient admin = admin();
    String draft = "api/cycles/" + DRAFT;
    byte[] replacement =
        TestPackages.zip(TestPackages.provinces(DRAFT, unit("11", "1", "6", "10")));
    String before = state();

    for (String contentType : FORM_CONTENT_TYPES) {
      String username = unique("csrf-form");
      Map<String, byte[]> changes = new LinkedHashMap<>();
      changes.put("PUT " + draft + "/package", replacement);
      changes.put("PUT " + draft + "/workbook", replacement);
      changes.put("POST api/cycles/2751", new byte[0]);
      changes.put(
          "PUT " + draft + "/values/P1/HT.1", "{\"value\":\"1\"}".getBytes(StandardCharsets.UTF_8));
      changes.put("POST " + draft + "/publish", new byte[0]);
      changes.put("POST " + draft + "/corrections?reason=cross+site+form", replacement);
      changes.put("POST api/accounts", accountJson(username).getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, byte[]> change : changes.entrySet()) {
        String[] request = change.getKey().split(" ", 2);
        HttpResponse<String> answer =
            admin.send(request[0], request[1], contentType, change.getValue());
        assertThat(answer.statusCode()).as("%s as %s", change.getKey(), contentType).isEqualTo(415);
      }
      assertThat(exists(username)).isFalse();
    }

    assertThat(state()).isEqualTo(before);
  }

  /** What the forged API calls would have changed: a value, the revisions, a new year. */
  private String state() throws Exception {
    ApiClient admin = admin();
    return valueOfP1()
        + admin.send("GET", "api/cycles/" + DRAFT + "/revisions", null, null).body()
        + admin.send("GET", "api/cycles/2751/preview", null, null).statusCode();
  }

  private ScreenSession loggedInAdmin() throws Exception {
    ScreenSession session = new ScreenSession(base.toURI());
    HttpResponse<String> start = session.logIn("admin", ADMIN_PASSWORD);
    assertThat(start.uri().getPath()).doesNotEndWith("/login.xhtml");
    return session;
  }

  private ApiClient admin() throws Exception {
    return new ApiClient(base.toURI(), "admin", ADMIN_PASSWORD);
  }

  private void importDraft() throws Exception {
    HttpResponse<String> imported =
        admin()
            .send(
                "PUT",
                "api/cycles/" + DRAFT + "/package",
                "application/zip",
                TestPackages.zip(TestPackages.provinces(DRAFT, unit("50", "1", "6", "10"))));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
  }

  private String valueOfP1() throws Exception {
    return admin().send("GET", "api/cycles/" + DRAFT + "/values/P1/HT.1", null, null).body();
  }

  private boolean exists(String username) throws Exception {
    return new ApiClient(base.toURI(), username, PASSWORD)
            .send("GET", "api/cycles/" + DRAFT + "/revisions", null, null)
            .statusCode()
        != 401;
  }

  private static String unique(String prefix) {
    return prefix + "-" + System.nanoTime();
  }

  private static String accountJson(String username) {
    return "{\"username\":\""
        + username
        + "\",\"password\":\""
        + PASSWORD
        + "\",\"role\":\"ADMIN\"}";
  }

  private static Map<String, String> createAccount(String username) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("create", "create");
    fields.put("create:username", username);
    fields.put("create:role_input", "ADMIN");
    fields.put("create:password", PASSWORD);
    fields.put("create:passwordRepeat", PASSWORD);
    fields.put("create:submit", "");
    return fields;
  }

  private static Map<String, String> saveValue(String value) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("unit-form", "unit-form");
    fields.put("unit-form:lines:1:value", value);
    fields.put("unit-form:lines:1:note", "");
    fields.put("unit-form:save", "");
    return fields;
  }

  /** The fields with everything the page gives a postback: its view state and script nonce. */
  private static Map<String, String> withViewStateOf(String page, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putAll(ScreenSession.postbackFields(page));
    assertThat(all).containsKey(VIEW_STATE);
    return all;
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
