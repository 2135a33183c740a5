package org.ictindex.admin.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.domain.testing.TestPackages.unit;

import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ictindex.admin.testing.AjaxView;
import org.ictindex.admin.testing.ApiClient;
import org.ictindex.admin.testing.FormFields;
import org.ictindex.admin.testing.RunningAdminApp;
import org.ictindex.admin.testing.ScreenSession;
import org.ictindex.domain.account.Role;
import org.ictindex.domain.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what, checked on the server: every admin API call and every screen as each role and
 * without an account, and every change a screen offers posted by each role that may not make it
 * (refused, nothing changed) and by one that may (done). The role matrix is in docs/SECURITY.md.
 */
@ExtendWith(RunningAdminApp.class)
class AccessControlIT {

  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
  private static final String PASSWORD = "quyền truy cập 2700";
  private static final String ZIP = "application/zip";
  private static final String JSON = "application/json";
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final Set<Role> EVERYONE = Set.of(Role.ADMIN, Role.ASSESSOR, Role.AUDITOR);
  private static final Set<Role> EDITORS = Set.of(Role.ADMIN, Role.ASSESSOR);

  /**
   * What a screen says when a service refused the role. A forged postback must not even get that
   * far: the form is absent from the person's view, so JSF never calls its action.
   */
  private static final String SERVICE_REFUSAL = "Vai trò của bạn không được phép";

  private static final int DRAFT = 2701;
  private static final int PUBLISHED = 2702;
  private static final int TO_WITHDRAW = 2705;

  /** Accounts and sessions shared by the tests, made once for the deployment. */
  private static Map<Role, String> usernames;

  private static Map<Role, ScreenSession> screens;

  private final URL base;

  AccessControlIT(URL base) {
    this.base = base;
  }

  /** One call of the admin API, the roles that may make it, and what would show a change. */
  private record ApiCall(
      String method, String path, String contentType, Body body, Set<Role> allowed, Probe probe) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  @FunctionalInterface
  private interface Body {
    byte[] next() throws Exception;
  }

  /** What an administrator reads to see whether a change happened. */
  @FunctionalInterface
  private interface Probe {
    String state() throws Exception;
  }

