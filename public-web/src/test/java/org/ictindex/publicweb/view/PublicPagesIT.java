package org.ictindex.publicweb.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ictindex.publicweb.testing.BrokenPublications;
import org.ictindex.publicweb.testing.RunningPublicApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public pages of the demo years at their stable addresses, checked against the figures of the
 * 2013 announcement (docs/DEMO-DATA.md).
 */
@ExtendWith(RunningPublicApp.class)
class PublicPagesIT {

  private static final String SHARED_FOR_ONE_SECOND = "public, max-age=60, s-maxage=1";

  private final URL base;

  PublicPagesIT(URL base) {
    this.base = base;
  }

  @Test
  void wrongAddressesAnswerAPlainPageOrJsonWithoutInternals() throws Exception {
    for (String path :
        List.of("no-such-page", "rankings/abc/PROVINCE", "units/NO-SUCH-UNIT/2013", "map/9999/X")) {
      HttpResponse<String> answer = get(path, "vi");
      assertThat(answer.statusCode()).as(path).isBetween(400, 499);
      assertThat(answer.body())
          .as(path)
          .doesNotContain("Exception", "at org.", "java.", "jakarta.", "Payara");
    }
    assertThat(get("no-such-page", "vi").body())
        .contains("Không tìm thấy trang")
        .doesNotContain("Page not found");
    assertThat(get("no-such-page", "en-GB,en;q=0.9").body())
        .contains("Page not found")
        .doesNotContain("Không tìm thấy trang");
    for (String path : List.of("api/v1/no-such-list", "api/v1/cycles/abc/rankings/PROVINCE")) {
      HttpResponse<String> answer = get(path, "vi");
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body())
          .as(path)
          .startsWith("{")
          .doesNotContain("Exception", "at org.", "java.", "jakarta.", "Payara");
    }
  }

  @Test
  void everyYearPageNamesItsRevisionAndThePublishedHashes() throws Exception {
    String cycles = get("api/v1/cycles", "vi").body();
    String packageHash =
        cycles.replaceAll("(?s).*?\"year\":2013.*?\"sha256\":\"([0-9a-f]{64})\".*", "$1");

    for (String page :
        List.of(
            "rankings/2013/PROVINCE",
            "statistics/2013/PROVINCE",
            "units/11/2013",
            "methodology/2013",
            "map/2013/PROVINCE")) {
      String footer = get(page, "vi").body();
      footer = footer.substring(footer.indexOf("site-footer"));
      assertThat(footer)
          .as(page)
          .contains("Số liệu năm 2013, phiên bản 1", packageHash, "SHA-256 của kết quả đã công bố")
          .containsPattern("kết quả đã công bố: <code>[0-9a-f]{64}</code>")
          .contains("/api/v1/cycles/2013/package.zip");
    }
  }

  @Test
  void theStartPageShowsEachGroupsLeadersOfTheLatestYearAndEveryYear() throws Exception {
    String page = get("./", "vi").body();

    assertThat(page)
        .contains("Kết quả năm 2013", "Bộ, cơ quan ngang Bộ", "Cơ quan thuộc Chính phủ");
    assertThat(page).contains("/rankings/2013/PROVINCE", "/rankings/2012/MINISTRY");
  }

  /**
   * The database also holds publications the site cannot show (BrokenPublications): a year outside
   * the range, a year without values newer than every good one, and a year whose results cannot be
   * read. Each is left out; the rest of the site answers as before.
   */
  @Test
  void publicationsThatCannotBeShownAreLeftOutAndTheRestOfTheSiteStaysUp() throws Exception {
    int[] broken = {
      BrokenPublications.OUT_OF_RANGE,
      BrokenPublications.WITHOUT_VALUES,
      BrokenPublications.UNREADABLE_RESULTS
    };
    for (String path :
        List.of(
            "./",
            "units/11/2013",
            "rankings/2013/PROVINCE",
            "rankings/2012/MINISTRY",
            "statistics/2013/PROVINCE",
            "methodology/2013",
            "compare?year=2013&units=11,01",
            "api/v1/cycles",
            "api/v1/cycles/2013/rankings/PROVINCE",
            "api/v1/cycles/2013/units/11")) {
      for (String language : List.of("vi", "en")) {
        HttpResponse<String> answer = get(path, language);
        assertThat(answer.statusCode()).as("%s in %s", path, language).isEqualTo(200);
        for (int year : broken) {
          assertThat(answer.body())
              .as("%s in %s", path, language)
              .doesNotContain("/rankings/" + year + "/", "\"year\":" + year, "\"year\": " + year);
        }
      }
    }
    assertThat(get("./", "vi").body()).contains("Kết quả năm 2013");
    for (int year : broken) {
      for (String path :
          List.of(
              "rankings/" + year + "/PROVINCE",
              "units/11/" + year,
              "statistics/" + year + "/PROVINCE",
              "methodology/" + year,
              "api/v1/cycles/" + year + "/rankings/PROVINCE",
              "api/v1/cycles/" + year + "/package.zip")) {
        assertThat(get(path, "vi").statusCode()).as(path).isEqualTo(404);
      }
    }
  }

  @Test
  void theProvinceRankingListsEveryProvinceWithItsChange() throws Exception {
    HttpResponse<String> response = get("rankings/2013/PROVINCE", "vi");

    assertThat(response.statusCode()).isEqualTo(200);
    String dienBien = row(response.body(), "11");
    assertThat(dienBien).contains(">60<", "Điện Biên", "Trung bình", "▼1", ">59<");
    assertThat(response.body().split("data-unit=\"")).hasSize(65);
  }

  @Test
  void aCriterionsRankingIsChosenInTheAddress() throws Exception {
    String page = get("rankings/2013/PROVINCE?node=HT", "vi").body();

    assertThat(page).contains("Hạ tầng kỹ thuật CNTT");
    assertThat(row(page, "11")).contains(">47<", "Khá", "▲6", ">53<");
  }

  @Test
  void unrankedUnitsComeLastMarkedIncompleteData() throws Exception {
    String page = get("rankings/2012/PROVINCE", "vi").body();

    int lastRow = page.lastIndexOf("data-unit=\"");
    assertThat(page.substring(lastRow)).contains("thiếu dữ liệu");
    assertThat(page).contains("Đắk Nông");
  }

  @Test
  void theRankingFiltersByNameWithoutDiacriticsAndByClass() throws Exception {
    String byName = get("rankings/2013/PROVINCE?name=dien+bien", "vi").body();
    assertThat(byName.split("data-unit=\"")).hasSize(2);
    assertThat(byName).contains("Điện Biên");

    String byClass = get("rankings/2013/PROVINCE?class=TOT", "vi").body();
    assertThat(byClass).doesNotContain("Điện Biên");
    assertThat(byClass.split("data-unit=\"").length).isGreaterThan(1);
  }

  @Test
  void dienBiensPageTellsItsStoryInTheMethodologysSentences() throws Exception {
    String page = get("units/11/2013", "vi").body();

    assertThat(page)
        .contains(
            "Năm 2013, Điện Biên xếp hạng 60/63 (tụt 1 bậc so với năm 2012), xếp loại Trung bình.",
            "Hạ tầng kỹ thuật CNTT xếp hạng 47/63 (tăng 6 bậc so với năm 2012, xếp loại Khá)",
            "Xây dựng cơ chế, chính sách và các quy định cho ứng dụng CNTT xếp hạng 55/63"
                + " (giữ nguyên thứ hạng so với năm 2012, xếp loại Trung bình)",
            "Nguồn nhân lực cho ứng dụng CNTT xếp hạng 55/63 (tụt 11 bậc so với năm 2012,"
                + " xếp loại Trung bình)");
    assertThat(page).contains("/units/11/2012");
  }

  @Test
  void theUnitPageSpeaksEnglish() throws Exception {
    String page = get("units/11/2013?lang=en", "vi").body();

    assertThat(page)
        .contains("In 2013, Dien Bien ranked 60/63 (down 1 place from 2012), rated Average.")
        .contains("IT technical infrastructure ranked 47/63 (up 6 places from 2012, rated Fair)");
  }

  @Test
  void theFirstYearHasNoChangesToTell() throws Exception {
    assertThat(get("units/11/2012", "vi").body())
        .contains("Năm 2012, Điện Biên xếp hạng 59/62 (mới), xếp loại Trung bình.");
  }

  @Test
  void theStatisticsGiveClassSharesWithTheirChangesAndIndicatorSentences() throws Exception {
    HttpResponse<String> response = get("statistics/2013/PROVINCE", "vi");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Thống kê Tỉnh, thành phố trực thuộc Trung ương năm 2013");
    assertThat(response.body())
        .containsPattern(
            "Số dịch vụ công trực tuyến mức độ 3: \\d+ đơn vị có \\((tăng|giảm) \\d+ đơn vị so với năm 2012\\), tổng cộng [\\d.]+ dịch vụ");
    assertThat(get("statistics/2013/NOPE", "vi").statusCode()).isEqualTo(404);
  }

  @Test
  void theMethodologyPageShowsTheTreeWeightsRulesAndMaxima() throws Exception {
    String page = get("methodology/2013", "vi").body();

    assertThat(page).contains("Phương pháp đánh giá năm 2013", "Hạ tầng kỹ thuật CNTT", "0,15");
    assertThat(page).contains("Trung bình", "thiếu dữ liệu");
    assertThat(get("methodology/1999", "vi").statusCode()).isEqualTo(404);
  }

  @Test
  void compareShowsTheChosenUnitsSideBySide() throws Exception {
    String page = get("compare?year=2013&units=11,01", "vi").body();

    assertThat(page).contains("Điện Biên", "Hà Nội", "60/63");
    assertThat(page.indexOf("Điện Biên")).isLessThan(page.indexOf("Hà Nội"));
    assertThat(get("compare?year=2013&units=11", "vi").body()).contains("Hãy chọn từ 2 đến 4");
    assertThat(get("compare?year=2013&units=01,02,04,06,08", "vi").body()).contains("tối đa 4");
    assertThat(get("compare?year=2013&units=11,NOPE", "vi").statusCode()).isEqualTo(404);
  }

  @Test
  void everyTableDownloadsAsCsvWithAByteOrderMark() throws Exception {
    HttpResponse<String> ranking = get("rankings/2013/PROVINCE?node=HT&format=csv", "vi");
    assertThat(ranking.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
    assertThat(ranking.body()).startsWith("\uFEFFrank,of,unitCode,name,score,max,percent");
    assertThat(ranking.body()).contains("47,63,11,Điện Biên,");

    assertThat(get("units/11/2013?format=csv", "vi").body())
        .startsWith("\uFEFFnode,name,depth")
        .contains("TOTAL,Tổng điểm,0,");
    assertThat(get("statistics/2013/PROVINCE?format=csv", "vi").body())
        .startsWith("\uFEFFnode,classCode,count,share,shareChange");
    assertThat(get("statistics/2013/PROVINCE?format=csv&table=indicators", "vi").body())
        .startsWith("\uFEFFcode,reporting,positive,sum")
        .contains("DVC.3,");
  }

  @Test
  void theMapPlacesEveryProvinceColouredByItsClass() throws Exception {
    HttpResponse<String> response = get("map/2013/PROVINCE?node=HT", "vi");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body().split("class=\"tile ")).hasSize(64);
    assertThat(response.body())
        .containsPattern("tile-class-1[^\"]*\" data-unit=\"11\"")
        .contains("Điện Biên: 47/63, Khá");
    assertThat(get("map/2013/MINISTRY", "vi").body()).contains("Không có trên bản đồ:");
    assertThat(get("map/2013/NOPE", "vi").statusCode()).isEqualTo(404);
  }

  @Test
  void everyTableAlsoDownloadsAsAWorkbook() throws Exception {
    for (String path :
        new String[] {
          "rankings/2013/PROVINCE?format=xlsx",
          "units/11/2013?format=xlsx",
          "units/11/2013?format=xlsx&table=history",
          "statistics/2013/PROVINCE?format=xlsx",
          "statistics/2013/PROVINCE?format=xlsx&table=indicators",
          "methodology/2013?format=xlsx",
          "compare?year=2013&units=11,01&format=xlsx"
        }) {
      HttpResponse<byte[]> response =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .build()
              .send(
                  HttpRequest.newBuilder(base.toURI().resolve(path)).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
          .as(path)
          .endsWith(".xlsx\"");
      try (var workbook =
          new org.apache.poi.xssf.usermodel.XSSFWorkbook(
              new java.io.ByteArrayInputStream(response.body()))) {
        var sheet = workbook.getSheetAt(0);
        assertThat(sheet.getLastRowNum()).as(path).isPositive();
      }
    }
  }

  @Test
  void theHistoryAndTheComparisonDownloadAsCsvToo() throws Exception {
    assertThat(get("units/11/2013?format=csv&table=history", "vi").body())
        .startsWith("\uFEFFyear,rank,of,percent,class")
        .contains("2013,60,63,");
    assertThat(get("compare?year=2013&units=11,01&format=csv", "vi").body())
        .startsWith("\uFEFFnode,11 rank,11 percent,11 class,01 rank");
    assertThat(get("methodology/2013?format=csv", "vi").body())
        .contains("HT,Hạ tầng kỹ thuật CNTT,1,");
  }

  @Test
  void unknownYearsGroupsNodesAndUnitsAreNotFound() throws Exception {
    assertThat(get("rankings/1999/PROVINCE", "vi").statusCode()).isEqualTo(404);
    assertThat(get("rankings/2013/NOPE", "vi").statusCode()).isEqualTo(404);
    assertThat(get("rankings/2013/PROVINCE?node=NOPE", "vi").statusCode()).isEqualTo(404);
    assertThat(get("units/NOPE/2013", "vi").statusCode()).isEqualTo(404);
    assertThat(get("units/11/1999", "vi").statusCode()).isEqualTo(404);
    assertThat(get("rankings/2013", "vi").statusCode()).isEqualTo(404);
  }

  @Test
  void readPagesKeepNoSessionAndNoViewState() throws Exception {
    for (String path : new String[] {"rankings/2013/PROVINCE", "units/11/2013"}) {
      HttpResponse<String> response = get(path, "vi");
      assertThat(response.headers().allValues("Set-Cookie"))
          .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
      assertThat(response.body()).doesNotContain("jakarta.faces.ViewState");
    }
  }

  @Test
  void theLanguageSwitchKeepsTheStablePath() throws Exception {
    String page = get("rankings/2013/PROVINCE?node=HT", "vi").body();

    assertThat(page).contains("href=\"/rankings/2013/PROVINCE?node=HT&amp;lang=en\"");
  }

  @Test
  void aPageIsKeptForItsRevisionAndABrowserThatHasItGets304() throws Exception {
    HttpResponse<String> first = get("rankings/2013/MINISTRY", "vi");
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again = get("rankings/2013/MINISTRY", "vi");
    HttpResponse<String> revalidated =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .build()
            .send(
                HttpRequest.newBuilder(base.toURI().resolve("rankings/2013/MINISTRY"))
                    .header("Accept-Language", "vi")
                    .header("If-None-Match", etag)
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> english = get("rankings/2013/MINISTRY", "en");

    assertThat(again.body()).isEqualTo(first.body());
    assertThat(first.body()).as("kept without the templates' indentation").doesNotContain("\n ");
    assertThat(again.headers().firstValue("ETag")).contains(etag);
    assertThat(revalidated.statusCode()).isEqualTo(304);
    // A shared cache in front keeps the page no longer than an instance's revision recheck (1 s).
    assertThat(first.headers().firstValue("Cache-Control")).hasValue(SHARED_FOR_ONE_SECOND);
    assertThat(english.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    assertThat(english.body()).contains("Ranking of");
  }

  @Test
  void pagesForbidFramingSniffingAndForeignOrInlineScript() throws Exception {
    for (String path : new String[] {"./", "rankings/2013/PROVINCE", "units/11/2013"}) {
      HttpResponse<String> response = get(path, "vi");
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(
              policy ->
                  assertThat(policy)
                      .contains("script-src 'self'", "frame-ancestors 'none'")
                      .doesNotContain("unsafe-inline"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
      assertThat(response.body()).doesNotContainPattern("<script(?![^>]*src=)[^>]*>");
    }
  }

  @Test
  void errorAnswersCarryTheHeadersOfEveryPageAndNoServerName() throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    List<HttpResponse<String>> answers =
        List.of(
            get("no-such-page", "vi"),
            get("rankings/1999/PROVINCE", "vi"),
            get("units/NOPE/2013", "en"),
            // A post with a view state to a page that keeps none.
            http.send(
                HttpRequest.newBuilder(base.toURI().resolve("index.xhtml"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("a=b&jakarta.faces.ViewState=1%3A2"))
                    .build(),
                HttpResponse.BodyHandlers.ofString()),
            // A method the API does not take.
            http.send(
                HttpRequest.newBuilder(base.toURI().resolve("api/v1/cycles")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString()));
    for (HttpResponse<String> answer : answers) {
      String what = answer.request().method() + " " + answer.uri() + " " + answer.statusCode();
      assertThat(answer.statusCode()).as(what).isBetween(400, 499);
      assertThat(answer.headers().firstValue("Content-Security-Policy"))
          .as(what)
          .hasValueSatisfying(
              policy ->
                  assertThat(policy)
                      .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"));
      assertThat(answer.headers().firstValue("X-Content-Type-Options"))
          .as(what)
          .contains("nosniff");
      assertThat(answer.headers().firstValue("X-Frame-Options")).as(what).contains("DENY");
      assertThat(answer.headers().firstValue("Referrer-Policy")).as(what).isPresent();
      assertThat(answer.headers().firstValue("Server")).as(what).isEmpty();
      assertThat(answer.body())
          .as(what)
          .doesNotContain("Exception", "at org.", "java.", "jakarta.", "Payara");
    }
    assertThat(answers.get(2).body()).contains("Page not found");
    assertThat(answers.get(3).statusCode()).isEqualTo(400);
  }

  @Test
  void unknownParametersAddNoCopiesOfAKeptPage() throws Exception {
    for (String path :
        new String[] {
          "api/v1/cycles/2013/package.zip", "rankings/2013/MINISTRY", "units/11/2013"
        }) {
      String etag = get(path, "vi").headers().firstValue("ETag").orElseThrow();
      for (int i = 0; i < 50; i++) {
        HttpResponse<String> busting =
            get(path + (path.contains("?") ? "&" : "?") + "x=" + i + "&utm_" + i + "=y", "vi");
        assertThat(busting.statusCode()).as(path).isEqualTo(200);
        // The entity tag hashes the key it was kept under: the same tag is the same kept page.
        assertThat(busting.headers().firstValue("ETag")).as(path + " x=" + i).contains(etag);
      }
    }
    assertThat(get("rankings/2013/MINISTRY?node=TOTAL", "vi").headers().firstValue("ETag"))
        .isNotEqualTo(get("rankings/2013/MINISTRY", "vi").headers().firstValue("ETag"));
  }

  /** The table row of one unit. */
  private static String row(String page, String unitCode) {
    Matcher matcher =
        Pattern.compile("<tr[^>]*data-unit=\"" + unitCode + "\".*?</tr>", Pattern.DOTALL)
            .matcher(page);
    assertThat(matcher.find()).as("row of unit " + unitCode).isTrue();
    return matcher.group();
  }

  private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
    URI uri = base.toURI().resolve(path);
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build()
        .send(
            HttpRequest.newBuilder(uri).header("Accept-Language", acceptLanguage).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
