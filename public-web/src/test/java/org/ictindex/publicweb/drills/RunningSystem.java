package org.ictindex.publicweb.drills;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ICT Index as run.sh runs it: one Payara Micro process with both web apps, here on a free port and
 * with the given ICTINDEX_* settings, so a drill can kill it and start it again on the same data.
 */
final class RunningSystem implements AutoCloseable {

  static final String ADMIN_PASSWORD = "drill-admin-password-2719";

  // Generous: on a busy two-core CI machine one start of both apps has taken over three minutes.
  private static final Duration START_LIMIT = Duration.ofSeconds(420);

  private final Path workDir;
  private final Map<String, String> settings;
  private final int port;
  private Process process;

  private RunningSystem(Path workDir, Map<String, String> settings) {
    this.workDir = workDir;
    this.settings = settings;
    this.port = FreePorts.next();
  }

  /** Starts the system with the ICTINDEX_* settings and waits until both apps answer. */
  static RunningSystem start(Path workDir, Map<String, String> settings) {
    RunningSystem system = new RunningSystem(workDir, settings);
    system.startProcess();
    return system;
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  /** SIGKILL: no shutdown hook, no transaction completion, no flush. */
  void kill() {
    Processes.kill(process);
  }

  /** Starts again on the same data and port after {@link #kill()}. */
  void restart() {
    startProcess();
  }

  Path log() {
    return workDir.resolve("payara.log");
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      Processes.stop(process);
    }
  }

  private void startProcess() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-jar");
    command.add(requiredProperty("payara.micro.jar"));
    command.addAll(
        List.of(
            "--nocluster",
            "--port",
            String.valueOf(port),
            "--rootdir",
            workDir.resolve("payara-runtime").toString(),
            "--deploy",
            requiredProperty("admin.war"),
            "--deploy",
            requiredProperty("public.war")));
    ProcessBuilder builder = new ProcessBuilder(command);
    // The test JVM may carry the settings of another database; the drill chooses its own.
    builder.environment().keySet().removeIf(name -> name.startsWith("ICTINDEX_"));
    builder.environment().put("ICTINDEX_DEMO_DATA", "false");
    builder.environment().put("ICTINDEX_ADMIN_PASSWORD", ADMIN_PASSWORD);
    builder.environment().putAll(settings);
    process = Processes.start(builder, log());
    awaitAnswers();
  }

  private void awaitAnswers() {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    Instant limit = Instant.now().plus(START_LIMIT);
    while (Instant.now().isBefore(limit)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro stopped:\n" + Processes.tail(log()));
      }
      if (answers(http, "api/v1/cycles") && answers(http, "admin/login.xhtml")) {
        return;
      }
      sleep(Duration.ofMillis(500));
    }
    throw new IllegalStateException(
        "The system did not answer within " + START_LIMIT + ":\n" + Processes.tail(log()));
  }

  private boolean answers(HttpClient http, String path) {
    try {
      HttpRequest request =
          HttpRequest.newBuilder(baseUri().resolve(path)).timeout(Duration.ofSeconds(10)).build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name, "");
    if (value.isBlank()) {
      throw new IllegalStateException(name + " is not set; run the drills through Maven");
    }
    return value;
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
