package org.ictindex.publicweb.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;
import org.ictindex.publicweb.testing.RunningPublicApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The open-data API of the packaged public application, serving the demo years 2012 and 2013 that
 * an empty system publishes on its first start.
 */
@ExtendWith(RunningPublicApp.class)
class OpenDataApiIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URL base;

  OpenDataApiIT(URL base) {
    this.base = base;
  }

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void theContainersOwnEndpointsAreNotThere() throws Exception {
    for (String path :
        List.of(
            "/metrics",
            "/metrics/base",
            "/openapi",
            "/openapi/application.wadl",
            "/health",
            "/health/live",
            "/health/ready",
            "/api/v1/application.wadl")) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path).isEqualTo(404);
      assertThat(answer.body()).as(path).doesNotContain("heap", "Payara", "jvm");
    }
  }

  @Test
  void theSourceDocumentsFiguresForDienBienHoldIn2013() throws Exception {
    JsonNode unit = json("api/v1/cycles/2013/units/11");

    assertThat(unit.get("nameVi").asText()).isEqualTo("Điện Biên");
    assertNode(unit, "TOTAL", 60, 63, -1, "TB");
    assertNode(unit, "HT", 47, 63, 6, "KHA");
    assertNode(unit, "UDNB", 61, 63, -6, "TB");
    assertNode(unit, "UDDN", 53, 63, 8, "TB");
    assertNode(unit, "CTT", 53, 64, 8, "TB");
    assertNode(unit, "DVC", 38, 63, 3, null);
    assertNode(unit, "ATTT", 49, 63, -2, "TB");
    assertNode(unit, "CCCS", 55, 63, 0, "TB");
    assertNode(unit, "NL", 55, 63, -11, "TB");
  }

  @Test
  void onlyKonTumLaiChauAndSonLaRankBelowDienBienIn2013() throws Exception {
    JsonNode ranking = json("api/v1/cycles/2013/rankings/PROVINCE");

    assertThat(
            StreamSupport.stream(ranking.spliterator(), false)
                .filter(row -> row.get("rank").isInt() && row.get("rank").asInt() > 60)
                .map(row -> row.get("nameVi").asText()))
        .containsExactlyInAnyOrder("Kon Tum", "Lai Châu", "Sơn La");
  }

  @Test
  void theSourceDocumentsProvinceStatisticsHoldIn2013() throws Exception {
    JsonNode statistics = json("api/v1/cycles/2013/statistics/PROVINCE");

    JsonNode level3 = entry(statistics.get("indicators"), "code", "DVC.3", null);
    assertThat(level3.get("positive").asInt()).isEqualTo(53);
    assertThat(level3.get("positiveChange").asInt()).isEqualTo(4);
    assertThat(level3.get("sum").decimalValue()).isEqualByComparingTo("2472");
    assertThat(level3.get("sumChange").decimalValue()).isEqualByComparingTo("863");
    JsonNode level4 = entry(statistics.get("indicators"), "code", "DVC.4", null);
    assertThat(level4.get("positive").asInt()).isEqualTo(6);
    assertThat(level4.get("positiveChange").asInt()).isEqualTo(4);
    assertThat(level4.get("sum").decimalValue()).isEqualByComparingTo("56");
    assertThat(level4.get("sumChange").decimalValue()).isEqualByComparingTo("51");
    JsonNode classes = statistics.get("classes");
    assertThat(share(classes, "NL", "TOT")).isEqualByComparingTo("33.3");
    assertThat(share(classes, "NL", "TB")).isEqualByComparingTo("30.2");
    assertThat(entry(classes, "node", "NL", "TOT").get("shareChange").decimalValue())
        .isBetween(new BigDecimal("-23.5"), new BigDecimal("-22.5"));
    assertThat(entry(classes, "node", "NL", "TB").get("shareChange").decimalValue())
        .isBetween(new BigDecimal("15"), new BigDecimal("16"));
    assertThat(share(classes, "UDNB", "TB")).isBetween(new BigDecimal("75"), new BigDecimal("80"));
    assertThat(share(classes, "HT", "TOT").add(share(classes, "HT", "KHA")))
        .isGreaterThan(new BigDecimal("90"));
  }

  @Test
  void theCyclesListNamesBothPublishedYearsWithTheirHashes() throws Exception {
    JsonNode cycles = json("api/v1/cycles");

    assertThat(cycles).hasSize(2);
    assertThat(cycles.get(0).get("year").asInt()).isEqualTo(2013);
    assertThat(cycles.get(1).get("year").asInt()).isEqualTo(2012);
    assertThat(cycles.get(0).get("revision").asInt()).isEqualTo(1);
    assertThat(cycles.get(0).get("sha256").asText()).matches("[0-9a-f]{64}");
  }

  @Test
  void thePackageIsTheOnePublishedByteForByte() throws Exception {
    HttpResponse<byte[]> zip =
        get("api/v1/cycles/2013/package.zip", null, HttpResponse.BodyHandlers.ofByteArray());
    String sha256 = json("api/v1/cycles").get(0).get("sha256").asText();

    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(zip.body())))
        .isEqualTo(sha256);
  }

  @Test
  void aClientWithTheCurrentRevisionGetsA304() throws Exception {
    HttpResponse<String> first =
        get(
            "api/v1/cycles/2013/rankings/PROVINCE?node=HT",
            null,
            HttpResponse.BodyHandlers.ofString());
    String etag = first.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> again =
        get(
            "api/v1/cycles/2013/rankings/PROVINCE?node=HT",
            etag,
            HttpResponse.BodyHandlers.ofString());

    assertThat(first.headers().firstValue("Cache-Control")).isPresent();
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void rankingsAnswerCsvWithAByteOrderMarkAndInertCells() throws Exception {
    HttpResponse<byte[]> csv =
        get(
            "api/v1/cycles/2013/rankings/PROVINCE?format=csv",
            null,
            HttpResponse.BodyHandlers.ofByteArray());
    String text = new String(csv.body(), StandardCharsets.UTF_8);

    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(text)
        .startsWith(
            "\uFEFFunitCode,nameVi,nameEn,rank,of,score,percent,classCode,change,previousRank\r\n");
    assertThat(text).contains("11,Điện Biên,Dien Bien,60,63,");
    assertThat(text.lines().count()).isEqualTo(65);
  }

  @Test
  void unknownYearsGroupsNodesAndUnitsAre404sWithAJsonMessage() throws Exception {
    for (String path :
        new String[] {
          "api/v1/cycles/1999/units/11",
          "api/v1/cycles/2013/rankings/NOPE",
          "api/v1/cycles/2013/rankings/PROVINCE?node=NOPE",
          "api/v1/cycles/2013/units/NOPE",
          "api/v1/cycles/2013/statistics/NOPE",
          "api/v1/cycles/1999/package.zip"
        }) {
      HttpResponse<String> response = get(path, null, HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow())
          .as(path)
          .startsWith("application/json");
      assertThat(JSON.readTree(response.body()).get("error").asText()).as(path).isNotBlank();
    }
  }

  @Test
  void everyEndpointAnswers200WithAnETagAnd304ForTheSameRevision() throws Exception {
    for (String path :
        new String[] {
          "api/v1/cycles",
          "api/v1/cycles/2013/rankings/PROVINCE",
          "api/v1/cycles/2013/rankings/MINISTRY?node=HT",
          "api/v1/cycles/2013/units/11",
          "api/v1/cycles/2013/statistics/PROVINCE",
          "api/v1/cycles/2012/package.zip"
        }) {
      HttpResponse<byte[]> first = get(path, null, HttpResponse.BodyHandlers.ofByteArray());
      assertThat(first.statusCode()).as(path).isEqualTo(200);
      assertThat(first.body()).as(path).isNotEmpty();
      // A shared cache in front keeps an answer no longer than an instance's revision recheck.
      assertThat(first.headers().firstValue("Cache-Control"))
          .as(path)
          .hasValue("public, max-age=60, s-maxage=1");
      String etag = first.headers().firstValue("ETag").orElseThrow(() -> new AssertionError(path));

      HttpResponse<byte[]> again = get(path, etag, HttpResponse.BodyHandlers.ofByteArray());
      assertThat(again.statusCode()).as(path).isEqualTo(304);
    }
  }

  @Test
  void everyListAnswersCsvWhenAskedForInTheAddressOrTheAcceptHeader() throws Exception {
    for (String path :
        new String[] {
          "api/v1/cycles",
          "api/v1/cycles/2013/rankings/PROVINCE",
          "api/v1/cycles/2013/statistics/PROVINCE"
        }) {
      HttpResponse<byte[]> byAddress =
          get(
              path + (path.contains("?") ? "&" : "?") + "format=csv",
              null,
              HttpResponse.BodyHandlers.ofByteArray());
      HttpResponse<byte[]> byHeader =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .build()
              .send(
                  HttpRequest.newBuilder(base.toURI().resolve(path))
                      .header("Accept", "text/csv")
                      .build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      for (HttpResponse<byte[]> csv : List.of(byAddress, byHeader)) {
        assertThat(csv.statusCode()).as(path).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow())
            .as(path)
            .startsWith("text/csv");
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).as(path).startsWith("\uFEFF");
      }
    }
  }

  private static void assertNode(
      JsonNode unit, String code, int rank, int of, int change, String classCode) {
    JsonNode node = entry(unit.get("nodes"), "code", code, null);
    assertThat(node.get("rank").asInt()).as(code + " rank").isEqualTo(rank);
    assertThat(node.get("of").asInt()).as(code + " of").isEqualTo(of);
    assertThat(node.get("change").asInt()).as(code + " change").isEqualTo(change);
    if (classCode != null) {
      assertThat(node.get("classCode").asText()).as(code + " class").isEqualTo(classCode);
    }
  }

  private static BigDecimal share(JsonNode classes, String node, String classCode) {
    return entry(classes, "node", node, classCode).get("share").decimalValue();
  }

  private static JsonNode entry(JsonNode list, String key, String value, String classCode) {
    return StreamSupport.stream(list.spliterator(), false)
        .filter(item -> item.get(key).asText().equals(value))
        .filter(item -> classCode == null || item.get("classCode").asText().equals(classCode))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No " + key + "=" + value + " " + classCode));
  }

  private JsonNode json(String path) throws Exception {
    HttpResponse<String> response = get(path, null, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private <T> HttpResponse<T> get(
      String path, String ifNoneMatch, HttpResponse.BodyHandler<T> handler) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path));
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    return http.send(request.build(), handler);
  }
}
