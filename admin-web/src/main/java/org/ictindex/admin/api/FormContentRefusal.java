package org.ictindex.admin.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;

/**
 * 415 for a change sent with a content type an HTML form can send (plain text, URL-encoded,
 * multipart). A page on another site can make a browser post those without asking, and the browser
 * adds the Basic credentials it remembered for this site; the API's changes take JSON, a ZIP or a
 * workbook, which such a page cannot send.
 */
@Provider
@PreMatching
public class FormContentRefusal implements ContainerRequestFilter {

  private static final Set<String> READS =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
  private static final List<MediaType> FORM_CONTENT =
      List.of(
          MediaType.TEXT_PLAIN_TYPE,
          MediaType.APPLICATION_FORM_URLENCODED_TYPE,
          MediaType.MULTIPART_FORM_DATA_TYPE);

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType sent = request.getMediaType();
    if (sent == null || READS.contains(request.getMethod())) {
      return;
    }
    if (FORM_CONTENT.stream().anyMatch(form -> form.isCompatible(sent))) {
      request.abortWith(
          ErrorBody.of(
              Response.Status.UNSUPPORTED_MEDIA_TYPE,
              "en".equals(ApiLanguage.of(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)))
                  ? "Changes are sent as JSON, a ZIP package or a workbook, never as a form."
                  : "Thay đổi được gửi dưới dạng JSON, gói ZIP hoặc bảng tính, không phải biểu mẫu."));
    }
  }
}
