package org.ictindex.admin.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.domain.testing.TestPackages.unit;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ictindex.admin.testing.AjaxView;
import org.ictindex.admin.testing.RunningAdminApp;
import org.ictindex.admin.testing.ScreenSession;
import org.ictindex.domain.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Preview, what-if, publishing, verification, download, corrections and the comparison of revisions
 * over the screens, as a person at a browser would use them (ajax posts included).
 */
@ExtendWith(RunningAdminApp.class)
class PublishingScreensIT {

  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");

  private final URL base;

  PublishingScreensIT(URL base) {
    this.base = base;
  }

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  // P1 is strong in infrastructure, P2 in human resources (weight 2), P3 lacks a value.
  private static byte[] knownPackage(int year) {
    return TestPackages.zip(
        TestPackages.provinces(
            year,
            unit("100", "1", "0", "50"),
            unit("0", "0", "6", "0"),
            unit("50", null, "6", "10")));
  }

  @Test
  void thePreviewShowsTheRankingAsItWillBePublished() throws Exception {
    importPackage(2501, knownPackage(2501));
    AjaxView screen = AjaxView.open(admin(), "preview.xhtml?year=2501");

    String page = screen.pollUntilDone("preview-form");

    String ranking = section(page, "preview-form:ranking");
    assertThat(ranking).containsSubsequence("Tỉnh số 2", "Tỉnh số 1", "Tỉnh số 3");
    assertThat(ranking).contains("thiếu dữ liệu", "1–");
    // Other test classes publish earlier years with the same unit codes: "new" or a change.
    assertThat(ranking).containsPattern("mới|[▲▼=]");
    assertThat(ranking).doesNotContain("Hạng theo trọng số thử");
  }

  @Test
  void changingAWeightMovesRanksAndStoresNothing() throws Exception {
    importPackage(2502, knownPackage(2502));
    String previewBefore = api("GET", "api/cycles/2502/preview", null).body();
    AjaxView screen = AjaxView.open(admin(), "preview.xhtml?year=2502");
    screen.pollUntilDone("preview-form");

    String answer = recomputeWithTotalWeights(screen, "1", "0");

    String ranking = section(answer, "preview-form:ranking");
    assertThat(ranking).contains("Hạng theo trọng số thử", "▲1", "▼1");
    assertThat(api("GET", "api/cycles/2502/preview", null).body()).isEqualTo(previewBefore);
    assertThat(api("GET", "api/cycles/2502/revisions", null).body()).isEqualTo("[]");
  }

  @Test
  void aNegativeWeightIsRefusedWithAMessageAndNoWhatIfRanking() throws Exception {
    importPackage(2503, knownPackage(2503));
    AjaxView screen = AjaxView.open(admin(), "preview.xhtml?year=2503");
    screen.pollUntilDone("preview-form");

    String answer = recomputeWithTotalWeights(screen, "-1", "1");

    assertThat(answer).contains("Trọng số không được âm");
    assertThat(answer).doesNotContain("Hạng theo trọng số thử");
  }

