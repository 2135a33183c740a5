package org.ictindex.domain.testing;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The operating system's Chromium and ChromeDriver, headless and offline, for browser tests against
 * a running system whose address is the system property {@code browser.baseUrl}.
 */
public final class HeadlessChromium {

  private HeadlessChromium() {}

  /** Where the system under test answers, without a trailing slash. */
  public static String baseUrl() {
    String url = System.getProperty("browser.baseUrl", "http://localhost:8080");
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public static ChromeDriver start() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(executable("CHROMIUM_BINARY", "/usr/bin/chromium"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + freshProfileFolder());
    // Like a browser in Vietnam: the pages must speak Vietnamese to it.
    options.addArguments("--lang=vi");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(
                new File(executable("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver")))
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return driver;
  }

  /** The messages the page logged to the console at level SEVERE (errors). */
  public static List<String> consoleErrors(ChromeDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  private static String executable(String environmentVariable, String fallback) {
    String configured = System.getenv(environmentVariable);
    return configured == null || configured.isBlank() ? fallback : configured;
  }

  private static String freshProfileFolder() {
    try {
      return Files.createTempDirectory("ictindex-chromium").toString();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Cannot create a Chromium profile folder", e);
    }
  }
}
