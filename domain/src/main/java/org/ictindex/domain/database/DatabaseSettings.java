package org.ictindex.domain.database;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the data lives, chosen by configuration: MySQL or MariaDB when {@code ictindex.db.url}
 * ({@code ICTINDEX_DB_URL}) is set, otherwise an embedded H2 database stored in {@code
 * ictindex.data.dir} ({@code ICTINDEX_DATA_DIR}, default {@code ./data}).
 *
 * <p>An application that only reads (the public app, whose WAR sets {@value #ACCESS_KEY} to {@value
 * #READ_ONLY}) connects with its own account: {@code ictindex.public.db.*} ({@code
 * ICTINDEX_PUBLIC_DB_URL}, {@code _USER}, {@code _PASSWORD}), each defaulting to the main setting,
 * and on the embedded database the account that the migrations give SELECT rights only.
 */
public record DatabaseSettings(String url, String user, String password, boolean readOnly) {

  /** The configuration key by which an application declares that it never writes. */
  public static final String ACCESS_KEY = "ictindex.db.access";

  public static final String READ_ONLY = "read-only";

  static final String DEFAULT_DATA_DIR = "data";
  static final String EMBEDDED_USER = "ictindex";
  // The embedded database is only reachable from this process; the password is not a secret, but
  // it must not be empty because the pool treats an empty password as a missing one.
  static final String EMBEDDED_PASSWORD = "ictindex";
  // Created by the embedded database's own migration with SELECT rights only.
  static final String EMBEDDED_READER = "ictindex_reader";
  static final String EMBEDDED_READER_PASSWORD = "ictindex-reader";
  // The reader must never create the database: H2 would make it the owner of an empty one, and the
  // admin app's account could not open it.
  private static final String OPEN_EXISTING_ONLY = ";IFEXISTS=TRUE";

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
    boolean readOnly = nonBlank.apply(ACCESS_KEY).filter(READ_ONLY::equals).isPresent();
    Function<String, Optional<String>> setting =
        readOnly
            ? name ->
                nonBlank
                    .apply("ictindex.public.db." + name)
                    .or(() -> nonBlank.apply("ictindex.db." + name))
            : name -> nonBlank.apply("ictindex.db." + name);
    Optional<String> url = setting.apply("url");
    if (url.isPresent()) {
      return new DatabaseSettings(
          url.get(),
          setting.apply("user").orElse(""),
          setting.apply("password").orElse(""),
          readOnly);
    }
    Path dataDir = Path.of(nonBlank.apply("ictindex.data.dir").orElse(DEFAULT_DATA_DIR));
    return embedded(dataDir, readOnly);
  }

  /** The embedded H2 database in the given folder, surviving restarts. */
  public static DatabaseSettings embedded(Path dataDir, boolean readOnly) {
    String file = dataDir.toAbsolutePath().normalize().resolve("ictindex").toString();
    String url = "jdbc:h2:file:" + file + EMBEDDED_OPTIONS;
    return readOnly
        ? new DatabaseSettings(
            url + OPEN_EXISTING_ONLY, EMBEDDED_READER, EMBEDDED_READER_PASSWORD, true)
        : new DatabaseSettings(url, EMBEDDED_USER, EMBEDDED_PASSWORD, false);
  }

  /** The owner's settings for the same embedded database, with which it may be created. */
  DatabaseSettings embeddedOwner() {
    if (!isEmbedded()) {
      throw new IllegalStateException("Only the embedded database has an owner account here");
    }
    return new DatabaseSettings(
        url.replace(OPEN_EXISTING_ONLY, ""), EMBEDDED_USER, EMBEDDED_PASSWORD, false);
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
    return "DatabaseSettings[url="
        + displayUrl()
        + ", user="
        + user
        + (readOnly ? ", read-only" : "")
        + "]";
  }
}
