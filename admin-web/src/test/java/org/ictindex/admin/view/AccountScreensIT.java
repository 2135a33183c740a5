package org.ictindex.admin.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ictindex.admin.testing.BasicApi;
import org.ictindex.admin.testing.RunningAdminApp;
import org.ictindex.admin.testing.ScreenSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The accounts screen of the packaged admin application, used as a browser would post it. */
@ExtendWith(RunningAdminApp.class)
class AccountScreensIT {

  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
  private static final String GOOD_PASSWORD = "rừng tre xanh 47 cây";
  private static final Pattern ACCOUNT_ROW =
      Pattern.compile(
          "<tr[^>]*data-ri=\"\\d+\"[^>]*>.*?user=([a-z0-9._-]+)\".*?</td><td[^>]*>([^<]*)</td>"
              + "<td[^>]*>(?:<span[^>]*>)?([^<]*)",
          Pattern.DOTALL);

  private final URL base;

  AccountScreensIT(URL base) {
    this.base = base;
  }

  private URI root() throws Exception {
    return base.toURI();
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private ScreenSession loggedIn(String username, String password) throws Exception {
    ScreenSession session = new ScreenSession(root());
    HttpResponse<String> start = session.logIn(username, password);
    assertThat(start.uri().getPath()).as("login of %s", username).doesNotEndWith("/login.xhtml");
    return session;
  }

  private ScreenSession admin() throws Exception {
    return loggedIn("admin", ADMIN_PASSWORD);
  }

  private static HttpResponse<String> create(
      ScreenSession admin, String username, String role, String password, String repeat)
      throws Exception {
    HttpResponse<String> page = admin.get("accounts.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("create", "create");
    fields.put("create:username", username);
    fields.put("create:role_input", role);
    fields.put("create:password", password);
    fields.put("create:passwordRepeat", repeat);
    fields.put("create:submit", "");
    return admin.post("accounts.xhtml", page.body(), fields);
  }

  /** Presses a button of the chosen account's form, with the other fields as given. */
  private static HttpResponse<String> edit(
      ScreenSession admin, String username, String button, Map<String, String> given)
      throws Exception {
    HttpResponse<String> page = admin.get("accounts.xhtml?user=" + username);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("edit", "edit");
    fields.put("edit:password", "");
    fields.put("edit:passwordRepeat", "");
    fields.putAll(given);
    fields.put("edit:" + button, "");
    return admin.post("accounts.xhtml", page.body(), fields);
  }

  private static String messageAt(String page, String clientId) {
    int at = page.indexOf("id=\"" + clientId + "\"");
    assertThat(at).as("message element %s", clientId).isNotNegative();
    return page.substring(at, page.indexOf("</div>", at));
  }

  /** The accounts in the list: user name, role label and status label. */
  private static List<String[]> listedAccounts(ScreenSession admin) throws Exception {
    String page = admin.get("accounts.xhtml").body();
    String table = page.substring(page.indexOf("id=\"accounts\""), page.indexOf("id=\"create\""));
    List<String[]> accounts = new ArrayList<>();
    Matcher row = ACCOUNT_ROW.matcher(table);
    while (row.find()) {
      accounts.add(new String[] {row.group(1), row.group(2).strip(), row.group(3).strip()});
    }
    return accounts;
  }

  private static List<String> listedUsernames(ScreenSession admin) throws Exception {
    return listedAccounts(admin).stream().map(account -> account[0]).toList();
  }

  @Test
  void anAccountCreatedOnTheScreenCanLogIn() throws Exception {
    ScreenSession admin = admin();
    String username = unique("aud-new");

    HttpResponse<String> created = create(admin, username, "AUDITOR", GOOD_PASSWORD, GOOD_PASSWORD);

    assertThat(created.body())
        .contains("Đã tạo tài khoản " + username + " với vai trò Kiểm toán viên");
    assertThat(listedAccounts(admin))
        .anySatisfy(
            account ->
                assertThat(account).containsExactly(username, "Kiểm toán viên", "Đang hoạt động"));
    HttpResponse<String> start = new ScreenSession(root()).logIn(username, GOOD_PASSWORD);
    assertThat(start.uri().getPath()).doesNotEndWith("/login.xhtml");
    assertThat(start.body()).contains(username + " · Kiểm toán viên");
  }

  @Test
  void everyBadInputIsRefusedAtItsFieldAndNothingIsCreated() throws Exception {
    ScreenSession admin = admin();
    record Bad(
        String username, String role, String password, String repeat, String field, String says) {}
    String name = unique("aud-bad");
    List<Bad> cases =
        List.of(
            new Bad(
                "Aud Bad!",
                "AUDITOR",
                GOOD_PASSWORD,
                GOOD_PASSWORD,
                "username",
                "Tên đăng nhập gồm 2–64"),
            new Bad(
                "", "AUDITOR", GOOD_PASSWORD, GOOD_PASSWORD, "username", "Tên đăng nhập gồm 2–64"),
            new Bad(
                "admin", "AUDITOR", GOOD_PASSWORD, GOOD_PASSWORD, "username", "đã có người dùng"),
            new Bad(name, "", GOOD_PASSWORD, GOOD_PASSWORD, "role", "Vai trò phải là"),
            new Bad(name, "AUDITOR", "short", "short", "password", "ít nhất 12 ký tự"),
            new Bad(name, "AUDITOR", "", "", "password", "ít nhất 12 ký tự"),
            new Bad(name, "AUDITOR", "MatKhau123456", "MatKhau123456", "password", "quá phổ biến"),
            new Bad(name, "AUDITOR", "123456789012", "123456789012", "password", "quá phổ biến"),
            new Bad(
                name,
                "AUDITOR",
                name.toUpperCase(),
                name.toUpperCase(),
                "password",
                "trùng với tên đăng nhập"),
            new Bad(
                name,
                "AUDITOR",
                GOOD_PASSWORD,
                GOOD_PASSWORD + "x",
                "passwordRepeat",
                "không khớp"));

    for (Bad bad : cases) {
      String page = create(admin, bad.username(), bad.role(), bad.password(), bad.repeat()).body();

      assertThat(messageAt(page, "create:" + bad.field() + "-message"))
          .as("refusal of %s", bad)
          .contains(bad.says());
      assertThat(page)
          .as("what was typed stays: %s", bad)
          .contains("value=\"" + bad.username() + "\"");
    }

    assertThat(listedUsernames(admin)).doesNotContain(name).containsOnlyOnce("admin");
    assertThat(new ScreenSession(root()).logIn(name, GOOD_PASSWORD).uri().getPath())
        .endsWith("/login.xhtml");
  }

  @Test
  void aDisabledAccountLosesItsOpenSessionAndItsApiAccessAtOnce() throws Exception {
    ScreenSession admin = admin();
    String username = unique("aud-off");
    create(admin, username, "ASSESSOR", GOOD_PASSWORD, GOOD_PASSWORD);
    ScreenSession theirs = loggedIn(username, GOOD_PASSWORD);
    BasicApi theirApi = new BasicApi(root(), username, GOOD_PASSWORD);
    assertThat(theirApi.get("api/cycles/2601/revisions").statusCode()).isNotEqualTo(401);

    HttpResponse<String> disabled = edit(admin, username, "disable", Map.of());

    assertThat(disabled.body()).contains("Đã khóa tài khoản " + username);
    assertThat(theirs.get("index.xhtml").uri().getPath()).endsWith("/login.xhtml");
    assertThat(theirApi.get("api/cycles/2601/revisions").statusCode()).isEqualTo(401);
    assertThat(new ScreenSession(root()).logIn(username, GOOD_PASSWORD).body())
        .contains("tài khoản đã bị khóa");
    assertThat(listedAccounts(admin))
        .anySatisfy(
            account -> assertThat(account).containsExactly(username, "Cán bộ đánh giá", "Đã khóa"));

    edit(admin, username, "enable", Map.of());

    assertThat(loggedIn(username, GOOD_PASSWORD).get("index.xhtml").body()).contains(username);
  }

  @Test
  void anAdministratorResetsAPassword() throws Exception {
    ScreenSession admin = admin();
    String username = unique("aud-reset");
    create(admin, username, "AUDITOR", GOOD_PASSWORD, GOOD_PASSWORD);
    String newPassword = "sông Hồng mùa lũ 2026";

    HttpResponse<String> tooShort =
        edit(
            admin,
            username,
            "resetPassword",
            Map.of("edit:password", "ngắn", "edit:passwordRepeat", "ngắn"));
    HttpResponse<String> mismatch =
        edit(
            admin,
            username,
            "resetPassword",
            Map.of("edit:password", newPassword, "edit:passwordRepeat", "khác"));

    assertThat(messageAt(tooShort.body(), "edit:password-message")).contains("ít nhất 12 ký tự");
    assertThat(messageAt(mismatch.body(), "edit:passwordRepeat-message")).contains("không khớp");
    ScreenSession theirs = loggedIn(username, GOOD_PASSWORD);

    HttpResponse<String> reset =
        edit(
            admin,
            username,
            "resetPassword",
            Map.of("edit:password", newPassword, "edit:passwordRepeat", newPassword));

    assertThat(reset.body()).contains("Đã đặt lại mật khẩu của tài khoản " + username);
    assertThat(theirs.get("index.xhtml").uri().getPath())
        .as("the session opened with the old password ended")
        .endsWith("/login.xhtml");
    assertThat(new ScreenSession(root()).logIn(username, GOOD_PASSWORD).uri().getPath())
        .endsWith("/login.xhtml");
    loggedIn(username, newPassword);
  }

  @Test
  void aPasswordOfOnlySpacesIsRefused() throws Exception {
    ScreenSession admin = admin();
    String username = unique("aud-space");

    HttpResponse<String> refused =
        create(admin, username, "AUDITOR", " ".repeat(12), " ".repeat(12));

    assertThat(messageAt(refused.body(), "create:password-message"))
        .contains("không được chỉ gồm dấu cách");
    assertThat(listedUsernames(admin)).doesNotContain(username);
  }

  @Test
  void aNameIsOneAccountWhateverItsCaseWidthOrAccents() throws Exception {
    ScreenSession admin = admin();
    String username = unique("aud-name");
    create(admin, username, "AUDITOR", GOOD_PASSWORD, GOOD_PASSWORD);
    String accented = "á" + username.substring(1).toUpperCase(java.util.Locale.ROOT);

    HttpResponse<String> lookAlike =
        create(admin, accented, "AUDITOR", GOOD_PASSWORD, GOOD_PASSWORD);
    HttpResponse<String> adminLookAlike =
        create(admin, "ＡＤＭＩＮ", "AUDITOR", GOOD_PASSWORD, GOOD_PASSWORD);

    assertThat(messageAt(lookAlike.body(), "create:username-message"))
        .contains("bị coi là trùng với tài khoản đã có " + username);
    assertThat(messageAt(adminLookAlike.body(), "create:username-message"))
        .contains("bị coi là trùng với tài khoản đã có admin");
    assertThat(listedUsernames(admin)).contains(username).doesNotContain(accented);
    // Logging in with a variant is logging in to the one account.
    ScreenSession variant = loggedIn(accented, GOOD_PASSWORD);
    assertThat(variant.get("index.xhtml").body()).contains(username + " · ");
  }

  @Test
  void everyoneChangesTheirOwnPasswordAndTheirOtherSessionsEnd() throws Exception {
    ScreenSession admin = admin();
    String username = unique("ass-own");
    create(admin, username, "ASSESSOR", GOOD_PASSWORD, GOOD_PASSWORD);
    ScreenSession elsewhere = loggedIn(username, GOOD_PASSWORD);
    ScreenSession here = loggedIn(username, GOOD_PASSWORD);
    String newPassword = "hoa phượng đỏ 2027";

    HttpResponse<String> wrongCurrent =
        changeOwn(here, "not my password", newPassword, newPassword);
    HttpResponse<String> onlySpaces =
        changeOwn(here, GOOD_PASSWORD, " ".repeat(14), " ".repeat(14));
    HttpResponse<String> common = changeOwn(here, GOOD_PASSWORD, "PassWord1234", "PassWord1234");

    assertThat(messageAt(wrongCurrent.body(), "change:current-message"))
        .contains("Mật khẩu hiện tại không đúng");
    assertThat(messageAt(onlySpaces.body(), "change:password-message"))
        .contains("không được chỉ gồm dấu cách");
    assertThat(messageAt(common.body(), "change:password-message")).contains("quá phổ biến");
    assertThat(elsewhere.get("index.xhtml").uri().getPath()).doesNotEndWith("/login.xhtml");

    HttpResponse<String> changed = changeOwn(here, GOOD_PASSWORD, newPassword, newPassword);

    assertThat(changed.body()).contains("Đã đổi mật khẩu");
    assertThat(here.get("index.xhtml").uri().getPath())
        .as("this session continues")
        .doesNotEndWith("/login.xhtml");
    assertThat(elsewhere.get("index.xhtml").uri().getPath())
        .as("the other session ended")
        .endsWith("/login.xhtml");
    assertThat(new ScreenSession(root()).logIn(username, GOOD_PASSWORD).uri().getPath())
        .endsWith("/login.xhtml");
    loggedIn(username, newPassword);
    String trail = admin.get("audit.xhtml?action=CHANGE_OWN_PASSWORD").body();
    assertThat(trail).contains(username, "Tự đổi mật khẩu").doesNotContain(newPassword);
  }

  private static HttpResponse<String> changeOwn(
      ScreenSession session, String current, String password, String repeat) throws Exception {
    HttpResponse<String> page = session.get("password.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("change", "change");
    fields.put("change:current", current);
    fields.put("change:password", password);
    fields.put("change:passwordRepeat", repeat);
    fields.put("change:submit", "");
    return session.post("password.xhtml", page.body(), fields);
  }

  @Test
  void aRoleChangeEndsTheOpenSessions() throws Exception {
    ScreenSession admin = admin();
    String username = unique("aud-role");
    create(admin, username, "AUDITOR", GOOD_PASSWORD, GOOD_PASSWORD);
    ScreenSession theirs = loggedIn(username, GOOD_PASSWORD);
    assertThat(theirs.get("accounts.xhtml").statusCode()).isEqualTo(403);

    HttpResponse<String> changed =
        edit(admin, username, "changeRole", Map.of("edit:role_input", "ADMIN"));

    assertThat(changed.body()).contains("Tài khoản " + username + " nay có vai trò Quản trị viên");
    assertThat(theirs.get("index.xhtml").uri().getPath()).endsWith("/login.xhtml");
    theirs = loggedIn(username, GOOD_PASSWORD);
    HttpResponse<String> accounts = theirs.get("accounts.xhtml");
    assertThat(accounts.statusCode()).isEqualTo(200);
    assertThat(accounts.body()).contains("Danh sách tài khoản", username + " · Quản trị viên");

    edit(admin, username, "changeRole", Map.of("edit:role_input", "ASSESSOR"));

    assertThat(theirs.get("accounts.xhtml").uri().getPath()).endsWith("/login.xhtml");
  }

  @Test
  void theLastEnabledAdministratorCannotBeDemotedAndNoAdministratorCanDisableThemself()
      throws Exception {
    ScreenSession admin = admin();
    List<String> otherAdministrators =
        listedAccounts(admin).stream()
            .filter(
                account ->
                    account[1].equals("Quản trị viên") && account[2].equals("Đang hoạt động"))
            .map(account -> account[0])
            .filter(username -> !username.equals("admin"))
            .toList();
    try {
      for (String other : otherAdministrators) {
        edit(admin, other, "disable", Map.of());
      }

      HttpResponse<String> demoted =
          edit(admin, "admin", "changeRole", Map.of("edit:role_input", "AUDITOR"));
      HttpResponse<String> selfDisabled = edit(admin, "admin", "disable", Map.of());

      assertThat(demoted.body()).contains("admin là quản trị viên cuối cùng đang hoạt động");
      assertThat(selfDisabled.body()).contains("Bạn không thể tự khóa tài khoản của mình");
      assertThat(listedAccounts(admin))
          .anySatisfy(
              account ->
                  assertThat(account).containsExactly("admin", "Quản trị viên", "Đang hoạt động"));
      assertThat(admin.get("accounts.xhtml").statusCode()).isEqualTo(200);
    } finally {
      for (String other : otherAdministrators) {
        edit(admin, other, "enable", Map.of());
      }
    }
  }

  @Test
  void anotherRoleCannotOpenTheScreenNorForgeItsForm() throws Exception {
    ScreenSession admin = admin();
    String auditor = unique("aud-peek");
    create(admin, auditor, "AUDITOR", GOOD_PASSWORD, GOOD_PASSWORD);
    ScreenSession theirs = loggedIn(auditor, GOOD_PASSWORD);
    String forged = unique("aud-forged");

    HttpResponse<String> opened = theirs.get("accounts.xhtml");
    HttpResponse<String> forgedPost =
        theirs.post(
            "accounts.xhtml",
            admin.get("accounts.xhtml").body(),
            Map.of(
                "create",
                "create",
                "create:username",
                forged,
                "create:role_input",
                "ADMIN",
                "create:password",
                GOOD_PASSWORD,
                "create:passwordRepeat",
                GOOD_PASSWORD,
                "create:submit",
                ""));

    assertThat(opened.statusCode()).isEqualTo(403);
    assertThat(opened.body())
        .contains("Không được phép", "Vai trò của bạn không được mở màn hình này")
        .doesNotContain("Tạo tài khoản", "Danh sách tài khoản");
    assertThat(forgedPost.statusCode()).isEqualTo(403);
    assertThat(listedUsernames(admin)).doesNotContain(forged);
    assertThat(theirs.get("index.xhtml").body()).doesNotContain("nav-accounts");
  }
}