  @Test
  void theContainersOwnEndpointsAreNotThereForAnyoneNorIsAnApiDescription() throws Exception {
    java.net.http.HttpClient http =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();
    for (String path :
        List.of(
            "/metrics", "/metrics/base", "/openapi", "/health", "/health/live", "/health/ready")) {
      HttpResponse<String> answer =
          http.send(
              java.net.http.HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
    }
    assertThat(admin().send("GET", "api/application.wadl", null, null).statusCode()).isEqualTo(404);
  }

  @Test
  void everyApiCallAnswersEachRoleAsTheMatrixSays() throws Exception {
    prepare();
    byte[] workbook = admin().bytes("api/cycles/" + DRAFT + "/workbook.xlsx");
    for (ApiCall call : apiCalls(workbook)) {
      String before = call.probe().state();

      assertThat(anonymousStatus(call)).as("%s without an account", call).isEqualTo(401);
      for (Role role : Role.values()) {
        if (!call.allowed().contains(role)) {
          assertThat(send(role, call).statusCode()).as("%s as %s", call, role).isEqualTo(403);
        }
      }
      assertThat(call.probe().state()).as("%s after the refused calls", call).isEqualTo(before);
      for (Role role : call.allowed()) {
        HttpResponse<String> answer = send(role, call);
        assertThat(answer.statusCode())
            .as("%s as %s: %s", call, role, answer.body())
            .isNotIn(401, 403)
            .isLessThan(500);
      }
    }
  }

  @Test
  void everyScreenOpensForTheRolesThatMayUseItAndSendsOthersToTheLoginForm() throws Exception {
    prepare();
    List<String> screensOfTheApp =
        List.of(
            "index.xhtml",
            "framework.xhtml?year=" + DRAFT,
            "units.xhtml?year=" + DRAFT,
            "values.xhtml?year=" + DRAFT + "&group=PROVINCE",
            "unit-values.xhtml?year=" + DRAFT + "&unit=P1",
            "import.xhtml?year=" + DRAFT,
            "preview.xhtml?year=" + DRAFT,
            "publish.xhtml?year=" + DRAFT,
            "correction.xhtml?year=" + PUBLISHED,
            "revisions.xhtml?year=" + PUBLISHED,
            "diff.xhtml?year=" + PUBLISHED + "&from=1&to=2",
            "audit.xhtml",
            "accounts.xhtml");
    ScreenSession anonymous = new ScreenSession(base.toURI());
    for (String screen : screensOfTheApp) {
      HttpResponse<String> refused = anonymous.get(screen);
      assertThat(refused.uri().getPath())
          .as("%s without an account", screen)
          .endsWith("/login.xhtml");
      assertThat(refused.body()).as(screen).contains("login:password");

      for (Role role : Role.values()) {
        HttpResponse<String> answer = screens.get(role).get(screen);
        boolean allowed = !screen.startsWith("accounts") || role == Role.ADMIN;
        assertThat(answer.statusCode()).as("%s as %s", screen, role).isEqualTo(allowed ? 200 : 403);
        assertThat(answer.uri().getPath())
            .as("%s as %s", screen, role)
            .doesNotEndWith("/login.xhtml");
      }
    }
  }

  @Test
  void softwareVersionsAreForAdministratorsOnlyAndAnUnknownUnitIsNotFound() throws Exception {
    prepare();
    for (Role role : Role.values()) {
      String dashboard = screens.get(role).get("index.xhtml").body();
      if (role == Role.ADMIN) {
        assertThat(dashboard).contains("database-product", "lược đồ phiên bản");
      } else {
        assertThat(dashboard)
            .as("dashboard of %s", role)
            .doesNotContain("database-product", "lược đồ phiên bản", "migrations");
      }
    }
    for (String unknown :
        new String[] {
          "unit-values.xhtml?year=" + DRAFT + "&unit=NOPE", "unit-values.xhtml?year=1&unit=P1"
        }) {
      HttpResponse<String> answer = screens.get(Role.ASSESSOR).get(unknown);
      assertThat(answer.statusCode()).as(unknown).isEqualTo(404);
      assertThat(answer.body())
          .as(unknown)
          .contains("Không tìm thấy trang")
          .doesNotContain("Exception", "java.", "at org.");
    }
  }

  @Test
  void aYearIsCreatedOnTheDashboardByAnAssessorButNotByAnAuditorsForgedPost() throws Exception {
    prepare();
    importPackage(2711);
    Map<String, String> create = new LinkedHashMap<>();
    create.put("create-year", "create-year");
    create.put("create-year:new-year", "2712");
    create.put("create-year:create", "");

    ScreenSession auditor = screens.get(Role.AUDITOR);
    String auditorsDashboard = auditor.get("index.xhtml").body();
    assertThat(auditorsDashboard).doesNotContain("create-year");
    assertThat(auditor.post("index.xhtml", auditorsDashboard, create).body())
        .doesNotContain("Đã tạo năm 2712", SERVICE_REFUSAL);
    assertThat(previewStatus(2712)).isEqualTo(404);

    ScreenSession assessor = screens.get(Role.ASSESSOR);
    String done = assessor.post("index.xhtml", assessor.get("index.xhtml").body(), create).body();
    assertThat(done).contains("Đã tạo năm 2712");
    assertThat(previewStatus(2712)).isEqualTo(200);
  }

  @Test
  void theFrameworkIsSavedByAnAssessorButNotByAnAuditorsForgedPost() throws Exception {
    prepare();
    importPackage(2713);
    String screen = "framework.xhtml?year=2713&node=HT.1";
    String editorsPage = screens.get(Role.ASSESSOR).get(screen).body();
    Map<String, String> save = FormFields.of(editorsPage, "framework");
    save.put("framework:node-weight", "3");
    save.put("framework:save", "");

    ScreenSession auditor = screens.get(Role.AUDITOR);
    String auditorsPage = auditor.get(screen).body();
    assertThat(auditorsPage).doesNotContain("framework:save");
    assertThat(auditor.post(screen, auditorsPage, save).body()).doesNotContain(SERVICE_REFUSAL);
    assertThat(weightOfHt1(2713)).isEqualTo("1");

    screens.get(Role.ASSESSOR).post(screen, editorsPage, save);
    assertThat(weightOfHt1(2713)).isEqualTo("3");
  }

  @Test
  void unitsAreSavedByAnAssessorButNotByAnAuditorsForgedPost() throws Exception {
    prepare();
    importPackage(2714);
    String screen = "units.xhtml?year=2714";
    String editorsPage = screens.get(Role.ASSESSOR).get(screen).body();
    Map<String, String> save = FormFields.of(editorsPage, "units");
    save.put("units:table:0:name-vi", "Tỉnh đổi tên");
    save.put("units:save", "");

    ScreenSession auditor = screens.get(Role.AUDITOR);
    String auditorsPage = auditor.get(screen).body();
    assertThat(auditorsPage).doesNotContain("units:save");
    assertThat(auditor.post(screen, auditorsPage, save).body()).doesNotContain(SERVICE_REFUSAL);
    assertThat(firstUnitName(2714)).isEqualTo("Tỉnh số 1");

    screens.get(Role.ASSESSOR).post(screen, editorsPage, save);
    assertThat(firstUnitName(2714)).isEqualTo("Tỉnh đổi tên");
  }

  @Test
  void aValueIsSavedByAnAssessorButNotByAnAuditorsForgedPost() throws Exception {
    prepare();
    importPackage(2715);
    String screen = "unit-values.xhtml?year=2715&unit=P1";
    Map<String, String> save = new LinkedHashMap<>();
    save.put("unit-form", "unit-form");
    save.put("unit-form:lines:1:value", "77");
    save.put("unit-form:lines:1:note", "");
    save.put("unit-form:save", "");

    ScreenSession auditor = screens.get(Role.AUDITOR);
    String auditorsPage = auditor.get(screen).body();
    assertThat(auditorsPage).doesNotContain("unit-form:save");
    assertThat(auditor.post(screen, auditorsPage, save).body()).doesNotContain(SERVICE_REFUSAL);
    assertThat(value(2715, "P1", "HT.1")).contains("\"value\":\"50\"");

    ScreenSession assessor = screens.get(Role.ASSESSOR);
    assessor.post(screen, assessor.get(screen).body(), save);
    assertThat(value(2715, "P1", "HT.1")).contains("\"value\":\"77\"");
  }

  @Test
  void aPackageIsImportedByAnAssessorButNotByAnAuditorsForgedUpload() throws Exception {
    prepare();
    importPackage(2716);
    String screen = "import.xhtml?year=2716";
    byte[] replacement = TestPackages.zip(TestPackages.provinces(2716, unit("66", "1", "6", "10")));
    Map<String, String> upload = Map.of("upload-form", "upload-form", "upload-form:submit", "");

    ScreenSession auditor = screens.get(Role.AUDITOR);
    String auditorsPage = auditor.get(screen).body();
    assertThat(auditorsPage).doesNotContain("upload-form");
    assertThat(
            auditor
                .postFile(screen, auditorsPage, upload, "upload-form:file_input", replacement)
                .body())
        .as("no import started")
        .doesNotContain(SERVICE_REFUSAL, "import-step");
    Thread.sleep(2000);
    assertThat(value(2716, "P1", "HT.1")).contains("\"value\":\"50\"");

    ScreenSession assessor = screens.get(Role.ASSESSOR);
    assessor.postFile(
        screen, assessor.get(screen).body(), upload, "upload-form:file_input", replacement);
    assertThat(eventually(() -> value(2716, "P1", "HT.1"), "\"value\":\"66\"")).isTrue();
  }

  @Test
  void aYearIsPublishedByAnAssessorButNotByAnAuditorsForgedPost() throws Exception {
    prepare();
    importPackage(2717);
    String screen = "publish.xhtml?year=2717";

    AjaxView auditors = AjaxView.open(screens.get(Role.AUDITOR), screen);
    auditors.ajax("publish-form:publish", "publish-form", Map.of());
    Thread.sleep(2000);
    assertThat(auditors.ajax("publish-form:poll", "publish-form:poll", Map.of()))
        .doesNotContain(SERVICE_REFUSAL);
    assertThat(revisions(2717)).isEqualTo("[]");

    AjaxView assessors = AjaxView.open(screens.get(Role.ASSESSOR), screen);
    assessors.ajax("publish-form:publish", "publish-form", Map.of());
    assessors.pollUntilDone("publish-form");
    assertThat(eventually(() -> revisions(2717), "\"revision\":1")).isTrue();
  }

  @Test
  void aYearIsWithdrawnByAnAdministratorButNotByAnAssessorsForgedPost() throws Exception {
    prepare();
    importPackage(2719);
    assertThat(admin().send("POST", "api/cycles/2719/publish", null, null).statusCode())
        .isEqualTo(200);
    String screen = "revisions.xhtml?year=2719";
    Map<String, String> reason =
        Map.of("withdraw-form:withdrawal-reason", "Công bố nhầm, rút lại để kiểm tra");

    for (Role role : List.of(Role.ASSESSOR, Role.AUDITOR)) {
      AjaxView view = AjaxView.open(screens.get(role), screen);
      assertThat(view.page()).as(role.name()).doesNotContain("withdraw-form:withdraw");
      assertThat(view.ajax("withdraw-form:withdraw", "withdraw-form:withdrawal-reason", reason))
          .doesNotContain(SERVICE_REFUSAL);
    }
    assertThat(revisions(2719)).contains("\"withdrawal\":null");

    AjaxView admins = AjaxView.open(screens.get(Role.ADMIN), screen);
    assertThat(admins.page()).contains("withdraw-form:withdraw");
    assertThat(admins.ajax("withdraw-form:withdraw", "withdraw-form:withdrawal-reason", reason))
        .contains("Đã rút phiên bản 1 khỏi trang công khai.");
    assertThat(revisions(2719))
        .contains("\"withdrawnBy\":\"admin\"", "Công bố nhầm, rút lại để kiểm tra");
  }

  @Test
  void aCorrectionIsPublishedByAnAssessorButNotByAnAuditorsForgedPost() throws Exception {
    prepare();
    importPackage(2718);
    assertThat(admin().send("POST", "api/cycles/2718/publish", null, null).statusCode())
        .isEqualTo(200);
    String screen = "correction.xhtml?year=2718";
    Map<String, String> change =
        Map.of(
            "correction-form:unit_input", "P1",
            "correction-form:indicator_input", "HT.1",
            "correction-form:value", "90");
    Map<String, String> reason = Map.of("correction-form:reason", "Sửa số liệu HT.1 của tỉnh 1");

    AjaxView auditors = AjaxView.open(screens.get(Role.AUDITOR), screen);
    auditors.ajax("correction-form:add", "correction-form", change);
    assertThat(auditors.ajax("correction-form:publish", "correction-form:reason", reason))
        .doesNotContain(SERVICE_REFUSAL);
    Thread.sleep(2000);
    assertThat(revisions(2718)).doesNotContain("\"revision\":2");

    AjaxView assessors = AjaxView.open(screens.get(Role.ASSESSOR), screen);
    assessors.ajax("correction-form:add", "correction-form", change);
    assessors.ajax("correction-form:publish", "correction-form:reason", reason);
    assessors.pollUntilDone("correction-form");
    assertThat(eventually(() -> revisions(2718), "\"revision\":2")).isTrue();
  }

  @Test
  void accountsAreCreatedChangedAndDisabledByAnAdministratorOnly() throws Exception {
    prepare();
    String adminsPage = screens.get(Role.ADMIN).get("accounts.xhtml").body();
    String created = "ac-new-" + System.nanoTime();
    Map<String, String> create = new LinkedHashMap<>();
    create.put("create", "create");
    create.put("create:username", created);
    create.put("create:role_input", "ADMIN");
    create.put("create:password", PASSWORD);
    create.put("create:passwordRepeat", PASSWORD);
    create.put("create:submit", "");
    String target = newAccount(Role.AUDITOR);
    String targetsPage = screens.get(Role.ADMIN).get("accounts.xhtml?user=" + target).body();
    Map<String, String> promote = edit("changeRole", Map.of("edit:role_input", "ASSESSOR"));
    Map<String, String> disable = edit("disable", Map.of());

    for (Role role : List.of(Role.ASSESSOR, Role.AUDITOR)) {
      ScreenSession session = screens.get(role);
      assertThat(session.post("accounts.xhtml", adminsPage, create).statusCode()).isEqualTo(403);
      assertThat(session.post("accounts.xhtml", targetsPage, promote).statusCode()).isEqualTo(403);
      assertThat(session.post("accounts.xhtml", targetsPage, disable).statusCode()).isEqualTo(403);
    }
    assertThat(apiStatus(created, "api/cycles/" + PUBLISHED + "/revisions")).isEqualTo(401);
    assertThat(publishStatus(target)).as("still an auditor").isEqualTo(403);

    ScreenSession admin = screens.get(Role.ADMIN);
    admin.post("accounts.xhtml", admin.get("accounts.xhtml").body(), create);
    assertThat(apiStatus(created, "api/cycles/" + PUBLISHED + "/revisions")).isEqualTo(200);
    admin.post("accounts.xhtml", admin.get("accounts.xhtml?user=" + target).body(), promote);
    assertThat(publishStatus(target)).as("an assessor now").isEqualTo(409);
    admin.post("accounts.xhtml", admin.get("accounts.xhtml?user=" + target).body(), disable);
    assertThat(apiStatus(target, "api/cycles/" + PUBLISHED + "/revisions")).isEqualTo(401);
  }

  private List<ApiCall> apiCalls(byte[] workbook) {
    String draft = "api/cycles/" + DRAFT;
    String published = "api/cycles/" + PUBLISHED;
    byte[] replacement =
        TestPackages.zip(TestPackages.provinces(DRAFT, unit("99", "1", "6", "10")));
    byte[] correction =
        TestPackages.zip(TestPackages.provinces(PUBLISHED, unit("88", "1", "6", "10")));
    String newUsername = "ac-api-" + System.nanoTime();
    Probe nothing = () -> "";
    Probe draftValue = () -> value(DRAFT, "P1", "HT.1");
    return List.of(
        new ApiCall("GET", draft + "/workbook.xlsx", null, null, EVERYONE, nothing),
        new ApiCall("PUT", draft + "/workbook", XLSX, () -> workbook, EDITORS, draftValue),
        new ApiCall("PUT", draft + "/package", ZIP, () -> replacement, EDITORS, draftValue),
        new ApiCall("POST", "api/cycles/2703", null, null, EDITORS, () -> "" + previewStatus(2703)),
        new ApiCall("GET", draft + "/values/P1/HT.1", null, null, EVERYONE, nothing),
        new ApiCall(
            "PUT",
            draft + "/values/P1/HT.2",
            JSON,
            () -> "{\"value\":\"0\",\"note\":\"\"}".getBytes(StandardCharsets.UTF_8),
            EDITORS,
            () -> value(DRAFT, "P1", "HT.2")),
        new ApiCall("GET", draft + "/preview", null, null, EVERYONE, nothing),
        new ApiCall("POST", "api/cycles/2704/publish", null, null, EDITORS, () -> revisions(2704)),
        new ApiCall(
            "POST",
            published + "/corrections?reason=S%E1%BB%ADa+s%E1%BB%91+li%E1%BB%87u+HT.1",
            ZIP,
            () -> correction,
            EDITORS,
            () -> revisions(PUBLISHED)),
        new ApiCall(
            "POST",
            "api/cycles/"
                + TO_WITHDRAW
                + "/withdrawal?reason=C%C3%B4ng+b%E1%BB%91+nh%E1%BA%A7m+n%C4%83m",
            null,
            null,
            Set.of(Role.ADMIN),
            () -> revisions(TO_WITHDRAW)),
        new ApiCall("GET", published + "/revisions", null, null, EVERYONE, nothing),
        new ApiCall("GET", published + "/revisions/1/package.zip", null, null, EVERYONE, nothing),
        new ApiCall("GET", published + "/revisions/1/verification", null, null, EVERYONE, nothing),
        new ApiCall(
            "POST",
            "api/accounts",
            JSON,
            () ->
                ("{\"username\":\""
                        + newUsername
                        + "\",\"password\":\""
                        + PASSWORD
                        + "\",\"role\":\"AUDITOR\"}")
                    .getBytes(StandardCharsets.UTF_8),
            Set.of(Role.ADMIN),
            () -> "" + apiStatus(newUsername, published + "/revisions")));
  }

  /** The accounts, years and sessions every test uses, made by the first test that runs. */
  private void prepare() throws Exception {
    if (screens != null) {
      return;
    }
    importPackage(DRAFT);
    importPackage(2704);
    importPackage(PUBLISHED);
    assertThat(
            admin().send("POST", "api/cycles/" + PUBLISHED + "/publish", null, null).statusCode())
        .isEqualTo(200);
    importPackage(TO_WITHDRAW);
    assertThat(
            admin().send("POST", "api/cycles/" + TO_WITHDRAW + "/publish", null, null).statusCode())
        .isEqualTo(200);
    byte[] corrected =
        TestPackages.zip(TestPackages.provinces(PUBLISHED, unit("60", "1", "6", "10")));
    assertThat(
            admin()
                .send(
                    "POST",
                    "api/cycles/" + PUBLISHED + "/corrections?reason=first+fix",
                    ZIP,
                    corrected)
                .statusCode())
        .isEqualTo(200);
    Map<Role, String> names = new EnumMap<>(Role.class);
    names.put(Role.ADMIN, "admin");
    names.put(Role.ASSESSOR, newAccount(Role.ASSESSOR));
    names.put(Role.AUDITOR, newAccount(Role.AUDITOR));
    Map<Role, ScreenSession> sessions = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      ScreenSession session = new ScreenSession(base.toURI());
      HttpResponse<String> start = session.logIn(names.get(role), password(names.get(role)));
      assertThat(start.uri().getPath()).as("login as %s", role).doesNotEndWith("/login.xhtml");
      sessions.put(role, session);
    }
    usernames = names;
    screens = sessions;
  }

