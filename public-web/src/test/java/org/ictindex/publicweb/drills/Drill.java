package org.ictindex.publicweb.drills;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The system and its database for one drill: a private MariaDB server when the MariaDB drills are
 * enabled ({@code drills.mariadb}), otherwise the embedded database in a fresh folder.
 */
final class Drill implements AutoCloseable {

  private final Optional<PrivateMariaDb> mariaDb;
  private final RunningSystem system;

  private Drill(Optional<PrivateMariaDb> mariaDb, RunningSystem system) {
    this.mariaDb = mariaDb;
    this.system = system;
  }

  static boolean onMariaDb() {
    return Boolean.getBoolean("drills.mariadb");
  }

  static Drill start(Path workDir, Path dataDir) {
    if (onMariaDb()) {
      PrivateMariaDb mariaDb = PrivateMariaDb.install(dataDir.resolve("mariadb"));
      Map<String, String> settings =
          Map.of(
              "ICTINDEX_DB_URL", mariaDb.jdbcUrl(),
              "ICTINDEX_DB_USER", PrivateMariaDb.USER,
              "ICTINDEX_DB_PASSWORD", PrivateMariaDb.PASSWORD);
      try {
        return new Drill(Optional.of(mariaDb), RunningSystem.start(workDir, settings));
      } catch (RuntimeException e) {
        mariaDb.close();
        throw e;
      }
    }
    Map<String, String> settings = Map.of("ICTINDEX_DATA_DIR", dataDir.resolve("h2").toString());
    return new Drill(Optional.empty(), RunningSystem.start(workDir, settings));
  }

  RunningSystem system() {
    return system;
  }

  /** The private MariaDB server; present when the MariaDB drills are enabled. */
  Optional<PrivateMariaDb> mariaDb() {
    return mariaDb;
  }

  @Override
  public void close() {
    system.close();
    mariaDb.ifPresent(PrivateMariaDb::close);
  }
}
