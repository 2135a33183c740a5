package org.ictindex.admin.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.domain.testing.TestPackages.unit;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ictindex.admin.testing.FormFields;
import org.ictindex.admin.testing.RunningAdminApp;
import org.ictindex.admin.testing.ScreenSession;
import org.ictindex.domain.testing.TestPackages;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard, the framework editor and the units screen of the packaged admin application,
 * driven over HTTP as a browser without scripts would.
 */
@ExtendWith(RunningAdminApp.class)
class FrameworkScreensIT {

  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");

  private final URL base;

  FrameworkScreensIT(URL base) {
    this.base = base;
  }

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void theDashboardListsEachYearWithTheCompletenessOfItsValues() throws Exception {
    importPackage(
        2301, TestPackages.provinces(2301, unit("50", "1", "6", "10"), unit("80", "0", "2", null)));

    String page = admin().get("index.xhtml").body();

    String row = rowOf(page, "2301");
    assertThat(row).contains("Bản nháp", "7 / 8", "87,5 %", "framework.xhtml?year=2301");
  }

  @Test
  void anEditorCreatesAYearByCopyingTheYearBefore() throws Exception {
    importPackage(2310, TestPackages.provinces(2310, unit("50", "1", "6", "10")));
    ScreenSession session = admin();

    String page = createYear(session, "2311");

    assertThat(page).contains("Đã tạo năm 2311 với 1 đơn vị và 4 chỉ tiêu.");
    assertThat(rowOf(page, "2311")).contains("Bản nháp", "0 / 4");
  }

  @Test
  void everyWrongNewYearIsRefusedAtTheFieldAndCreatesNothing() throws Exception {
    importPackage(2320, TestPackages.provinces(2320, unit("50", "1", "6", "10")));
    ScreenSession session = admin();

    assertThat(fieldMessage(createYear(session, ""))).contains("Hãy nhập năm cần tạo.");
    assertThat(fieldMessage(createYear(session, "năm sau"))).contains("không phải là một năm");
    assertThat(fieldMessage(createYear(session, "2320"))).contains("Năm 2320 đã có.");
    assertThat(fieldMessage(createYear(session, "1901")))
        .contains("Không có năm nào trước năm 1901 để sao chép.");
    assertThat(session.get("index.xhtml").body()).doesNotContain(">1901<");
    // The integration tests allow the years 1900–2999 (pom.xml).
    for (String year : new String[] {"10000", "9999", "3000", "999999999", "1899"}) {
      assertThat(fieldMessage(createYear(session, year)))
          .as(year)
          .contains("Không tạo được năm " + year + ": năm đánh giá phải từ 1900 đến 2999.");
    }
    assertThat(session.get("index.xhtml").body()).doesNotContain(">10000<", ">9999<", ">3000<");
  }

  @Test
  void aChangedWeightIsSavedShownAfterReloadAndAuditedOldToNew() throws Exception {
    importPackage(2330, TestPackages.provinces(2330, unit("50", "1", "6", "10")));
    ScreenSession session = admin();
    String editor = session.get("framework.xhtml?year=2330&node=HT.1").body();
    assertThat(editor).contains("HT.1", "framework:node-weight");

    String saved = saveNode(session, 2330, editor, Map.of("framework:node-weight", "3"));

    assertThat(saved).contains("Đã lưu bộ tiêu chí (1 thay đổi).");
    String reloaded = session.get("framework.xhtml?year=2330&node=HT.1").body();
    assertThat(FormFields.inputValue(reloaded, "framework:node-weight")).isEqualTo("3");
    // HT = 3 × 10 + 1 × 5 = 35 points at most, shown for the edited node's ancestors.
    assertThat(reloaded).contains("HT = <strong>35</strong>");
    assertThat(session.get("index.xhtml").body()).contains("HT.1 trọng số 1 → 3");
  }

