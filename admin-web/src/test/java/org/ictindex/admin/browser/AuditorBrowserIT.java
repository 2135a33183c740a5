package org.ictindex.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.ictindex.domain.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator creates an auditor's account on the accounts screen; the auditor reads the audit
 * trail of a published year and cannot reach the accounts.
 */
class AuditorBrowserIT {

  private static final String PASSWORD = "kiểm toán năm 2013 đủ dài";

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
  void anAuditorCreatedByTheAdministratorReadsTheTrailButNotTheAccounts() {
    String auditor = "aud-" + UUID.randomUUID().toString().substring(0, 8);
    AdminBrowser.open(browser, "accounts.xhtml", "admin", AdminBrowser.ADMIN_PASSWORD);

    browser.findElement(By.id("create:username")).sendKeys(auditor);
    browser.findElement(By.id("create:role")).click();
    // The menu's list grows into place: an item clicked while it still moves can be missed.
    AdminBrowser.visible(
        browser, By.cssSelector("#create\\:role_panel.ui-connected-overlay-enter-done"));
    browser
        .findElement(By.cssSelector("#create\\:role_items li[data-label='Kiểm toán viên']"))
        .click();
    AdminBrowser.waitUntil(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("create:role_label"), "Kiểm toán viên"));
    browser.findElement(By.id("create:password")).sendKeys(PASSWORD);
    browser.findElement(By.id("create:passwordRepeat")).sendKeys(PASSWORD);
    browser.findElement(By.id("create:submit")).click();

    assertThat(AdminBrowser.visible(browser, By.id("messages")).getText())
        .contains("Đã tạo tài khoản " + auditor + " với vai trò Kiểm toán viên");
    assertThat(browser.findElement(By.id("accounts")).getText()).contains(auditor);
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();

    browser.findElement(By.id("logout-form:logout")).click();
    AdminBrowser.visible(browser, By.id("login:username"));
    AdminBrowser.logIn(browser, auditor, PASSWORD);
    assertThat(browser.findElement(By.id("signed-in-as")).getText())
        .contains(auditor, "Kiểm toán viên");
    assertThat(browser.findElements(By.id("nav-accounts"))).isEmpty();

    browser.findElement(By.id("nav-audit")).click();
    WebElement year = AdminBrowser.visible(browser, By.id("filter-year"));
    year.sendKeys("2013");
    browser.findElement(By.id("filter-apply")).click();
    AdminBrowser.waitUntil(browser).until(ExpectedConditions.urlContains("year=2013"));

    String trail = AdminBrowser.visible(browser, By.id("trail:records")).getText();
    assertThat(trail).contains("Công bố", "Nhập gói dữ liệu", "2013");
    assertThat(trail).doesNotContain("2012");
    List<WebElement> years =
        browser.findElements(By.cssSelector("#trail\\:records tbody td.audit-year"));
    assertThat(years).isNotEmpty().allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("2013"));

    browser.findElement(By.id("chain:verify")).click();
    assertThat(AdminBrowser.visible(browser, By.id("chain:chain-message")).getText())
        .contains("Chuỗi nhật ký nguyên vẹn");
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();

    browser.get(AdminBrowser.address("accounts.xhtml"));

    assertThat(browser.findElements(By.id("create:username"))).isEmpty();
    assertThat(browser.findElement(By.id("refused")).getText()).isEqualTo("Không được phép");
    assertThat(HeadlessChromium.consoleErrors(browser)).allMatch(error -> error.contains("403"));
  }
}
