package org.ictindex.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.UUID;
import org.ictindex.admin.testing.BasicApi;
import org.ictindex.domain.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** People change their own password from the header's link, giving their current one. */
class OwnPasswordBrowserIT {

  private static final String PASSWORD = "đồng lúa chín vàng 2013";
  private static final String NEW_PASSWORD = "sóng biển Quy Nhơn 2026";

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
  void anAssessorChangesTheirPasswordAfterAWrongCurrentOne() throws Exception {
    String assessor = "ass-" + UUID.randomUUID().toString().substring(0, 8);
    BasicApi admin =
        new BasicApi(URI.create(AdminBrowser.address("")), "admin", AdminBrowser.ADMIN_PASSWORD);
    assertThat(admin.createAccount(assessor, PASSWORD, "ASSESSOR").statusCode()).isEqualTo(201);
    AdminBrowser.open(browser, "index.xhtml", assessor, PASSWORD);

    browser.findElement(By.id("nav-password")).click();
    AdminBrowser.visible(browser, By.id("change:current"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đổi mật khẩu");
    fill("not my password", NEW_PASSWORD);

    assertThat(AdminBrowser.visible(browser, By.id("change:current-message")).getText())
        .contains("Mật khẩu hiện tại không đúng");

    fill(PASSWORD, NEW_PASSWORD);

    assertThat(AdminBrowser.visible(browser, By.id("messages")).getText())
        .contains("Đã đổi mật khẩu");
    assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains(assessor);
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();

    browser.findElement(By.id("logout-form:logout")).click();
    AdminBrowser.visible(browser, By.id("login:username"));
    AdminBrowser.logIn(browser, assessor, PASSWORD);
    AdminBrowser.waitUntil(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("login:messages"), "Tên đăng nhập hoặc mật khẩu không đúng"));
    assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    browser.findElement(By.id("login:username")).clear();
    AdminBrowser.logIn(browser, assessor, NEW_PASSWORD);
    assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains(assessor);
  }

  private void fill(String current, String newPassword) {
    browser.findElement(By.id("change:current")).sendKeys(current);
    browser.findElement(By.id("change:password")).sendKeys(newPassword);
    browser.findElement(By.id("change:passwordRepeat")).sendKeys(newPassword);
    WebElement submit = browser.findElement(By.id("change:submit"));
    submit.click();
    AdminBrowser.waitUntil(browser).until(ExpectedConditions.stalenessOf(submit));
    AdminBrowser.visible(browser, By.id("change:current"));
  }
}
