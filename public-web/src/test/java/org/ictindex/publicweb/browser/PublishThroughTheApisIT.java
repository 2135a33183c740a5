package org.ictindex.publicweb.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.domain.testing.TestPackages.unit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.ictindex.domain.testing.HeadlessChromium;
import org.ictindex.domain.testing.TestPackages;
import org.junit.jupiter.api.Test;

/**
 * The whole system, both apps in one process: a package goes in through the admin API and its
 * results come out of the open-data API, and the public page lists the new year.
 */
class PublishThroughTheApisIT {

  private static final String ADMIN_PASSWORD = System.getProperty("browser.adminPassword");
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void aPackagePublishedThroughTheAdminApiIsServedByTheOpenDataApi() throws Exception {
    byte[] zip =
        TestPackages.zip(
            TestPackages.provinces(2090, unit("50", "1", "6", "10"), unit("80", "0", "2", "40")));

    assertThat(admin("PUT", "/admin/api/cycles/2090/package", zip).statusCode()).isEqualTo(200);
    assertThat(admin("POST", "/admin/api/cycles/2090/publish", null).statusCode()).isEqualTo(200);

    String unit = get("/api/v1/cycles/2090/units/P1").body().replaceAll("\\s", "");
    // HT: 10 × 50/100 + 5 = 10 of 15; NL: 2 × (4 + 6 × 40/50) = 17.6 of 20; total 27.6 of 35.
    assertThat(unit)
        .contains(
            "\"code\":\"TOTAL\",\"nameVi\":\"Tổngđiểm\",\"nameEn\":\"Total\",\"depth\":0,"
                + "\"rank\":1,\"of\":2,\"score\":27.6,\"max\":35,\"percent\":78.8571,"
                + "\"classCode\":\"KHA\"");
    assertThat(get("/api/v1/cycles").body()).contains("\"year\":2090");
    assertThat(admin("PUT", "/admin/api/cycles/2090/package", zip).statusCode()).isEqualTo(409);
    assertThat(get("/").body()).contains("<strong>2090</strong>", "/rankings/2090/PROVINCE");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(HeadlessChromium.baseUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> admin(String method, String path, byte[] body) throws Exception {
    String credentials =
        Base64.getEncoder()
            .encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(HeadlessChromium.baseUrl() + path))
            .header("Authorization", "Basic " + credentials);
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/zip")
          .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
