package org.ictindex.admin.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls of the admin HTTP API as one account, with HTTP Basic on every request. */
public final class BasicApi {

  private final URI base;
  private final String username;
  private final String password;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public BasicApi(URI base, String username, String password) {
    this.base = base;
    this.username = username;
    this.password = password;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET().build());
  }

  /** Creates an account through {@code api/accounts}. */
  public HttpResponse<String> createAccount(String newUsername, String newPassword, String role)
      throws IOException, InterruptedException {
    String json =
        "{\"username\":\""
            + newUsername
            + "\",\"password\":\""
            + newPassword
            + "\",\"role\":\""
            + role
            + "\"}";
    return send(
        request("api/accounts")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** Imports a package ZIP as the year's draft. */
  public HttpResponse<String> importPackage(int year, byte[] zip)
      throws IOException, InterruptedException {
    return send(
        request("api/cycles/" + year + "/package")
            .header("Content-Type", "application/zip")
            .PUT(HttpRequest.BodyPublishers.ofByteArray(zip))
            .build());
  }

  private HttpRequest.Builder request(String path) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Authorization", "Basic " + credentials)
        .header("Accept", "application/json");
  }

  private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
