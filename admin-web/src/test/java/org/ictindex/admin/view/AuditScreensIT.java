package org.ictindex.admin.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.domain.testing.TestPackages.unit;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.ictindex.domain.testing.TestPackages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail screen of the packaged admin application: its filters select exactly the records
 * of an actor, a year, an action and a period, and its chain check reports an untouched chain.
 *
 * <p>Editing a record behind the server's back cannot be done from here: the embedded database is
 * open only inside the server. {@code AuditChainTamperingIT} of the domain does it inside the
 * server.
 */
@ExtendWith(RunningAdminApp.class)
class AuditScreensIT {

  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
  private static final String PASSWORD = "rừng tre xanh 47 cây";
  private static final Pattern ROW =
      Pattern.compile("<tr[^>]*data-ri=\"\\d+\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]+>");

  /** Made once for the class: an assessor who imports two years, and an auditor who reads. */
  private static String assessor;

  private static String auditor;

  private final URL base;

  AuditScreensIT(URL base) {
    this.base = base;
  }

  private URI root() throws Exception {
    return base.toURI();
  }

  private static byte[] year(int year, String firstValue) {
    return TestPackages.zip(TestPackages.provinces(year, unit(firstValue, "1", "6", "10")));
  }

  @BeforeEach
  void recordActionsOnce() throws Exception {
    if (assessor != null) {
      return;
    }
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    BasicApi admin = new BasicApi(root(), "admin", ADMIN_PASSWORD);
    String newAssessor = "aud-assessor-" + suffix;
    String newAuditor = "aud-auditor-" + suffix;
    assertThat(admin.createAccount(newAssessor, PASSWORD, "ASSESSOR").statusCode()).isEqualTo(201);
    assertThat(admin.createAccount(newAuditor, PASSWORD, "AUDITOR").statusCode()).isEqualTo(201);
    BasicApi byAssessor = new BasicApi(root(), newAssessor, PASSWORD);
    assertThat(byAssessor.importPackage(2611, year(2611, "50")).statusCode()).isEqualTo(200);
    assertThat(byAssessor.importPackage(2612, year(2612, "60")).statusCode()).isEqualTo(200);
    assertThat(admin.importPackage(2611, year(2611, "70")).statusCode()).isEqualTo(200);
    assessor = newAssessor;
    auditor = newAuditor;
  }

  private ScreenSession auditorSession() throws Exception {
    ScreenSession session = new ScreenSession(root());
    assertThat(session.logIn(auditor, PASSWORD).uri().getPath()).doesNotEndWith("/login.xhtml");
    return session;
  }

  /** The rows the screen shows for the filters, each as its cells' text. */
  private List<List<String>> rows(ScreenSession session, Map<String, String> filters)
      throws Exception {
    return rowsOf(session.get(address(filters)).body());
  }