  @Test
  void publishingOverTheScreenGivesRevisionOneWithItsHashesWhichVerify() throws Exception {
    importPackage(2504, knownPackage(2504));
    AjaxView screen = AjaxView.open(admin(), "publish.xhtml?year=2504");
    assertThat(screen.page()).contains("TEST-2504", "PROVINCE: 3");
    assertThat(text(screen.page(), "Số giá trị còn thiếu")).isEqualTo("1");
    assertThat(text(screen.page(), "Số giá trị đã nhập")).isEqualTo("11");

    screen.ajax("publish-form:publish", "publish-form", Map.of());
    String done = screen.pollUntilDone("publish-form");

    String revisions = api("GET", "api/cycles/2504/revisions", null).body();
    assertThat(revisions).contains("\"revision\":1");
    assertThat(done).contains("Đã công bố phiên bản 1.");
    assertThat(done).contains(field(revisions, "sha256"), field(revisions, "resultsSha256"));
    assertThat(done).contains("id=\"result-revision\">1<");

    AjaxView revisionsScreen = AjaxView.open(admin(), "revisions.xhtml?year=2504");
    String verified =
        revisionsScreen.ajax("revisions-form:revisions:0:verify", "revisions-form", Map.of());
    assertThat(verified).contains("pub-verify-ok", "Khớp").doesNotContain("pub-verify-bad");
    assertThat(verified).contains(field(revisions, "resultsSha256"));

    Map<String, String> download = new LinkedHashMap<>();
    download.put("revisions-form", "revisions-form");
    download.put("revisions-form:revisions:0:download", "");
    download.putAll(revisionsScreen.postbackFields());
    HttpResponse<byte[]> zip =
        revisionsScreen.session().postForBytes("revisions.xhtml?year=2504", "", download);
    assertThat(zip.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/zip"));
    assertThat(zip.body()).isEqualTo(apiBytes("api/cycles/2504/revisions/1/package.zip"));
  }

  @Test
  void thePublishScreenSaysWhyAYearWithoutValuesCannotBePublishedAndOffersNoButton()
      throws Exception {
    importPackage(
        2507, TestPackages.zip(TestPackages.provinces(2507, unit(null, null, null, null))));

    String page = AjaxView.open(admin(), "publish.xhtml?year=2507").page();

    assertThat(page)
        .contains("id=\"publish-refused\"")
        .contains("Chưa thể công bố năm này: năm chưa có giá trị nào.")
        .doesNotContain("publish-form:publish\"");
    AjaxView forged = AjaxView.open(admin(), "publish.xhtml?year=2507");
    forged.ajax("publish-form:publish", "publish-form", Map.of());
    Thread.sleep(1500);
    assertThat(api("GET", "api/cycles/2507/revisions", null).body()).isEqualTo("[]");
  }

  @Test
  void aCorrectionNeedsAReasonThenGivesRevisionTwoAndTheDiffListsExactlyWhatChanged()
      throws Exception {
    importPackage(2505, knownPackage(2505));
    assertThat(api("POST", "api/cycles/2505/publish", null).statusCode()).isEqualTo(200);
    AjaxView screen = AjaxView.open(admin(), "correction.xhtml?year=2505");

    String refused =
        screen.ajax("correction-form:add", "correction-form", change("P1", "HT.2", "2"));
    assertThat(refused).contains("0 (không) hoặc 1 (có)");
    String added = screen.ajax("correction-form:add", "correction-form", change("P1", "NL.1", "6"));
    assertThat(added).contains("P1 · Tỉnh số 1", "NL.1").containsSubsequence("0", "→", "6");

    String previewed = screen.ajax("correction-form:preview", "@this", Map.of());
    assertThat(section(previewed, "correction-form:changed-values")).contains("P1", "NL.1");
    assertThat(section(previewed, "correction-form:changed-results")).contains("TOTAL");

    String noReason = screen.ajax("correction-form:publish", "correction-form:reason", reason(""));
    assertThat(noReason).contains("Hãy nhập lý do đính chính.");
    String shortReason =
        screen.ajax("correction-form:publish", "correction-form:reason", reason("typo"));
    assertThat(shortReason).contains("Lý do phải có ít nhất 10 ký tự.");
    assertThat(api("GET", "api/cycles/2505/revisions", null).body())
        .doesNotContain("\"revision\":2");

    screen.ajax(
        "correction-form:publish",
        "correction-form:reason",
        reason("Số cán bộ chuyên trách của tỉnh 1 nhập sai"));
    String done = screen.pollUntilDone("correction-form");
    assertThat(done).contains("Đã công bố phiên bản 2.");
    assertThat(api("GET", "api/cycles/2505/revisions", null).body())
        .contains("\"revision\":2", "Số cán bộ chuyên trách của tỉnh 1 nhập sai");

    String diff = admin().get("diff.xhtml?year=2505&from=1&to=2").body();
    String values = section(diff, "changed-values");
    assertThat(values.split("data-ri=").length - 1).as("one changed value").isEqualTo(1);
    assertThat(values).contains("P1", "NL.1");
    String results = section(diff, "changed-results");
    assertThat(results).contains("P1", "P2", "TOTAL", "NL");
  }

  @Test
  void anAuditorSeesRevisionsButCannotPublishOrCorrectEvenByAForgedPost() throws Exception {
    importPackage(2506, knownPackage(2506));
    importPackage(2507, knownPackage(2507));
    api("POST", "api/cycles/2506/publish", null);
    String auditor = "pub-auditor-" + UUID.randomUUID().toString().substring(0, 8);
    api(
        "POST",
        "api/accounts",
        ("{\"username\":\""
                + auditor
                + "\",\"password\":\"auditor-password-1\",\"role\":\"AUDITOR\"}")
            .getBytes(StandardCharsets.UTF_8));
    ScreenSession session = new ScreenSession(base.toURI());
    session.logIn(auditor, "auditor-password-1");

    String revisions = session.get("revisions.xhtml?year=2506").body();
    assertThat(revisions)
        .contains("revisions-form:revisions:0:verify")
        .doesNotContain("to-correction");
    String publish = session.get("publish.xhtml?year=2507").body();
    assertThat(publish).contains("TEST-2507").doesNotContain("publish-form:publish");

    AjaxView forged = new AjaxView(session, "publish.xhtml?year=2507", publish);
    forged.ajax("publish-form:publish", "publish-form", Map.of());
    Thread.sleep(1500);
    forged.ajax("publish-form:poll", "publish-form:poll", Map.of());
    assertThat(api("GET", "api/cycles/2507/revisions", null).body()).isEqualTo("[]");

    String correction = session.get("correction.xhtml?year=2506").body();
    assertThat(correction).doesNotContain("correction-form:add");
  }

  private static Map<String, String> change(String unitCode, String indicator, String value) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("correction-form:unit_input", unitCode);
    fields.put("correction-form:indicator_input", indicator);
    fields.put("correction-form:value", value);
    return fields;
  }

