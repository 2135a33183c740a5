package org.ictindex.domain.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.ictindex.domain.account.CanonicalNamesAndSessionGenerations;
import org.ictindex.domain.framework.FrameworkRulesAsJson;
import org.ictindex.domain.publication.ResultsMovedIntoParts;

/**
 * Defines the application's connection pool and, in the application that writes, brings the schema
 * up to date with Flyway when it starts, before any request is served. The application that only
 * reads (the public app) never migrates: its account may not, and the writing application owns the
 * schema.
 */
@DataSourceDefinition(
    name = DatabaseSchema.DATA_SOURCE,
    className = "org.ictindex.domain.database.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      // A database restart leaves dead connections in the pool; validating each connection when it
      // is handed out and dropping all of them after one failure recovers without a manual flush.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.connection-creation-retry-attempts=3",
      "fish.payara.connection-creation-retry-interval-in-seconds=2"
    })
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseSchema {

  /** The JNDI name of the application's data source; persistence.xml refers to it. */
  public static final String DATA_SOURCE = "java:app/jdbc/ictindex";

  private static final Logger LOG = Logger.getLogger(DatabaseSchema.class.getName());

  @Resource(lookup = DATA_SOURCE)
  private DataSource dataSource;

  private volatile DatabaseStatus status;

  @PostConstruct
  void migrate() {
    if (ConfiguredDataSource.settingsFromConfig().readOnly()) {
      LOG.info("This application only reads: the schema is migrated by the admin app.");
      return;
    }
    var result = flyway(dataSource).migrate();
    status = readStatus();
    LOG.info(
        () ->
            "Database schema at version "
                + status.schemaVersion()
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /**
   * The product and schema version of the database, with every applied migration: as found when the
   * application started, or, in the application that only reads, when first asked after the schema
   * exists (only the writing application's start-up migrates). Both start pages show it, the public
   * one to everyone.
   */
  @PermitAll
  public DatabaseStatus status() {
    DatabaseStatus known = status;
    if (known == null) {
      known = readStatus();
      status = known;
    }
    return known;
  }

  private DatabaseStatus readStatus() {
    List<AppliedMigration> applied =
        Arrays.stream(flyway(dataSource).info().applied())
            .map(DatabaseSchema::toAppliedMigration)
            .toList();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      return new DatabaseStatus(
          metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion(), applied);
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached", e);
    }
  }

  private static AppliedMigration toAppliedMigration(MigrationInfo info) {
    return new AppliedMigration(
        info.getVersion().getVersion(),
        info.getDescription(),
        info.getInstalledOn().toInstant(),
        info.getState().isApplied());
  }

  static Flyway flyway(DataSource dataSource) {
    String tableOptions = tableOptions(dataSource);
    boolean mySql = !tableOptions.isEmpty();
    // Besides the common migrations, each kind of database has its own protections.
    return Flyway.configure(DatabaseSchema.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration", mySql ? "classpath:db/mysql" : "classpath:db/h2")
        .placeholders(placeholders(tableOptions, mySql))
        .javaMigrations(
            new ResultsMovedIntoParts(),
            new CanonicalNamesAndSessionGenerations(),
            new FrameworkRulesAsJson())
        .load();
  }

  private static Map<String, String> placeholders(String tableOptions, boolean mySql) {
    return Map.of(
        "table_options", tableOptions,
        "text_type", mySql ? "LONGTEXT" : "CLOB",
        "blob_type", mySql ? "LONGBLOB" : "BLOB");
  }

  /**
   * MySQL-family tables store full Unicode and sort Vietnamese names correctly; H2 takes no table
   * options, and names are sorted with a Vietnamese collator in Java instead.
   */
  private static String tableOptions(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.getMetaData().getURL().startsWith("jdbc:mysql:")) {
        return "";
      }
      return "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=" + vietnameseCollation(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("The database cannot be reached", e);
    }
  }

  private static String vietnameseCollation(Connection connection) throws SQLException {
    // MariaDB names it utf8mb4_vietnamese_ci, MySQL 8 utf8mb4_vi_0900_ai_ci.
    for (String candidate : List.of("utf8mb4_vietnamese_ci", "utf8mb4_vi_0900_ai_ci")) {
      try (var statement =
          connection.prepareStatement(
              "SELECT COUNT(*) FROM information_schema.collations WHERE collation_name = ?")) {
        statement.setString(1, candidate);
        try (var rows = statement.executeQuery()) {
          if (rows.next() && rows.getInt(1) > 0) {
            return candidate;
          }
        }
      }
    }
    return "utf8mb4_unicode_ci";
  }
}