  @Test
  void anInvalidFrameworkIsRefusedWithTheImportersMessagesAndNothingIsStored() throws Exception {
    importPackage(2340, TestPackages.provinces(2340, unit("50", "1", "6", "10")));
    ScreenSession session = admin();
    String editor = session.get("framework.xhtml?year=2340&node=HT.2").body();

    String negative = saveNode(session, 2340, editor, Map.of("framework:node-weight", "-1"));
    assertThat(negative).contains("chưa lưu gì", "không được âm");

    String duplicate = saveNode(session, 2340, negative, Map.of("framework:node-code", "HT.1"));
    assertThat(duplicate).contains("chưa lưu gì", "đã được dùng");

    String nameless = saveNode(session, 2340, duplicate, Map.of("framework:node-name-vi", " "));
    assertThat(nameless).contains("chưa lưu gì");

    String notANumber = saveNode(session, 2340, nameless, Map.of("framework:node-weight", "một"));
    assertThat(notANumber).contains("Hãy nhập một số thập phân");

    String reloaded = admin().get("framework.xhtml?year=2340&node=HT.2").body();
    assertThat(FormFields.inputValue(reloaded, "framework:node-weight")).isEqualTo("1");
    assertThat(FormFields.inputValue(reloaded, "framework:node-code")).isEqualTo("HT.2");
    assertThat(admin().get("index.xhtml").body()).doesNotContain("HT.2 trọng số");
  }

  @Test
  void unitsAreAddedRenamedAndGivenPredecessorsFromThePublishedYearBefore() throws Exception {
    importPackage(
        2349, TestPackages.provinces(2349, unit("50", "1", "6", "10"), unit("80", "0", "2", "40")));
    assertThat(api("POST", "api/cycles/2349/publish", new byte[0]).statusCode()).isEqualTo(200);
    importPackage(2350, TestPackages.provinces(2350, unit("50", "1", "6", "10")));
    ScreenSession session = admin();
    String published = session.get("framework.xhtml?year=2349&node=HT.1").body();
    assertThat(published)
        .contains("đã được công bố", "HT.1")
        .doesNotContain("framework:save", "framework:node-weight");
    String page = session.get("units.xhtml?year=2350").body();

    Map<String, String> add = FormFields.of(page, "units");
    add.put("units:add-unit", "");
    String withNewRow = session.post("units.xhtml?year=2350", page, add).body();
    assertThat(withNewRow).contains("units:table:1:code");

    Map<String, String> fields = FormFields.of(withNewRow, "units");
    fields.put("units:table:0:name-vi", "Tỉnh số 1 mới");
    fields.put("units:table:0:predecessors_hinput", "P2");
    fields.put("units:table:1:code", "P9");
    fields.put("units:table:1:name-vi", "Tỉnh số 9");
    fields.put("units:table:1:group_input", "PROVINCE");
    fields.put("units:save", "");
    String saved = session.post("units.xhtml?year=2350", withNewRow, fields).body();

    assertThat(saved).contains("Đã lưu đơn vị và nhóm");
    String reloaded = session.get("units.xhtml?year=2350").body();
    assertThat(FormFields.inputValue(reloaded, "units:table:0:name-vi")).isEqualTo("Tỉnh số 1 mới");
    assertThat(FormFields.inputValue(reloaded, "units:table:1:code")).isEqualTo("P9");
    assertThat(session.get("index.xhtml").body())
        .contains(
            "P1 tên Tỉnh số 1 → Tỉnh số 1 mới", "P1 đơn vị tiền thân (trống) → P2", "thêm P9");
  }

  @Test
  void aUnitWithoutANameIsRefusedAtItsRow() throws Exception {
    // A published year before, whose units the predecessors must name.
    importPackage(2348, TestPackages.provinces(2348, unit("50", "1", "6", "10")));
    assertThat(api("POST", "api/cycles/2348/publish", new byte[0]).statusCode()).isEqualTo(200);
    importPackage(2351, TestPackages.provinces(2351, unit("50", "1", "6", "10")));
    ScreenSession session = admin();
    String page = session.get("units.xhtml?year=2351").body();

    Map<String, String> fields = FormFields.of(page, "units");
    fields.put("units:table:0:name-vi", "");
    fields.put("units:save", "");
    String refused = session.post("units.xhtml?year=2351", page, fields).body();

    assertThat(refused).contains("chưa lưu gì", "units-error");

    Map<String, String> unknown = FormFields.of(page, "units");
    unknown.put("units:table:0:predecessors_hinput", "NOPE");
    unknown.put("units:save", "");
    assertThat(session.post("units.xhtml?year=2351", page, unknown).body())
        .contains("chưa lưu gì", "không có đơn vị NOPE");
    assertThat(
            FormFields.inputValue(
                session.get("units.xhtml?year=2351").body(), "units:table:0:name-vi"))
        .isEqualTo("Tỉnh số 1");
  }

