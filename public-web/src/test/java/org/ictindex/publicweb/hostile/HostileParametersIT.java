package org.ictindex.publicweb.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.ictindex.publicweb.testing.RunningPublicApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile text in the public pages' parameters, on the demo year 2013: a filter is only ever text
 * to compare names with, and what is echoed back is escaped and never evaluated.
 */
@ExtendWith(RunningPublicApp.class)
class HostileParametersIT {

  private final URL base;

  HostileParametersIT(URL base) {
    this.base = base;
  }

  private HttpResponse<String> ranking(String nameFilter) throws Exception {
    URI uri =
        base.toURI()
            .resolve(
                "rankings/2013/PROVINCE?name="
                    + URLEncoder.encode(nameFilter, StandardCharsets.UTF_8));
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(
            HttpRequest.newBuilder(uri).header("Accept-Language", "vi").build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static int rows(String page) {
    return page.split("data-unit=\"").length - 1;
  }

  @Test
  void aNameTypedWithItsAccentsFindsIt() throws Exception {
    String page = ranking("Điện Biên").body();

    assertThat(rows(page)).isEqualTo(1);
  }

  @Test
  void aNameTypedWithCombiningAccentsFindsThePrecomposedName() throws Exception {
    String page = ranking(Normalizer.normalize("Điện Biên", Normalizer.Form.NFD)).body();

    assertThat(rows(page)).isEqualTo(1);
    assertThat(page).contains("Điện Biên");
  }

  @Test
  void sqlMetacharactersAndWildcardsInTheFilterMatchNothing() throws Exception {
    for (String hostile :
        new String[] {"' OR '1'='1", "%", "_", "\\", "'; DROP TABLE publication; --"}) {
      HttpResponse<String> response = ranking(hostile);

      assertThat(response.statusCode()).as(hostile).isEqualTo(200);
      assertThat(rows(response.body())).as(hostile).isZero();
    }
  }

  @Test
  void markupAndExpressionsInTheFilterAreEchoedEscapedAndNotEvaluated() throws Exception {
    String page = ranking("\"><script>alert(1)</script>#{7*7}${7*7}").body();

    assertThat(page)
        .doesNotContain("<script>alert(1)</script>", "\"><script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;#{7*7}${7*7}");
    assertThat(rows(page)).isZero();
  }
}
