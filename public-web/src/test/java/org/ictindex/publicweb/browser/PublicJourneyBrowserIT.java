package org.ictindex.publicweb.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.ictindex.domain.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's way through the demo years: start page, a ranking, a unit's page, a comparison, in
 * both languages, each page free of console errors and of serious accessibility violations.
 */
class PublicJourneyBrowserIT {

  private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
  private static final List<String> WCAG_21_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

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
  void fromTheStartPageToARankingAUnitAndAComparison() {
    browser.get(HeadlessChromium.baseUrl() + "/");
    assertFitToRead();
    // Other tests may publish later years on the same system: the demo year is in the year list.
    assertThat(browser.findElement(By.id("head-PROVINCE")).getText()).isNotBlank();

    follow(By.cssSelector("#years a[href$='/rankings/2013/PROVINCE']"), "/rankings/2013/PROVINCE");
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .isEqualTo("Xếp hạng Tỉnh, thành phố trực thuộc Trung ương năm 2013");
    assertFitToRead();

    new Select(browser.findElement(By.name("node"))).selectByValue("HT");
    follow(By.cssSelector("form.filters button"), "node=HT");
    assertThat(browser.findElement(By.cssSelector("tr[data-unit='11']")).getText())
        .contains("47", "Điện Biên", "Khá", "▲6");

    follow(By.linkText("Điện Biên"), "/units/11/2013");
    assertThat(browser.findElement(By.id("narrative")).getText())
        .isEqualTo(
            "Năm 2013, Điện Biên xếp hạng 60/63 (tụt 1 bậc so với năm 2012), xếp loại Trung bình.");
    assertThat(browser.findElement(By.id("node-sentences")).getText())
        .contains(
            "Hạ tầng kỹ thuật CNTT xếp hạng 47/63 (tăng 6 bậc so với năm 2012, xếp loại Khá)");
    assertThat(browser.findElement(By.id("radar-chart")).getSize().getHeight()).isPositive();
    assertFitToRead();

    browser.get(HeadlessChromium.baseUrl() + "/compare?year=2013&units=11,01,48");
    assertThat(browser.findElements(By.cssSelector("#comparison thead th"))).hasSize(4);
    assertFitToRead();
  }

  @Test
  void theSwitchTurnsTheUnitPageIntoEnglishAndKeepsThePage() {
    browser.get(HeadlessChromium.baseUrl() + "/units/11/2013");

    follow(By.id("switch-language"), "lang=en");

    assertThat(browser.getCurrentUrl()).contains("/units/11/2013");
    assertThat(browser.findElement(By.id("narrative")).getText())
        .isEqualTo("In 2013, Dien Bien ranked 60/63 (down 1 place from 2012), rated Average.");
    assertFitToRead();
  }

  @Test
  void statisticsMapAndMethodologyPagesAreFitToRead() {
    browser.get(HeadlessChromium.baseUrl() + "/statistics/2013/PROVINCE");
    assertThat(browser.findElement(By.id("indicator-sentences")).getText())
        .contains("Số dịch vụ công trực tuyến mức độ 3");
    assertFitToRead();

    browser.get(HeadlessChromium.baseUrl() + "/map/2013/PROVINCE");
    assertThat(browser.findElements(By.cssSelector("#tile-map li"))).hasSize(63);
    assertFitToRead();

    browser.get(HeadlessChromium.baseUrl() + "/methodology/2013");
    assertThat(browser.findElement(By.id("framework")).getText()).contains("Hạ tầng kỹ thuật CNTT");
    assertFitToRead();
  }

  /** No console error and no serious or critical WCAG 2.1 AA violation on the current page. */
  private void assertFitToRead() {
    assertThat(HeadlessChromium.consoleErrors(browser)).as(browser.getCurrentUrl()).isEmpty();
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
    assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
    List<String> blocking =
        results.getViolations().stream()
            .filter(rule -> BLOCKING_IMPACTS.contains(rule.getImpact()))
            .map(PublicJourneyBrowserIT::describe)
            .toList();
    assertThat(blocking).as("accessibility of " + browser.getCurrentUrl()).isEmpty();
  }

  private static String describe(Rule rule) {
    return rule.getId()
        + " ("
        + rule.getImpact()
        + "): "
        + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList();
  }

  /**
   * Clicks what leads to another page and waits for its address: the click only starts the
   * navigation, and until the new page has loaded the old one still answers.
   */
  private void follow(By link, String partOfTheNewAddress) {
    browser.findElement(link).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(ExpectedConditions.urlContains(partOfTheNewAddress));
  }
}