  private String newAccount(Role role) throws Exception {
    String username = "ac-" + role.name().toLowerCase() + "-" + System.nanoTime();
    HttpResponse<String> created =
        admin()
            .send(
                "POST",
                "api/accounts",
                JSON,
                ("{\"username\":\""
                        + username
                        + "\",\"password\":\""
                        + PASSWORD
                        + "\",\"role\":\""
                        + role.name()
                        + "\"}")
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return username;
  }

  private static String password(String username) {
    return "admin".equals(username) ? ADMIN_PASSWORD : PASSWORD;
  }

  private static Map<String, String> edit(String button, Map<String, String> given) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("edit", "edit");
    fields.put("edit:password", "");
    fields.put("edit:passwordRepeat", "");
    fields.putAll(given);
    fields.put("edit:" + button, "");
    return fields;
  }

  private HttpResponse<String> send(Role role, ApiCall call) throws Exception {
    String username = usernames.get(role);
    return new ApiClient(base.toURI(), username, password(username))
        .send(
            call.method(),
            call.path(),
            call.contentType(),
            call.body() == null ? null : call.body().next());
  }

  private int anonymousStatus(ApiCall call) throws Exception {
    java.net.http.HttpRequest.Builder request =
        java.net.http.HttpRequest.newBuilder(base.toURI().resolve(call.path()));
    if (call.body() == null) {
      request.method(call.method(), java.net.http.HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", call.contentType())
          .method(
              call.method(),
              java.net.http.HttpRequest.BodyPublishers.ofByteArray(call.body().next()));
    }
    return java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1)
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private ApiClient admin() throws Exception {
    return new ApiClient(base.toURI(), "admin", ADMIN_PASSWORD);
  }

  private void importPackage(int year) throws Exception {
    HttpResponse<String> imported =
        admin()
            .send(
                "PUT",
                "api/cycles/" + year + "/package",
                ZIP,
                TestPackages.zip(
                    TestPackages.provinces(
                        year, unit("50", "1", "6", "10"), unit("80", "0", "2", "40"))));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
  }

  private int previewStatus(int year) throws Exception {
    return admin().send("GET", "api/cycles/" + year + "/preview", null, null).statusCode();
  }

  private String value(int year, String unitCode, String indicatorCode) throws Exception {
    return admin()
        .send("GET", "api/cycles/" + year + "/values/" + unitCode + "/" + indicatorCode, null, null)
        .body();
  }

  private String revisions(int year) throws Exception {
    return admin().send("GET", "api/cycles/" + year + "/revisions", null, null).body();
  }

  private int apiStatus(String username, String path) throws Exception {
    return new ApiClient(base.toURI(), username, PASSWORD)
        .send("GET", path, null, null)
        .statusCode();
  }

  /** Publishing an already published year: 403 for an auditor, 409 for whoever may publish. */
  private int publishStatus(String username) throws Exception {
    return new ApiClient(base.toURI(), username, PASSWORD)
        .send("POST", "api/cycles/" + PUBLISHED + "/publish", null, null)
        .statusCode();
  }

  private String weightOfHt1(int year) throws Exception {
    return FormFields.inputValue(
        screens.get(Role.ADMIN).get("framework.xhtml?year=" + year + "&node=HT.1").body(),
        "framework:node-weight");
  }

  private String firstUnitName(int year) throws Exception {
    return FormFields.inputValue(
        screens.get(Role.ADMIN).get("units.xhtml?year=" + year).body(), "units:table:0:name-vi");
  }

  /** Whether the probe shows the text within half a minute (background work takes a moment). */
  private static boolean eventually(Probe probe, String expected) throws Exception {
    for (int attempt = 0; attempt < 60; attempt++) {
      if (probe.state().contains(expected)) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }
}
