package org.ictindex.admin.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.domain.testing.TestPackages.unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.ictindex.admin.testing.ApiClient;
import org.ictindex.admin.testing.RunningAdminApp;
import org.ictindex.admin.testing.ScreenSession;
import org.ictindex.domain.testing.TestPackages;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile text through the real entry points: imported names and notes typed through the API are
 * stored exactly and shown escaped, never evaluated; what breaks a rule is refused with a message
 * and changes nothing. Each test has its own year.
 */
@ExtendWith(RunningAdminApp.class)
class HostileInputIT {

  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");

  /** Unit names of the hostile year, each one attack; P1 keeps its ordinary name. */
  private static final List<String> HOSTILE_NAMES =
      List.of(
          "<script>alert(1)</script>",
          "\" onmouseover=\"alert(1)",
          "Tính #{7*7} điểm",
          "Bộ'; DROP TABLE assessed_unit; --",
          "=HYPERLINK(\"http://evil.example\",\"x\")");

  /** An attribute of the hostile text's own, right after the quote it would have closed. */
  private static final String ATTRIBUTE_INJECTED = "<[^>]*\"\\s+(onmouseover|onfocus|onerror)=";

  private final URL base;

  HostileInputIT(URL base) {
    this.base = base;
  }

  private ApiClient admin() throws Exception {
    return new ApiClient(base.toURI(), "admin", ADMIN_PASSWORD);
  }

  private ScreenSession screens() throws Exception {
    ScreenSession session = new ScreenSession(base.toURI());
    session.logIn("admin", ADMIN_PASSWORD);
    return session;
  }

  /** A draft of the year whose units P2… carry the given names. */
  private HttpResponse<String> importWithNames(int year, List<String> names) throws Exception {
    List<java.math.BigDecimal[]> values = new ArrayList<>();
    for (int i = 0; i <= names.size(); i++) {
      values.add(unit("50", "1", "6", "10"));
    }
    CyclePackage plain =
        TestPackages.provinces(year, values.toArray(new java.math.BigDecimal[0][]));
    List<Unit> units = new ArrayList<>(plain.units());
    for (int i = 0; i < names.size(); i++) {
      Unit original = units.get(i + 1);
      units.set(
          i + 1,
          new Unit(
              original.code(),
              original.groupCode(),
              new LocalizedText(names.get(i), names.get(i)),
              List.of()));
    }
    return admin()
        .send(
            "PUT",
            "api/cycles/" + year + "/package",
            "application/zip",
            TestPackages.zip(new CyclePackage(plain.framework(), units, plain.values())));
  }

  private String version(int year, String unitCode) throws Exception {
    String body = admin().send("GET", valuePath(year, unitCode), null, null).body();
    java.util.regex.Matcher version =
        java.util.regex.Pattern.compile("\"version\":\\s*(\\d+|null)").matcher(body);
    assertThat(version.find()).as(body).isTrue();
    return version.group(1);
  }

  private static String valuePath(int year, String unitCode) {
    return "api/cycles/" + year + "/values/" + unitCode + "/HT.1";
  }