  private static Map<String, String> reason(String reason) {
    return Map.of("correction-form:reason", reason);
  }

  private ScreenSession admin() throws Exception {
    ScreenSession session = new ScreenSession(base.toURI());
    session.logIn("admin", ADMIN_PASSWORD);
    return session;
  }

  /** The HTML from the element with the id to the end of its table. */
  private static String section(String page, String id) {
    int start = page.indexOf("id=\"" + id);
    if (start < 0) {
      start = page.indexOf(":" + id + "\"");
    }
    assertThat(start).as("element " + id).isGreaterThanOrEqualTo(0);
    int end = page.indexOf("</table>", start);
    return page.substring(start, end < 0 ? page.length() : end);
  }

  /** The text of the definition after the term. */
  private static String text(String page, String term) {
    Matcher matcher =
        Pattern.compile(Pattern.quote(term) + "</dt>\\s*<dd>([^<]*)</dd>").matcher(page);
    assertThat(matcher.find()).as(term).isTrue();
    return matcher.group(1).strip();
  }

  private static String field(String json, String name) {
    Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
    assertThat(matcher.find()).as(name).isTrue();
    return matcher.group(1);
  }

  private void importPackage(int year, byte[] zip) throws Exception {
    HttpResponse<String> response = api("PUT", "api/cycles/" + year + "/package", zip);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private HttpResponse<String> api(String method, String path, byte[] body) throws Exception {
    return http.send(request(method, path, body), HttpResponse.BodyHandlers.ofString());
  }

  private byte[] apiBytes(String path) throws Exception {
    return http.send(request("GET", path, null), HttpResponse.BodyHandlers.ofByteArray()).body();
  }

  private HttpRequest request(String method, String path, byte[] body) {
    String credentials =
        Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
            .header("Authorization", "Basic " + credentials)
            .header("Accept", path.endsWith(".zip") ? "application/zip" : "application/json");
    if (body == null) {
      return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return request
        .header("Content-Type", path.endsWith("/package") ? "application/zip" : "application/json")
        .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  /** Tries the two top-level weights of the provinces' total ranking on the preview screen. */
  private static String recomputeWithTotalWeights(AjaxView screen, String first, String second)
      throws Exception {
    Map<String, String> weights = new LinkedHashMap<>();
    weights.put("preview-form:group_input", "PROVINCE");
    weights.put("preview-form:node_input", "TOTAL");
    weights.put("preview-form:weights:0:weight_input", first);
    weights.put("preview-form:weights:1:weight_input", second);
    return screen.ajax("preview-form:recompute", "preview-form", weights);
  }
}
