package org.ictindex.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.ictindex.domain.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** Logging in to the admin app in a real browser. */
class StartPageBrowserIT {

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
  void aWrongPasswordIsRefusedAndTheFormIsShownAgain() {
    browser.get(AdminBrowser.address(""));

    AdminBrowser.logIn(browser, "admin", "a wrong password");

    assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    assertThat(browser.findElement(By.id("login:messages")).getText())
        .contains("Tên đăng nhập hoặc mật khẩu không đúng");
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
  }

  @Test
  void anAdministratorLogsInSeesTheYearsInVietnameseAndLogsOut() {
    browser.get(AdminBrowser.address(""));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Đăng nhập");

    AdminBrowser.logIn(browser, "admin", AdminBrowser.ADMIN_PASSWORD);

    assertThat(browser.getTitle()).isEqualTo("Tổng quan · ICT Index · Quản trị");
    assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains("admin");
    assertThat(browser.findElement(By.id("cycles")).getText()).contains("2013");
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();

    browser.findElement(By.id("logout-form:logout")).click();
    AdminBrowser.visible(browser, By.id("login:username"));
    browser.get(AdminBrowser.address(""));
    assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
  }
}
