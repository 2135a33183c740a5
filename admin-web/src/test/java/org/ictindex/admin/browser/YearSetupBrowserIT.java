package org.ictindex.admin.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ictindex.domain.testing.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Setting up a new year in a real browser: created by copying 2013, a weight changed in its
 * framework with the maximum points following as it is typed, and a unit added.
 */
class YearSetupBrowserIT {

  private static final String YEAR = "2030";

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
  void anAdministratorCreatesAYearChangesAWeightAndAddsAUnit() {
    AdminBrowser.open(browser, "index.xhtml", "admin", AdminBrowser.ADMIN_PASSWORD);
    if (!yearListed()) {
      browser.findElement(By.id("create-year:new-year")).sendKeys(YEAR);
      browser.findElement(By.id("create-year:create")).click();
      AdminBrowser.waitUntil(browser)
          .until(
              ExpectedConditions.textToBePresentInElementLocated(
                  By.id("messages"), "Đã tạo năm " + YEAR));
    }
    assertThat(yearListed()).isTrue();

    browser.get(AdminBrowser.address("framework.xhtml?year=" + YEAR + "&node=HT.1"));
    WebElement weight = AdminBrowser.visible(browser, By.id("framework:node-weight"));
    BigDecimal before = new BigDecimal(weight.getAttribute("value"));
    BigDecimal htMaxBefore = maxOf("HT");
    assertThat(htMaxBefore).isNotNull();
    BigDecimal after = before.add(BigDecimal.ONE);
    weight.clear();
    weight.sendKeys(after.toPlainString(), Keys.TAB);
    // HT.1 is worth 40 points, so one more unit of its weight adds 40 to HT's maximum.
    BigDecimal expected = htMaxBefore.add(new BigDecimal("40"));
    AdminBrowser.waitUntil(browser)
        .ignoring(StaleElementReferenceException.class)
        .until(
            ignored -> {
              BigDecimal max = maxOf("HT");
              return max != null && expected.compareTo(max) == 0;
            });

    browser.findElement(By.id("framework:save")).click();
    AdminBrowser.waitUntil(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("framework:messages"), "Đã lưu bộ tiêu chí"));
    browser.get(AdminBrowser.address("framework.xhtml?year=" + YEAR + "&node=HT.1"));
    assertThat(
            new BigDecimal(
                AdminBrowser.visible(browser, By.id("framework:node-weight"))
                    .getAttribute("value")))
        .isEqualByComparingTo(after);
    assertThat(maxOf("HT")).isEqualByComparingTo(expected);
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();

    browser.get(AdminBrowser.address("units.xhtml?year=" + YEAR));
    int rows = unitRows().size();
    browser.findElement(By.id("units:add-unit")).click();
    AdminBrowser.waitUntil(browser)
        .ignoring(StaleElementReferenceException.class)
        .until(ignored -> unitRows().size() == rows + 1);
    String code = "FW_NEW_" + (System.currentTimeMillis() % 100000);
    browser.findElement(By.id("units:table:" + rows + ":code")).sendKeys(code);
    browser.findElement(By.id("units:table:" + rows + ":name-vi")).sendKeys("Đơn vị thử " + code);
    browser.findElement(By.id("units:save")).click();
    AdminBrowser.waitUntil(browser)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("units:messages"), "Đã lưu đơn vị và nhóm"));
    browser.get(AdminBrowser.address("units.xhtml?year=" + YEAR));
    assertThat(
            AdminBrowser.visible(browser, By.id("units:table:" + rows + ":code"))
                .getAttribute("value"))
        .isEqualTo(code);
    assertThat(HeadlessChromium.consoleErrors(browser)).isEmpty();
  }

  private boolean yearListed() {
    return browser.findElements(By.cssSelector("#cycles .dashboard-year")).stream()
        .anyMatch(cell -> cell.getText().equals(YEAR));
  }

  private List<WebElement> unitRows() {
    return browser.findElements(By.cssSelector("#units\\:table_data > tr"));
  }

  /**
   * The maximum the live line shows for a node on the path of the edited one; null while it shows
   * none (a number on the path is being typed).
   */
  private BigDecimal maxOf(String code) {
    String text = browser.findElement(By.id("framework:node-max-points")).getText();
    Matcher max = Pattern.compile("(?:^|· )" + Pattern.quote(code) + " = ([0-9.]+)").matcher(text);
    return max.find() ? new BigDecimal(max.group(1)) : null;
  }
}
