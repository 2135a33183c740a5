package org.ictindex.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.ictindex.domain.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** An assessor opens the admin start page in a real browser. */
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
  void anAssessorSeesTheYearsAndTheDatabaseInVietnameseWithoutErrors() {
    browser.get(HeadlessChromium.baseUrl() + "/admin/");

    assertThat(browser.getTitle()).isEqualTo("Tổng quan · ICT Index · Quản trị");
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tổng quan");
    assertThat(browser.findElement(By.id("cycles")).getText())
        .contains("Năm", "Trạng thái", "2013");
    assertThat(browser.findElement(By.id("database-product")).getText())
        .contains("lược đồ phiên bản");
    assertThat(browser.findElements(By.cssSelector("#migrations tbody tr"))).isNotEmpty();
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
  }
}
