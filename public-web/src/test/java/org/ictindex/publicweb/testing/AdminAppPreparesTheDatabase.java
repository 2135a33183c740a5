package org.ictindex.publicweb.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ictindex.domain.testing.MicroInstance;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The public app only reads, so before its tests the admin app starts once on the tests' database,
 * as in production: it migrates the schema (creating the embedded database's SELECT-only account)
 * and loads the demo years, then stops, leaving the database to the public app under test, with
 * some publications it cannot show added ({@link BrokenPublications}). Register it before
 * Arquillian's extension, so that it runs before the deployment.
 */
public final class AdminAppPreparesTheDatabase implements BeforeAllCallback {

  /**
   * A copy of the embedded database as the admin app left it, taken before another process opened
   * it: H2 lets one process open a database file, and rewrites it while a process closes it.
   */
  static final Path PREPARED_COPY = Path.of("target", "prepared-data");

  private static boolean prepared;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    prepareOnce();
  }

  /** Runs the admin app on the tests' database unless it has already run in this test run. */
  static synchronized void prepareOnce() throws Exception {
    // Inside the server (tests that run in the app) the tests' settings are absent and the
    // database was prepared before the deployment.
    if (prepared || System.getProperty("admin.war") == null) {
      return;
    }
    Path work = Files.createTempDirectory(Path.of("target"), "admin-app");
    // The database settings, demo years and administrator password are this JVM's environment.
    try (MicroInstance admin =
        MicroInstance.start(
            "admin",
            Path.of(System.getProperty("admin.war")),
            List.of("--nocluster"),
            Map.of(),
            work)) {
      admin.awaitAnswer("/admin/login.xhtml", Duration.ofMinutes(5));
    }
    copy(Path.of(System.getenv("ICTINDEX_DATA_DIR")), PREPARED_COPY);
    // The public app under test also finds publications it cannot show, and must leave them out.
    String url = System.getProperty("it.db.url", "");
    if (url.isBlank()) {
      BrokenPublications.insertIntoEmbedded(PREPARED_COPY);
    } else {
      BrokenPublications.insertInto(
          url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
    }
    prepared = true;
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    if (!Files.isDirectory(from)) {
      return;
    }
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
