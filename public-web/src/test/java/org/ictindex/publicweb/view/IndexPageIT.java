package org.ictindex.publicweb.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.ictindex.publicweb.testing.RunningPublicApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The packaged public application, deployed as it ships. */
@ExtendWith(RunningPublicApp.class)
class IndexPageIT {

  private final URL base;

  IndexPageIT(URL base) {
    this.base = base;
  }

  @Test
  void startPageShowsThePublishedYearsAndTheSchemaVersionInVietnamese() throws Exception {
    HttpResponse<String> response = get(base.toURI().resolve("./"), null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains(
            "Các năm đã công bố",
            "<strong>2013</strong>",
            "<strong>2012</strong>",
            "lược đồ phiên bản " + latestSchemaVersion());
  }

  /** The newest migration, the same on every database: 7.1, accounts' canonical names. */
  private static String latestSchemaVersion() {
    return "7.1";
  }

  @Test
  void startPageKeepsNoSessionAndNoViewState() throws Exception {
    HttpResponse<String> response = get(base.toURI().resolve("./"), null);

    assertThat(response.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("JSESSIONID"));
    assertThat(response.body()).doesNotContain("jakarta.faces.ViewState");
  }

  @Test
  void startPageSpeaksEnglishToABrowserThatAsksForIt() throws Exception {
    HttpResponse<String> response = get(base.toURI().resolve("./"), "en-US,en;q=0.8");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Published years", "schema version ");
  }

  @Test
  void englishChosenInTheAddressIsRememberedInACookie() throws Exception {
    HttpResponse<String> response = get(base.toURI().resolve("./?lang=en"), "vi");

    assertThat(response.body()).contains("Published years");
    assertThat(response.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("lang=en"));
  }

  private static HttpResponse<String> get(URI uri, String acceptLanguage) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
