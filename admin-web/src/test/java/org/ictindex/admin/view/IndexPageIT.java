package org.ictindex.admin.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The packaged admin application, deployed as it ships. */
@ExtendWith(ArquillianExtension.class)
class IndexPageIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.create(ZipImporter.class, "ictindex-admin.war")
        .importFrom(new File("target/ictindex-admin.war"))
        .as(WebArchive.class);
  }

  @ArquillianResource URL base;

  @Test
  void startPageListsTheMigrationsReadFromTheDatabaseInVietnamese() throws Exception {
    HttpResponse<String> response = get(base.toURI().resolve("./"), "vi");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("Tổng quan", "Các năm đánh giá", "lược đồ phiên bản 1", "cycle");
  }

  @Test
  void startPageSpeaksEnglishToABrowserThatAsksForIt() throws Exception {
    HttpResponse<String> response = get(base.toURI().resolve("./"), "en");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Overview", "schema version 1");
  }

  private static HttpResponse<String> get(URI uri, String language) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri).header("Accept-Language", language).GET().build();
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build()
        .send(request, HttpResponse.BodyHandlers.ofString());
  }
}
