package org.ictindex.publicweb.drills;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;

/** The admin API as the administrator, and the open-data API, over HTTP/1.1. */
final class SystemClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  SystemClient(URI base) {
    this.base = base;
  }

  void importPackage(int year, byte[] zip) {
    HttpResponse<String> answer =
        send(
            admin("admin/api/cycles/" + year + "/package")
                .header("Content-Type", "application/zip")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(zip))
                .build());
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("Import answered " + answer.statusCode() + answer.body());
    }
  }

  /** Starts publishing the year; the answer comes when the publication has committed. */
  CompletableFuture<HttpResponse<String>> startPublishing(int year) {
    return http.sendAsync(
        admin("admin/api/cycles/" + year + "/publish")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  JsonNode revisions(int year) {
    return adminJson("admin/api/cycles/" + year + "/revisions");
  }

  JsonNode verification(int year, int revision) {
    return adminJson("admin/api/cycles/" + year + "/revisions/" + revision + "/verification");
  }

  JsonNode auditChain() {
    return adminJson("admin/api/audit/verification");
  }

  byte[] adminPackage(int year, int revision) {
    return bytes(
        admin("admin/api/cycles/" + year + "/revisions/" + revision + "/package.zip")
            .setHeader("Accept", "application/zip"));
  }

  JsonNode publicCycles() {
    return parse(send(HttpRequest.newBuilder(base.resolve("api/v1/cycles")).timeout(TIMEOUT)));
  }

  byte[] publicPackage(int year) {
    return bytes(
        HttpRequest.newBuilder(base.resolve("api/v1/cycles/" + year + "/package.zip"))
            .timeout(TIMEOUT));
  }

  private JsonNode adminJson(String path) {
    return parse(send(admin(path).GET()));
  }

  private HttpRequest.Builder admin(String path) {
    String credentials =
        Base64.getEncoder()
            .encodeToString(
                ("admin:" + RunningSystem.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(base.resolve(path))
        .timeout(TIMEOUT)
        .header("Authorization", "Basic " + credentials)
        .header("Accept", "application/json");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request.build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private byte[] bytes(HttpRequest.Builder request) {
    try {
      HttpResponse<byte[]> answer =
          http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(request.build().uri() + " answered " + answer.statusCode());
      }
      return answer.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode parse(HttpResponse<String> answer) {
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          answer.uri() + " answered " + answer.statusCode() + ": " + answer.body());
    }
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
