package org.ictindex.domain.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One Payara Micro process started as an operator would start an instance: its own HTTP port, one
 * web app, the options given (such as the cluster's name and members), and the ICTINDEX_*
 * variables. Its output goes to a log file that a failing test prints.
 */
public final class MicroInstance implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private final String name;
  private final int httpPort;
  private final Path log;
  private final Process process;

  private MicroInstance(String name, int httpPort, Path log, Process process) {
    this.name = name;
    this.httpPort = httpPort;
    this.log = log;
    this.process = process;
  }

  /** Starts Payara Micro with one WAR and the given options. */
  public static MicroInstance start(
      String name,
      Path war,
      List<String> options,
      Map<String, String> environment,
      Path workDirectory)
      throws IOException {
    int httpPort = freePort();
    Path log = workDirectory.resolve(name + ".log");
    // A runtime folder left by an earlier run would first start the applications deployed then.
    Path root = emptyDirectory(workDirectory.resolve(name));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xms128m", "-Xmx512m", "-jar", System.getProperty("payara.micro.jar")));
    command.addAll(
        List.of(
            "--port",
            Integer.toString(httpPort),
            "--rootdir",
            root.toString(),
            "--name",
            name,
            "--deploy",
            war.toString()));
    command.addAll(postBootCommands());
    command.addAll(options);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    return new MicroInstance(name, httpPort, log, builder.start());
  }

  /**
   * The option that runs the project's post-boot commands ({@code
   * payara/post-boot-commands.asadmin}, named by the build in {@code payara.post.boot.commands}),
   * as run.sh does; none when the build names none.
   */
  public static List<String> postBootCommands() {
    String file = System.getProperty("payara.post.boot.commands");
    return file == null || file.isBlank()
        ? List.of()
        : List.of("--postbootcommandfile", Path.of(file).toAbsolutePath().toString());
  }

  /** Waits until the path answers 200, or fails with the end of the log. */
  public void awaitAnswer(String path, Duration patience) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(patience);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " stopped:\n" + logTail());
      }
      try {
        if (get(path).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " did not answer " + path + ":\n" + logTail());
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + httpPort + path);
  }

  public String logTail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  public String log() throws IOException {
    return Files.readString(log);
  }

  @Override
  public void close() throws InterruptedException {
    process.toHandle().descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private static Path emptyDirectory(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (Stream<Path> contents = Files.walk(directory)) {
        for (Path path : contents.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    return Files.createDirectories(directory);
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
