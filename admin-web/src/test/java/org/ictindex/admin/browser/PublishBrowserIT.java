package org.ictindex.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.domain.testing.TestPackages.unit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.ictindex.domain.testing.HeadlessChromium;
import org.ictindex.domain.testing.TestPackages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A year from preview through what-if, publishing and a correction to the comparison. */
class PublishBrowserIT {

  private static final int YEAR = 2050;
  private static final int WITHDRAWN_YEAR = 2070;

  private ChromeDriver browser;

  @BeforeEach
  void openBrowser() {
    browser = HeadlessChromium.start();
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void aYearIsPreviewedTriedWithOtherWeightsPublishedCorrectedAndCompared() throws Exception {
    importDraft();

    AdminBrowser.open(browser, "preview.xhtml?year=" + YEAR, "admin", AdminBrowser.ADMIN_PASSWORD);
    WebElement ranking = AdminBrowser.visible(browser, By.id("preview-form:ranking"));
    assertThat(ranking.getText()).containsSubsequence("Tỉnh số 2", "Tỉnh số 1", "thiếu dữ liệu");

    WebElement humanResources = browser.findElement(By.id("preview-form:weights:1:weight_input"));
    humanResources.sendKeys(Keys.chord(Keys.CONTROL, "a"), "0");
    browser.findElement(By.id("preview-form:recompute")).click();
    AdminBrowser.waitUntil(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("preview-form:ranking"), "▲1"));
    assertThat(browser.findElement(By.id("preview-form:ranking")).getText()).contains("▼1");

    browser.get(AdminBrowser.address("publish.xhtml?year=" + YEAR));
    assertThat(browser.findElement(By.id("facts")).getText()).contains("TEST-" + YEAR);
    browser.findElement(By.id("publish-form:publish")).click();
    AdminBrowser.visible(browser, By.cssSelector(".ui-confirmdialog-yes")).click();
    assertThat(AdminBrowser.visible(browser, By.id("result-revision")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("result-package-sha256")).getText()).hasSize(64);

    browser.findElement(By.id("publish-form:to-correction")).click();
    type("correction-form:unit_input", "P1");
    type("correction-form:indicator_input", "NL.1");
    type("correction-form:value", "6");
    browser.findElement(By.id("correction-form:add")).click();
    AdminBrowser.visible(browser, By.id("correction-form:preview")).click();
    assertThat(AdminBrowser.visible(browser, By.id("correction-form:changed-results")).getText())
        .contains("P1", "TOTAL");
    browser
        .findElement(By.id("correction-form:reason"))
        .sendKeys("Số cán bộ chuyên trách của tỉnh 1 nhập sai");
    browser.findElement(By.id("correction-form:publish")).click();
    assertThat(AdminBrowser.visible(browser, By.id("result-revision")).getText()).isEqualTo("2");

    browser.get(AdminBrowser.address("revisions.xhtml?year=" + YEAR));
    browser.findElement(By.id("revisions-form:compare")).click();
    assertThat(AdminBrowser.visible(browser, By.id("changed-values")).getText())
        .contains("P1", "NL.1");
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
  }

  /**
   * A year published by mistake is withdrawn on the revisions screen: it leaves the public site,
   * stays on the screen marked withdrawn with its reason, and is public again once published anew.
   */
  @Test
  void anAdministratorWithdrawsAMistakenPublicationFromThePublicSite() throws Exception {
    importDraft(WITHDRAWN_YEAR);
    assertThat(api("POST", "api/cycles/" + WITHDRAWN_YEAR + "/publish").statusCode())
        .isEqualTo(200);
    String ranking = "/rankings/" + WITHDRAWN_YEAR + "/PROVINCE";
    assertThat(publicStatus(ranking)).isEqualTo(200);

    AdminBrowser.open(
        browser, "revisions.xhtml?year=" + WITHDRAWN_YEAR, "admin", AdminBrowser.ADMIN_PASSWORD);
    assertThat(browser.findElements(By.cssSelector(".withdrawn-mark"))).isEmpty();
    browser
        .findElement(By.id("withdraw-form:withdrawal-reason"))
        .sendKeys("Công bố nhầm trước khi duyệt số liệu");
    browser.findElement(By.id("withdraw-form:withdraw")).click();
    AdminBrowser.visible(browser, By.id("withdraw-form:withdraw-yes")).click();
    AdminBrowser.waitUntil(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("withdraw-form:messages"), "Đã rút phiên bản 1 khỏi trang công khai."));

    assertThat(AdminBrowser.visible(browser, By.cssSelector(".withdrawn-detail")).getText())
        .contains("admin", "Công bố nhầm trước khi duyệt số liệu");
    assertThat(browser.findElements(By.id("withdraw-form:withdraw"))).isEmpty();
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
    // The public app reads the list of revisions again within ICTINDEX_REVISIONS_RECHECK_MILLIS.
    assertThat(publicStatusSoon(ranking, 404)).isEqualTo(404);
    assertThat(publicStatus("/api/v1/cycles/" + WITHDRAWN_YEAR + "/package.zip")).isEqualTo(404);

    assertThat(api("POST", "api/cycles/" + WITHDRAWN_YEAR + "/publish").body())
        .contains("\"revision\":2");
    assertThat(publicStatusSoon(ranking, 200)).isEqualTo(200);
  }

  /** The status of the public address once it is the expected one, or after ten seconds. */
  private static int publicStatusSoon(String path, int expected) throws Exception {
    int status = publicStatus(path);
    for (int attempt = 0; attempt < 40 && status != expected; attempt++) {
      Thread.sleep(250);
      status = publicStatus(path);
    }
    return status;
  }

  private static HttpResponse<String> api(String method, String path) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(AdminBrowser.address(path)))
                .header("Authorization", "Basic " + credentials())
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static int publicStatus(String path) throws Exception {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(URI.create(HeadlessChromium.baseUrl() + path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static String credentials() {
    return Base64.getEncoder()
        .encodeToString(("admin:" + AdminBrowser.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private void type(String id, String text) {
    WebElement field = AdminBrowser.visible(browser, By.id(id));
    field.sendKeys(text);
    field.sendKeys(Keys.ESCAPE);
  }

  private static void importDraft() throws Exception {
    importDraft(YEAR);
  }

  /** The year as a fresh draft; a system where it was published before cannot run this test. */
  private static void importDraft(int year) throws Exception {
    byte[] zip =
        TestPackages.zip(
            TestPackages.provinces(
                year,
                unit("100", "1", "0", "50"),
                unit("0", "0", "6", "0"),
                unit("50", null, "6", "10")));
    String credentials =
        Base64.getEncoder()
            .encodeToString(
                ("admin:" + AdminBrowser.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(
                        URI.create(AdminBrowser.address("api/cycles/" + year + "/package")))
                    .header("Authorization", "Basic " + credentials)
                    .header("Content-Type", "application/zip")
                    .header("Accept", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(zip))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode())
        .as("importing %d needs it to be a draft: %s", year, response.body())
        .isEqualTo(200);
  }
}
