package org.ictindex.domain.database;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the data lives, chosen by configuration: MySQL or MariaDB when {@code ictindex.db.url}
 * ({@code ICTINDEX_DB_URL}) is set, otherwise an embedded H2 database stored in {@code
 * ictindex.data.dir} ({@code ICTINDEX_DATA_DIR}, default {@code ./data}).
 */
public record DatabaseSettings(String url, String user, String password) {

  static final String DEFAULT_DATA_DIR = "data";
  static final String EMBEDDED_USER = "ictindex";
  // The embedded database is only reachable from this process; the password is not a secret, but
  // it must not be empty because the pool treats an empty password as a missing one.
  static final String EMBEDDED_PASSWORD = "ictindex";

  /**
   * LEGACY mode keeps the IDENTITY() function that EclipseLink's H2 platform calls after an insert;
   * NON_KEYWORDS lets columns keep the natural names {@code year} and {@code value} on both
   * databases.
   */
  static final String EMBEDDED_OPTIONS = ";MODE=LEGACY;NON_KEYWORDS=VALUE,YEAR";

  /**
   * Resolves the settings from configuration keys such as {@code ictindex.db.url}; a blank value
   * counts as absent.
   */
  public static DatabaseSettings resolve(Function<String, Optional<String>> config) {
    Function<String, Optional<String>> nonBlank =
        key -> config.apply(key).map(String::strip).filter(value -> !value.isEmpty());
    Optional<String> url = nonBlank.apply("ictindex.db.url");
    if (url.isPresent()) {
      return new DatabaseSettings(
          url.get(),
          nonBlank.apply("ictindex.db.user").orElse(""),
          nonBlank.apply("ictindex.db.password").orElse(""));
    }
    Path dataDir = Path.of(nonBlank.apply("ictindex.data.dir").orElse(DEFAULT_DATA_DIR));
    return embedded(dataDir);
  }

  /** The embedded H2 database in the given folder, surviving restarts. */
  public static DatabaseSettings embedded(Path dataDir) {
    String file = dataDir.toAbsolutePath().normalize().resolve("ictindex").toString();
    return new DatabaseSettings(
        "jdbc:h2:file:" + file + EMBEDDED_OPTIONS, EMBEDDED_USER, EMBEDDED_PASSWORD);
  }

  public boolean isEmbedded() {
    return url.startsWith("jdbc:h2:");
  }

  public boolean isMySql() {
    return url.startsWith("jdbc:mysql:");
  }

  /** The URL without credentials or options, safe to print in a log. */
  public String displayUrl() {
    int options = url.indexOf(isEmbedded() ? ';' : '?');
    return options < 0 ? url : url.substring(0, options);
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url=" + displayUrl() + ", user=" + user + "]";
  }
}