  private static String address(Map<String, String> filters) {
    StringBuilder address = new StringBuilder("audit.xhtml?");
    filters.forEach(
        (name, value) ->
            address
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))
                .append('&'));
    return address.toString();
  }

  private static List<List<String>> rowsOf(String page) {
    String table = page.substring(page.indexOf("id=\"trail:records\""));
    List<List<String>> rows = new ArrayList<>();
    Matcher row = ROW.matcher(table);
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        cells.add(TAG.matcher(cell.group(1)).replaceAll("").replaceAll("\\s+", " ").strip());
      }
      rows.add(cells);
    }
    return rows;
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  @Test
  void filteringByYearShowsExactlyThatYearsRecordsNewestFirst() throws Exception {
    List<List<String>> rows = rows(auditorSession(), Map.of("year", "2611"));

    assertThat(rows).hasSize(2);
    assertThat(rows).extracting(row -> row.get(1)).containsExactly("admin", assessor);
    assertThat(rows).extracting(row -> row.get(2)).containsOnly("Nhập gói dữ liệu");
    assertThat(rows).extracting(row -> row.get(3)).containsOnly("2611");
  }

  @Test
  void filteringByActorShowsExactlyTheirRecords() throws Exception {
    ScreenSession session = auditorSession();

    HttpResponse<String> page = session.get(address(Map.of("actor", assessor)));

    assertThat(rowsOf(page.body()))
        .extracting(row -> row.get(1) + " " + row.get(3))
        .containsExactly(assessor + " 2612", assessor + " 2611");
    assertThat(page.body()).contains("2 bản ghi");
    assertThat(page.body()).contains("<option value=\"" + assessor + "\" selected=\"selected\">");
  }

  @Test
  void filtersCombineAndActionsAreNamedInTheLanguageOfTheScreen() throws Exception {
    ScreenSession session = auditorSession();

    List<List<String>> imports =
        rows(session, Map.of("actor", assessor, "action", "IMPORT_PACKAGE", "year", "2612"));
    List<List<String>> creations =
        rows(session, Map.of("actor", "admin", "action", "CREATE_ACCOUNT"));
    List<List<String>> inEnglish = rowsOf(englishRows());

    assertThat(imports).hasSize(1);
    assertThat(imports.get(0).get(4)).isEqualTo("package");
    assertThat(creations)
        .extracting(row -> row.get(4))
        .contains("account " + assessor, "account " + auditor);
    assertThat(creations).extracting(row -> row.get(2)).containsOnly("Tạo tài khoản");
    assertThat(inEnglish).extracting(row -> row.get(2)).containsOnly("Account created");
  }

  private String englishRows() throws Exception {
    ScreenSession english = new ScreenSession(root()).speaking("en");
    english.logIn(auditor, PASSWORD);
    return english.get(address(Map.of("actor", "admin", "action", "CREATE_ACCOUNT"))).body();
  }

  @Test
  void filteringByDatesCountsDaysInVietnam() throws Exception {
    ScreenSession session = auditorSession();
    String today = today().toString();

    assertThat(rows(session, Map.of("actor", assessor, "from", today, "to", today))).hasSize(2);
    assertThat(rows(session, Map.of("actor", assessor, "from", today().plusDays(1).toString())))
        .isEmpty();
    assertThat(rows(session, Map.of("actor", assessor, "to", today().minusDays(1).toString())))
        .isEmpty();
  }

  @Test
  void aFilterThatCannotBeReadIsSaidAndLeftOut() throws Exception {
    ScreenSession session = auditorSession();

    HttpResponse<String> badYear = session.get(address(Map.of("actor", assessor, "year", "2611x")));
    HttpResponse<String> badDate =
        session.get(address(Map.of("actor", assessor, "from", "31/12/2013")));
    HttpResponse<String> badAction =
        session.get(address(Map.of("actor", assessor, "action", "DROP_TABLE")));

    assertThat(badYear.body()).contains("Năm phải là một số nguyên");
    assertThat(rowsOf(badYear.body())).hasSize(2);
    assertThat(badDate.body()).contains("Ngày phải có dạng năm-tháng-ngày");
    assertThat(rowsOf(badDate.body())).hasSize(2);
    assertThat(badAction.body()).contains("Không có thao tác DROP_TABLE");
    assertThat(rowsOf(badAction.body())).hasSize(2);
  }

  @Test
  void theChainCheckReportsAnUntouchedChainIntact() throws Exception {
    ScreenSession session = auditorSession();
    HttpResponse<String> page = session.get("audit.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("chain", "chain");
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", "chain:verify");
    fields.put("jakarta.faces.partial.execute", "chain:verify");
    fields.put("jakarta.faces.partial.render", "chain:result");
    fields.put("chain:verify", "chain:verify");

    HttpResponse<String> verified = session.post("audit.xhtml", page.body(), fields);

    assertThat(verified.body()).contains("Chuỗi nhật ký nguyên vẹn").doesNotContain("bị phá vỡ");
  }

  @Test
  void theAuditorSeesNoAccountsLinkAndTheAdministratorDoes() throws Exception {
    ScreenSession admin = new ScreenSession(root());
    admin.logIn("admin", ADMIN_PASSWORD);

    assertThat(auditorSession().get("audit.xhtml").body())
        .contains("Nhật ký kiểm toán")
        .doesNotContain("id=\"nav-accounts\"");
    assertThat(admin.get("audit.xhtml").body()).contains("id=\"nav-accounts\"");
  }
}