  @Test
  void aRepeatedNodeCodeIsShownAtTheNodeThatRepeatsItAndNowhereElse() throws Exception {
    importPackage(2370, TestPackages.provinces(2370, unit("50", "1", "6", "10")));
    ScreenSession session = admin();
    String editor = session.get("framework.xhtml?year=2370&node=HT.2").body();

    String refused = saveNode(session, 2370, editor, Map.of("framework:node-code", "HT.1"));

    assertThat(refused).contains("chưa lưu gì");
    assertThat(Pattern.compile("framework-has-error").matcher(refused).results().count())
        .isEqualTo(1);
    Matcher marked =
        Pattern.compile("framework-has-error\">([^<]*)</span>(?:(?!</tr>).)*</tr>", Pattern.DOTALL)
            .matcher(refused);
    assertThat(marked.find()).isTrue();
    assertThat(marked.group(1)).isEqualTo("HT.1");
    // The second HT.1 is the one told, without the line of a file the editor never wrote.
    assertThat(marked.group())
        .contains("framework-error", "đã được dùng cho một nút khác")
        .doesNotContain("dòng");
    assertThat(refused.indexOf("framework-has-error"))
        .isGreaterThan(refused.indexOf(">HT.1</span>"));
  }

  @Test
  void aPredecessorThatIsNoUnitOfThePublishedYearBeforeIsRefusedOnImportAndOnTheScreen()
      throws Exception {
    importPackage(2371, TestPackages.provinces(2371, unit("50", "1", "6", "10")));
    assertThat(api("POST", "api/cycles/2371/publish", new byte[0]).statusCode()).isEqualTo(200);
    CyclePackage next =
        TestPackages.provinces(2372, unit("50", "1", "6", "10"), unit("40", "0", "2", "40"));
    List<Unit> units = new ArrayList<>(next.units());
    Unit merged = units.get(1);
    units.set(1, new Unit(merged.code(), merged.groupCode(), merged.name(), List.of("P1", "P7")));

    HttpResponse<String> refused =
        api(
            "PUT",
            "api/cycles/2372/package",
            TestPackages.zip(new CyclePackage(next.framework(), units, next.values())));

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("units.csv", "2371", "P7", "\"line\":3", "\"column\":5");

    importPackage(2372, next);
    ScreenSession session = admin();
    String page = session.get("units.xhtml?year=2372").body();
    Map<String, String> fields = FormFields.of(page, "units");
    fields.put("units:table:1:predecessors_hinput", "P7");
    fields.put("units:save", "");
    String notSaved = session.post("units.xhtml?year=2372", page, fields).body();

    assertThat(notSaved).contains("chưa lưu gì");
    Matcher error = Pattern.compile("<div class=\"units-error\">([^<]*)</div>").matcher(notSaved);
    assertThat(error.find()).isTrue();
    assertThat(error.group(1)).contains("Năm 2371 không có đơn vị P7", "P2");
    assertThat(notSaved.indexOf("units-error"))
        .isGreaterThan(notSaved.indexOf("units:table:1:code"));
  }

