package org.ictindex.publicweb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.ictindex.domain.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** A reader opens the public start page in a real browser. */
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
  void aReaderSeesTheStartPageInVietnameseWithoutErrors() {
    browser.get(HeadlessChromium.baseUrl() + "/");

    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("vi");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Đánh giá mức độ ứng dụng công nghệ thông tin");
    assertThat(browser.findElements(By.id("data-version"))).as("no software version").isEmpty();
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
  }

  @Test
  void aReaderWhoChoosesEnglishKeepsItOnTheNextVisit() {
    browser.get(HeadlessChromium.baseUrl() + "/?lang=en");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Assessment of IT application");

    browser.get(HeadlessChromium.baseUrl() + "/");

    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Assessment of IT application");
  }
}