  private HttpResponse<String> putNote(int year, String unitCode, String note) throws Exception {
    String json =
        "{\"value\":\"60\",\"note\":\""
            + note.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t")
            + "\",\"version\":"
            + version(year, unitCode)
            + "}";
    return admin()
        .send(
            "PUT",
            valuePath(year, unitCode),
            "application/json",
            json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void hostileNamesAreStoredAndShownEscapedNeverEvaluated() throws Exception {
    assertThat(importWithNames(2791, HOSTILE_NAMES).statusCode()).isEqualTo(200);
    ScreenSession session = screens();

    for (String page : List.of("units.xhtml?year=2791", "values.xhtml?year=2791")) {
      String html = session.get(page).body();
      assertThat(html)
          .as(page)
          .contains("&lt;script&gt;alert(1)&lt;/script&gt;", "Tính #{7*7} điểm")
          .contains("DROP TABLE assessed_unit", "onmouseover=")
          .doesNotContain("<script>alert(1)</script>", "Tính 49 điểm")
          .doesNotContainPattern(ATTRIBUTE_INJECTED);
    }
  }

  @Test
  void hostileNotesThroughTheApiAreStoredExactlyAndShownEscaped() throws Exception {
    assertThat(importWithNames(2792, List.of("Tỉnh số 2", "Tỉnh số 3", "Tỉnh số 4")).statusCode())
        .isEqualTo(200);
    String[][] notes = {
      {"P1", "<img src=x onerror=alert(1)> #{7*7}"},
      {"P2", "'; DELETE FROM audit_record WHERE '1'='1"},
      {"P3", "\t=cmd|' /C calc'!A0"},
      {"P4", "\" autofocus onfocus=\"alert(1)"}
    };
    for (String[] note : notes) {
      assertThat(putNote(2792, note[0], note[1]).statusCode()).as(note[1]).isEqualTo(200);
    }

    assertThat(admin().send("GET", valuePath(2792, "P2"), null, null).body())
        .contains("'; DELETE FROM audit_record WHERE '1'='1");
    assertThat(admin().send("GET", valuePath(2792, "P3"), null, null).body())
        .contains("\\t=cmd|' /C calc'!A0");
    ScreenSession session = screens();
    String p1 = session.get("unit-values.xhtml?year=2792&unit=P1").body();
    assertThat(p1)
        .contains("&lt;img src=x onerror=alert(1)&gt; #{7*7}")
        .doesNotContain("&gt; 49")
        .doesNotContainPattern(ATTRIBUTE_INJECTED);
    String p4 = session.get("unit-values.xhtml?year=2792&unit=P4").body();
    assertThat(p4)
        .contains("&quot; autofocus onfocus=&quot;alert(1)")
        .doesNotContain("\" autofocus");
  }

  @Test
  void aNoteWithInvisibleOrTooMuchTextIsRefusedAndTheValueKept() throws Exception {
    assertThat(importWithNames(2793, List.of()).statusCode()).isEqualTo(200);

    for (String note : List.of("Hà\u202ENội", "nguồn\u200B", "\u2066x\u2069", "x".repeat(4001))) {
      HttpResponse<String> refused = putNote(2793, "P1", note);
      assertThat(refused.statusCode()).as(note).isEqualTo(400);
      assertThat(refused.body()).as(note).containsAnyOf("U+202E", "U+200B", "U+2066", "4001");
    }

    assertThat(admin().send("GET", valuePath(2793, "P1"), null, null).body())
        .contains("\"value\":\"50\"", "\"note\":\"\"");
  }

  @Test
  void aNoteTypedWithCombiningAccentsIsStoredPrecomposed() throws Exception {
    assertThat(importWithNames(2794, List.of()).statusCode()).isEqualTo(200);
    String nfd = Normalizer.normalize("Theo báo cáo của Sở", Normalizer.Form.NFD);

    assertThat(putNote(2794, "P1", nfd).statusCode()).isEqualTo(200);

    assertThat(admin().send("GET", valuePath(2794, "P1"), null, null).body())
        .contains("\"note\":\"Theo báo cáo của Sở\"");
  }

  @Test
  void aPackageWithAHostileNameIsRefusedWithItsLineAndNoYearIsCreated() throws Exception {
    for (String name :
        List.of("Tỉnh ".repeat(2000), "Tỉnh\u200Bsố 2", "\u202Eevil", "Tỉnh\nsố 2")) {
      HttpResponse<String> refused = importWithNames(2795, List.of(name));

      assertThat(refused.statusCode()).isEqualTo(422);
      assertThat(refused.body()).contains("units.csv", "\"line\":3", "\"column\":3");
      assertThat(admin().send("GET", valuePath(2795, "P1"), null, null).statusCode())
          .isEqualTo(404);
    }
  }

  @Test
  void aNoteWithAZeroWidthSpaceOnTheUnitFormSavesNothing() throws Exception {
    assertThat(importWithNames(2796, List.of()).statusCode()).isEqualTo(200);
    ScreenSession session = screens();
    String form = session.get("unit-values.xhtml?year=2796&unit=P1").body();
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("unit-form", "unit-form");
    fields.put("unit-form:lines:1:value", "70");
    fields.put("unit-form:lines:1:note", "");
    fields.put("unit-form:lines:2:value", "1");
    fields.put("unit-form:lines:2:note", "");
    fields.put("unit-form:lines:4:value", "6");
    fields.put("unit-form:lines:4:note", "nguồn\u200B");
    fields.put("unit-form:lines:5:value", "10");
    fields.put("unit-form:lines:5:note", "");
    fields.put("unit-form:save", "");

    HttpResponse<String> refused =
        session.post("unit-values.xhtml?year=2796&unit=P1", form, fields);

    assertThat(refused.body()).contains("chưa lưu gì", "U+200B");
    assertThat(admin().send("GET", valuePath(2796, "P1"), null, null).body())
        .contains("\"value\":\"50\"");
  }

  @Test
  void anOversizeUploadIsRefusedWithTheLimitAndNoYearIsCreated() throws Exception {
    byte[] oversize = new byte[50 * 1024 * 1024 + 1];

    HttpResponse<String> refused =
        admin().send("PUT", "api/cycles/2797/package", "application/zip", oversize);

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body()).contains("50 MB");
    assertThat(admin().send("GET", valuePath(2797, "P1"), null, null).statusCode()).isEqualTo(404);
  }

  @Test
  void uploadsAreRefusedForTheirRoleOrDeclaredSizeBeforeTheirBodyIsSent() throws Exception {
    String auditor = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(
            admin()
                .send(
                    "POST",
                    "api/accounts",
                    "application/json",
                    ("{\"username\":\""
                            + auditor
                            + "\",\"password\":\"auditor-password-1\",\"role\":\"AUDITOR\"}")
                        .getBytes(StandardCharsets.UTF_8))
                .statusCode())
        .isEqualTo(201);
    ScreenSession auditorScreens = new ScreenSession(base.toURI());
    auditorScreens.logIn(auditor, "auditor-password-1");
    String auditorCookie = "JSESSIONID=" + auditorScreens.sessionId().orElseThrow();
    String auditorBasic = basic(auditor, "auditor-password-1");
    long justUnderTheLimit = 50L * 1024 * 1024 - 1;

    // Only the headers are sent: each answer comes while the 50 MB body is still to be sent.
    for (String path :
        List.of(
            "api/cycles/2798/package",
            "api/cycles/2798/workbook",
            "api/cycles/2798/corrections?reason=S%E1%BB%ADa%20s%E1%BB%91%20li%E1%BB%87u")) {
      String method = path.contains("corrections") ? "POST" : "PUT";
      assertThat(
              statusBeforeTheBody(
                  method,
                  path,
                  "Authorization: " + auditorBasic,
                  "application/zip",
                  justUnderTheLimit))
          .as("%s by an auditor", path)
          .isEqualTo(403);
    }
    assertThat(
            statusBeforeTheBody(
                "POST",
                "import.xhtml?year=2798",
                "Cookie: " + auditorCookie,
                "multipart/form-data; boundary=x",
                justUnderTheLimit))
        .as("the import screen's upload by an auditor")
        .isEqualTo(403);
    String adminBasic = basic("admin", ADMIN_PASSWORD);
    assertThat(
            statusBeforeTheBody(
                "PUT",
                "api/cycles/2798/package",
                "Authorization: " + adminBasic,
                "application/zip",
                50L * 1024 * 1024 + 1))
        .isEqualTo(413);
    ScreenSession adminScreens = screens();
    assertThat(
            statusBeforeTheBody(
                "POST",
                "import.xhtml?year=2798",
                "Cookie: JSESSIONID=" + adminScreens.sessionId().orElseThrow(),
                "multipart/form-data; boundary=x",
                60L * 1024 * 1024))
        .isEqualTo(413);
    assertThat(admin().send("GET", valuePath(2798, "P1"), null, null).statusCode()).isEqualTo(404);
  }

  @Test
  void uploadsBeyondTheFreeSlotsAreTurnedAwayAndAbandonedUploadsGiveTheirSlotBack()
      throws Exception {
    byte[] notAZip = "not a zip".getBytes(StandardCharsets.UTF_8);
    List<Socket> stalled = new ArrayList<>();
    HttpResponse<String> turnedAway = null;
    try {
      // Two uploads (the default number of slots) that send a little and then wait.
      for (int i = 0; i < 2; i++) {
        Socket socket = new Socket(base.getHost(), base.getPort());
        stalled.add(socket);
        socket
            .getOutputStream()
            .write(
                headers(
                    "PUT",
                    "api/cycles/2799/package",
                    "Authorization: " + basic("admin", ADMIN_PASSWORD),
                    "application/zip",
                    1_000_000));
        socket.getOutputStream().write(new byte[10]);
        socket.getOutputStream().flush();
      }
      long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        HttpResponse<String> third =
            admin().send("PUT", "api/cycles/2799/package", "application/zip", notAZip);
        if (third.statusCode() == 503) {
          turnedAway = third;
          break;
        }
        Thread.sleep(200);
      }
    } finally {
      for (Socket socket : stalled) {
        socket.close();
      }
    }

    assertThat(turnedAway).as("an upload while both slots were held").isNotNull();
    assertThat(turnedAway.headers().firstValue("Retry-After")).contains("30");
    assertThat(turnedAway.body()).contains("thử lại sau 30 giây");
    int status = 503;
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while (status == 503 && System.nanoTime() < deadline) {
      Thread.sleep(200);
      status =
          admin().send("PUT", "api/cycles/2799/package", "application/zip", notAZip).statusCode();
    }
    assertThat(status).as("an upload once the stalled ones were abandoned").isEqualTo(422);
  }

