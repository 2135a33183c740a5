package org.ictindex.admin.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.domain.testing.TestPackages.unit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ictindex.admin.testing.ApiClient;
import org.ictindex.admin.testing.RunningAdminApp;
import org.ictindex.admin.testing.ScreenSession;
import org.ictindex.domain.testing.TestPackages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Entering values of a draft year: the grid, the unit form, workbooks; each test on its own year.
 */
@ExtendWith(RunningAdminApp.class)
class DataEntryScreensIT {

  private static final String ADMIN_PASSWORD = System.getProperty("it.admin.password");
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final URL base;

  DataEntryScreensIT(URL base) {
    this.base = base;
  }

  private ApiClient admin() throws Exception {
    return new ApiClient(base.toURI(), "admin", ADMIN_PASSWORD);
  }

  private ScreenSession loggedIn(String username, String password) throws Exception {
    ScreenSession session = new ScreenSession(base.toURI());
    session.logIn(username, password);
    return session;
  }

  private void draft(int year) throws Exception {
    byte[] zip =
        TestPackages.zip(
            TestPackages.provinces(year, unit("50", "1", "6", "10"), unit("80", "0", null, "20")));
    assertThat(
            admin()
                .send("PUT", "api/cycles/" + year + "/package", "application/zip", zip)
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void theGridShowsEveryUnitAndCountsTheMissingCells() throws Exception {
    draft(2401);

    String page = loggedIn("admin", ADMIN_PASSWORD).get("values.xhtml?year=2401").body();

    assertThat(page).contains("Tỉnh số 1", "Tỉnh số 2", "HT.1", "NL.2", "1 / 8 ô còn thiếu");
    assertThat(page).contains("missing-value");
  }

  @Test
  void theUnitFormSavesEveryChangedValueWithItsNoteTogether() throws Exception {
    draft(2402);
    ScreenSession session = loggedIn("admin", ADMIN_PASSWORD);
    String form = session.get("unit-values.xhtml?year=2402&unit=P2").body();

    HttpResponse<String> saved =
        session.post(
            "unit-values.xhtml?year=2402&unit=P2",
            form,
            fields("95", "0", "7", "nguồn: báo cáo năm"));

    assertThat(saved.body()).contains("Đã lưu 2 giá trị.");
    assertThat(admin().send("GET", "api/cycles/2402/values/P2/HT.1", null, null).body())
        .contains("\"value\":\"95\"");
    assertThat(admin().send("GET", "api/cycles/2402/values/P2/NL.1", null, null).body())
        .contains("\"value\":\"7\"", "nguồn: báo cáo năm");
  }

  @Test
  void oneBadValueInTheUnitFormStoresNothingAndSaysWhichAndWhy() throws Exception {
    draft(2403);
    ScreenSession session = loggedIn("admin", ADMIN_PASSWORD);
    String form = session.get("unit-values.xhtml?year=2403&unit=P2").body();

    HttpResponse<String> refused =
        session.post("unit-values.xhtml?year=2403&unit=P2", form, fields("95", "2", "7", ""));

    assertThat(refused.body())
        .contains("chưa lưu gì", "Chỉ tiêu có/không chỉ nhận giá trị 0 (không) hoặc 1 (có)")
        .contains("value=\"95\"");
    assertThat(admin().send("GET", "api/cycles/2403/values/P2/HT.1", null, null).body())
        .contains("\"value\":\"80\"");
  }

  @Test
  void aWorkbookDownloadedFilledInAndUploadedChangesExactlyItsCells() throws Exception {
    draft(2404);
    byte[] workbook = admin().bytes("api/cycles/2404/workbook.xlsx");
    byte[] filled;
    try (XSSFWorkbook sheets = new XSSFWorkbook(new ByteArrayInputStream(workbook));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      sheets.getSheet("PROVINCE").getRow(3).createCell(4).setCellValue("12");
      sheets.write(out);
      filled = out.toByteArray();
    }

    HttpResponse<String> imported = admin().send("PUT", "api/cycles/2404/workbook", XLSX, filled);

    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(imported.body()).contains("\"values\":1");
    assertThat(admin().send("GET", "api/cycles/2404/values/P2/NL.1", null, null).body())
        .contains("\"value\":\"12\"");
  }

  @Test
  void aWorkbookWithErrorsIsRefusedWithEveryCellLocatedAndNothingStored() throws Exception {
    draft(2405);
    byte[] workbook = admin().bytes("api/cycles/2405/workbook.xlsx");
    byte[] broken;
    try (XSSFWorkbook sheets = new XSSFWorkbook(new ByteArrayInputStream(workbook));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      sheets.getSheet("PROVINCE").getRow(2).getCell(2).setCellValue("=HYPERLINK(\"x\")");
      sheets.getSheet("PROVINCE").getRow(3).createCell(4).setCellValue("nhiều");
      sheets.write(out);
      broken = out.toByteArray();
    }

    HttpResponse<String> refused = admin().send("PUT", "api/cycles/2405/workbook", XLSX, broken);

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("\"line\":3", "\"column\":3", "\"line\":4", "\"column\":5");
    assertThat(admin().send("GET", "api/cycles/2405/values/P1/HT.1", null, null).body())
        .contains("\"value\":\"50\"");
  }

  @Test
  void anAuditorReadsTheValuesButAForgedSaveChangesNothing() throws Exception {
    draft(2406);
    admin()
        .send(
            "POST",
            "api/accounts",
            "application/json",
            "{\"username\":\"entry-auditor\",\"password\":\"auditor-password-2406\",\"role\":\"AUDITOR\"}"
                .getBytes(StandardCharsets.UTF_8));
    ScreenSession auditor = loggedIn("entry-auditor", "auditor-password-2406");
    String form = auditor.get("unit-values.xhtml?year=2406&unit=P2").body();
    assertThat(form).doesNotContain("unit-form:save").contains("readonly");

    HttpResponse<String> forged =
        auditor.post("unit-values.xhtml?year=2406&unit=P2", form, fields("1", "1", "1", "x"));

    assertThat(forged.body()).doesNotContain("Đã lưu");
    assertThat(admin().send("GET", "api/cycles/2406/values/P2/HT.1", null, null).body())
        .contains("\"value\":\"80\"");
    assertThat(
            admin()
                .send(
                    "PUT",
                    "api/cycles/2406/workbook",
                    XLSX,
                    admin().bytes("api/cycles/2406/workbook.xlsx"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            new ApiClient(base.toURI(), "entry-auditor", "auditor-password-2406")
                .send(
                    "PUT",
                    "api/cycles/2406/workbook",
                    XLSX,
                    admin().bytes("api/cycles/2406/workbook.xlsx"))
                .statusCode())
        .isEqualTo(403);
  }

  /** The unit form's fields: HT.1, HT.2, NL.1 and NL.1's note; the rest as they are. */
  private static Map<String, String> fields(String ht1, String ht2, String nl1, String nl1Note) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("unit-form", "unit-form");
    fields.put("unit-form:lines:1:value", ht1);
    fields.put("unit-form:lines:1:note", "");
    fields.put("unit-form:lines:2:value", ht2);
    fields.put("unit-form:lines:2:note", "");
    fields.put("unit-form:lines:4:value", nl1);
    fields.put("unit-form:lines:4:note", nl1Note);
    fields.put("unit-form:lines:5:value", "20");
    fields.put("unit-form:lines:5:note", "");
    fields.put("unit-form:save", "");
    return fields;
  }
}
