package org.ictindex.publicweb.drills;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A MariaDB server of the drill's own, in a temporary folder on a free port, so that a drill can
 * stop and kill it without disturbing any other database on the machine.
 */
final class PrivateMariaDb implements AutoCloseable {

  static final String DATABASE = "ictindex_drill";
  static final String USER = "ictindex_drill";
  static final String PASSWORD = "drill-database-password";

  private static final Duration START_LIMIT = Duration.ofSeconds(60);
  private static final boolean RUNNING_AS_ROOT = "root".equals(System.getProperty("user.name"));

  private final Path dir;
  private final Path mariadbd;
  private final int port;
  private Process process;

  private PrivateMariaDb(Path dir, Path mariadbd) {
    this.dir = dir;
    this.mariadbd = mariadbd;
    this.port = FreePorts.next();
  }

  /** Creates an empty server in the folder, starts it, and creates the application's account. */
  static PrivateMariaDb install(Path dir) {
    Path mariadbd = Path.of(System.getProperty("drills.mariadbd", "/usr/sbin/mariadbd"));
    if (!Files.isExecutable(mariadbd)) {
      throw new IllegalStateException("The MariaDB drills need the server at " + mariadbd);
    }
    PrivateMariaDb server = new PrivateMariaDb(dir, mariadbd);
    List<String> install =
        new ArrayList<>(
            List.of(
                "mariadb-install-db",
                "--no-defaults",
                "--datadir=" + dir.resolve("data"),
                "--auth-root-authentication-method=normal",
                "--skip-test-db"));
    if (RUNNING_AS_ROOT) {
      install.add("--user=root");
    }
    Processes.run(install, server.log());
    server.start();
    server.sql(
        "CREATE DATABASE "
            + DATABASE
            + " CHARACTER SET utf8mb4;"
            + " CREATE USER '"
            + USER
            + "'@'127.0.0.1' IDENTIFIED BY '"
            + PASSWORD
            + "'; GRANT ALL ON "
            + DATABASE
            + ".* TO '"
            + USER
            + "'@'127.0.0.1';");
    return server;
  }

  /** The JDBC URL the application is given (ICTINDEX_DB_URL). */
  String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?sslMode=DISABLED";
  }

  /** Starts the server on its data and waits until it accepts connections. */
  void start() {
    List<String> command =
        new ArrayList<>(
            List.of(
                mariadbd.toString(),
                "--no-defaults",
                "--datadir=" + dir.resolve("data"),
                "--socket=" + socket(),
                "--pid-file=" + dir.resolve("mariadbd.pid"),
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--skip-name-resolve",
                "--innodb-buffer-pool-size=64M"));
    if (RUNNING_AS_ROOT) {
      command.add("--user=root");
    }
    process = Processes.start(new ProcessBuilder(command), log());
    Instant limit = Instant.now().plus(START_LIMIT);
    while (!acceptsConnections()) {
      if (!process.isAlive() || Instant.now().isAfter(limit)) {
        throw new IllegalStateException("MariaDB did not start:\n" + Processes.tail(log()));
      }
      RunningSystem.sleep(Duration.ofMillis(100));
    }
  }

  /** A clean shutdown, as a service manager does it. */
  void stop() {
    Processes.stop(process);
  }

  /** SIGKILL: the server loses its connections at once and recovers its files on the next start. */
  void kill() {
    Processes.kill(process);
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      Processes.stop(process);
    }
  }

  private void sql(String statements) {
    Processes.run(
        List.of(
            "mariadb",
            "--no-defaults",
            "--socket=" + socket(),
            "--user=root",
            "--execute=" + statements),
        log());
  }

  private boolean acceptsConnections() {
    // The server opens its port only once it can answer queries.
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private Path socket() {
    return dir.resolve("mariadbd.sock");
  }

  private Path log() {
    return dir.resolve("mariadb.log");
  }
}