  private static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private byte[] headers(
      String method, String path, String credentials, String contentType, long contentLength) {
    return (method
            + " "
            + base.getPath()
            + path
            + " HTTP/1.1\r\nHost: "
            + base.getHost()
            + ":"
            + base.getPort()
            + "\r\n"
            + credentials
            + "\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + contentLength
            + "\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Sends a request's headers but not its body, and returns the status of the answer. */
  private int statusBeforeTheBody(
      String method, String path, String credentials, String contentType, long contentLength)
      throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
      socket
          .getOutputStream()
          .write(headers(method, path, credentials, contentType, contentLength));
      socket.getOutputStream().flush();
      String statusLine =
          new BufferedReader(
                  new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
              .readLine();
      assertThat(statusLine).as("%s %s", method, path).startsWith("HTTP/1.1 ");
      return Integer.parseInt(statusLine.split(" ")[1]);
    }
  }

  @Test
  void sqlMetacharactersInFilterParametersAreOnlyText() throws Exception {
    ScreenSession session = screens();
    for (String hostile :
        Stream.of("' OR '1'='1", "admin'--", "%", "_", "\"; DROP TABLE audit_record; --")
            .map(text -> URLEncoder.encode(text, StandardCharsets.UTF_8))
            .toList()) {
      HttpResponse<String> audit = session.get("audit.xhtml?actor=" + hostile);
      assertThat(audit.statusCode()).isEqualTo(200);
      assertThat(audit.body()).doesNotContain("SQLException", "DatabaseException");
    }
    assertThat(session.get("audit.xhtml").body()).contains("admin");
  }
}