  @Test
  void anAuditorSeesTheScreensWithoutChangeControlsAndAForgedSaveChangesNothing() throws Exception {
    importPackage(2360, TestPackages.provinces(2360, unit("50", "1", "6", "10")));
    String auditor = "fw-auditor-" + System.nanoTime();
    HttpResponse<String> created =
        api(
            "POST",
            "api/accounts",
            ("{\"username\":\""
                    + auditor
                    + "\",\"password\":\"auditor-password-1\",\"role\":\"AUDITOR\"}")
                .getBytes(StandardCharsets.UTF_8));
    assertThat(created.statusCode()).isEqualTo(201);
    ScreenSession session = new ScreenSession(base.toURI());
    session.logIn(auditor, "auditor-password-1");

    String dashboard = session.get("index.xhtml").body();
    assertThat(dashboard).contains("2360").doesNotContain("create-year");
    String editor = session.get("framework.xhtml?year=2360&node=HT.1").body();
    assertThat(editor).contains("HT.1").doesNotContain("framework:save", "framework:node-weight");
    String units = session.get("units.xhtml?year=2360").body();
    assertThat(units).doesNotContain("units:save", "units:add-unit");

    Map<String, String> forged = new LinkedHashMap<>();
    forged.put("framework", "framework");
    forged.put("framework:node-weight", "9");
    forged.put("framework:save", "");
    session.post("framework.xhtml?year=2360&node=HT.1", editor, forged);
    Map<String, String> forgedYear = new LinkedHashMap<>();
    forgedYear.put("create-year", "create-year");
    forgedYear.put("create-year:new-year", "2361");
    forgedYear.put("create-year:create", "");
    assertThat(session.post("index.xhtml", dashboard, forgedYear).body())
        .doesNotContain("Đã tạo năm 2361");

    String afterwards = admin().get("framework.xhtml?year=2360&node=HT.1").body();
    assertThat(FormFields.inputValue(afterwards, "framework:node-weight")).isEqualTo("1");
    assertThat(admin().get("index.xhtml").body()).doesNotContain(">2361<");
  }

  @Test
  void theDashboardNamesRecentChangesAndTheirTimesAsPeopleWriteThem() throws Exception {
    importPackage(2362, TestPackages.provinces(2362, unit("50", "1", "6", "10")));

    String dashboard = admin().get("index.xhtml").body();
    String recent =
        dashboard.substring(
            dashboard.indexOf("recent-changes"),
            dashboard.indexOf("</table>", dashboard.indexOf("recent-changes")));
    assertThat(recent).contains("Nhập gói dữ liệu").doesNotContain("IMPORT_PACKAGE");
    assertThat(recent).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");
    assertThat(recent).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:");
  }

  private String saveNode(ScreenSession session, int year, String page, Map<String, String> edits)
      throws Exception {
    Map<String, String> fields = FormFields.of(page, "framework");
    fields.putAll(edits);
    fields.put("framework:save", "");
    return session.post("framework.xhtml?year=" + year, page, fields).body();
  }

  private String createYear(ScreenSession session, String year) throws Exception {
    String page = session.get("index.xhtml").body();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("create-year", "create-year");
    fields.put("create-year:new-year", year);
    fields.put("create-year:create", "");
    return session.post("index.xhtml", page, fields).body();
  }

  /** The text of the message shown at the new year's field. */
  private static String fieldMessage(String page) {
    Matcher message =
        Pattern.compile("id=\"create-year:new-year-message\"[^>]*>(.*?)</div>", Pattern.DOTALL)
            .matcher(page);
    assertThat(message.find()).as("a message at the new year's field").isTrue();
    return message.group(1);
  }

  private static String rowOf(String page, String year) {
    Matcher row =
        Pattern.compile(
                "<tr[^>]*>(?:(?!</tr>).)*>" + year + "<(?:(?!</tr>).)*</tr>", Pattern.DOTALL)
            .matcher(page);
    assertThat(row.find()).as("a row of " + year).isTrue();
    return row.group();
  }

  private ScreenSession admin() throws Exception {
    ScreenSession session = new ScreenSession(base.toURI());
    session.logIn("admin", ADMIN_PASSWORD);
    return session;
  }

  private void importPackage(int year, org.ictindex.scoring.model.CyclePackage data)
      throws Exception {
    HttpResponse<String> response =
        api("PUT", "api/cycles/" + year + "/package", TestPackages.zip(data));
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
  }

  private HttpResponse<String> api(String method, String path, byte[] body) throws Exception {
    String credentials =
        Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
            .header("Authorization", "Basic " + credentials)
            .header("Accept", "application/json")
            .header(
                "Content-Type", path.endsWith("/package") ? "application/zip" : "application/json")
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
