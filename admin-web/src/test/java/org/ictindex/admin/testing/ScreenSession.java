package org.ictindex.admin.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at the admin screens as plain HTTP: a cookie jar, page requests, and form posts that
 * carry the page's JSF view state and script nonce as a browser would.
 */
public final class ScreenSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** PrimeFaces' CSP mode: the nonce of the page's scripts, which its script adds to every form. */
  private static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]*\\snonce=\"([^\"]+)\"");

  static final String NONCE_FIELD = "primefaces.nonce";

  private static final Pattern RETURN_TO =
      Pattern.compile("name=\"returnTo\"[^>]*value=\"([^\"]*)\"");

  private final URI base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private String acceptLanguage = "vi";

  /** A session at the admin app whose root address is {@code base} (ending with a slash). */
  public ScreenSession(URI base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  public ScreenSession speaking(String language) {
    this.acceptLanguage = language;
    return this;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Accept-Language", acceptLanguage)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Fills in the login form and submits it. */
  public HttpResponse<String> logIn(String username, String password)
      throws IOException, InterruptedException {
    return logInOn(get("login.xhtml"), username, password);
  }

  /** Fills in the login form of a page already fetched, such as a redirect's, and submits it. */
  public HttpResponse<String> logInOn(HttpResponse<String> form, String username, String password)
      throws IOException, InterruptedException {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:submit", "");
    return post("login.xhtml", form.body(), fields);
  }

  /**
   * Posts a form of a page that was fetched before, with that page's view state.
   *
   * @param page the HTML of the page holding the form
   */
  public HttpResponse<String> post(String path, String page, Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putAll(postbackFields(page));
    return postRaw(path, all);
  }

  /** Posts the fields exactly as given, as a forged request from elsewhere would. */
  public HttpResponse<String> postRaw(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    return http.send(formPost(path, fields), HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form of a page whose answer is a file, such as a download button. */
  public HttpResponse<byte[]> postForBytes(String path, String page, Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putAll(postbackFields(page));
    return http.send(formPost(path, all), HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Posts a form of a fetched page with a file in it, as multipart/form-data with its view state.
   */
  public HttpResponse<String> postFile(
      String path, String page, Map<String, String> fields, String fileField, byte[] file)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putAll(postbackFields(page));
    String boundary = "----form" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> field : all.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\"upload.zip\"\r\nContent-Type: application/zip\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept-Language", acceptLanguage)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest formPost(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(
                field ->
                    URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept-Language", acceptLanguage)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  /** The session cookie's value, if the server set one. */
  public Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  /**
   * What a browser adds to every form of the page: its view state, its script nonce and the login
   * form's hidden address to return to.
   */
  public static Map<String, String> postbackFields(String page) {
    Map<String, String> fields = new LinkedHashMap<>();
    viewState(page).ifPresent(state -> fields.put("jakarta.faces.ViewState", state));
    Matcher returnTo = RETURN_TO.matcher(page);
    if (returnTo.find()) {
      fields.put("returnTo", returnTo.group(1).replace("&amp;", "&"));
    }
    Matcher nonce = SCRIPT_NONCE.matcher(page);
    if (nonce.find()) {
      fields.put(NONCE_FIELD, nonce.group(1));
    }
    return fields;
  }

  public static Optional<String> viewState(String page) {
    Matcher matcher = VIEW_STATE.matcher(page);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }
}
