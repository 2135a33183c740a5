package org.ictindex.admin.browser;

import java.time.Duration;
import org.ictindex.domain.testing.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser journeys of the admin app share: its address, logging in, waiting. */
final class AdminBrowser {

  /** The password of the first administrator of the system under test. */
  static final String ADMIN_PASSWORD = System.getProperty("browser.adminPassword");

  private AdminBrowser() {}

  /** The admin app's address of a path such as {@code "index.xhtml"}. */
  static String address(String path) {
    return HeadlessChromium.baseUrl() + "/admin/" + path;
  }

  /** Opens the path; logs in on the way when the login form comes up. */
  static void open(ChromeDriver browser, String path, String username, String password) {
    browser.get(address(path));
    if (browser.getCurrentUrl().contains("/login.xhtml")) {
      logIn(browser, username, password);
    }
  }

  /** Fills in and submits the login form shown in the browser. */
  static void logIn(ChromeDriver browser, String username, String password) {
    browser.findElement(By.id("login:username")).sendKeys(username);
    browser.findElement(By.id("login:password")).sendKeys(password);
    browser.findElement(By.id("login:submit")).click();
    waitUntil(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
  }

  static WebDriverWait waitUntil(ChromeDriver browser) {
    return new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  /** Waits until the element is visible and returns it. */
  static WebElement visible(ChromeDriver browser, By locator) {
    return waitUntil(browser).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }
}
