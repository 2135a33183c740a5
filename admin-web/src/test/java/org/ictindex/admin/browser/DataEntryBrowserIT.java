package org.ictindex.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.domain.testing.TestPackages.unit;

import java.nio.file.Files;
import java.nio.file.Path;
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

/** An assessor imports a year's files and enters values in the grid and the unit form. */
class DataEntryBrowserIT {

  private static final int YEAR = 2040;

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
  void importABadFileReadItsErrorsImportAGoodOneAndEnterValues() throws Exception {
    AdminBrowser.open(browser, "import.xhtml?year=" + YEAR, "admin", AdminBrowser.ADMIN_PASSWORD);

    upload(Files.writeString(Files.createTempFile("broken", ".zip"), "not a zip"));
    WebElement errors = AdminBrowser.visible(browser, By.id("progress-form:import-errors"));
    assertThat(errors.getText()).contains("Tệp / trang tính", "Dòng", "Cột", "Lỗi");
    assertThat(browser.findElement(By.id("progress-form:messages")).getText())
        .contains("không có gì được lưu");

    Path good = Files.createTempFile("cycle-" + YEAR, ".zip");
    Files.write(
        good,
        TestPackages.zip(
            TestPackages.provinces(YEAR, unit("50", "1", "6", "10"), unit("80", "0", null, "20"))));
    upload(good);
    AdminBrowser.waitUntil(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("progress-form:messages"), "Đã nhập: 2 đơn vị, 4 chỉ tiêu"));
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();

    browser.findElement(By.id("year-values")).click();
    AdminBrowser.visible(browser, By.id("grid-form:grid"));
    assertThat(missingCount()).startsWith("1 / 8");
    WebElement input = browser.findElement(By.cssSelector("td.missing-value input"));
    input.sendKeys("9", Keys.TAB);
    AdminBrowser.waitUntil(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("grid-form:missing-count"), "0 / 8"));
    assertThat(browser.findElement(By.id("messages")).getText()).contains("Đã lưu");

    browser.findElement(By.linkText("Tỉnh số 1")).click();
    AdminBrowser.visible(browser, By.id("unit-form:save"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Tỉnh số 1");
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
  }

  private void upload(Path file) {
    browser.findElement(By.cssSelector("input[type='file']")).sendKeys(file.toString());
    browser.findElement(By.id("upload-form:submit")).click();
  }

  private String missingCount() {
    return browser.findElement(By.id("grid-form:missing-count")).getText();
  }
}
