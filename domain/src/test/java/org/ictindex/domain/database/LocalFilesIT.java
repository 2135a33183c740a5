package org.ictindex.domain.database;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The application's connections announce local data (imports stream their values with LOAD DATA
 * LOCAL), yet a database server cannot read the application's files through them: a request for a
 * file, which a hostile server could make in answer to any statement, is refused by the driver.
 */
@EnabledIfEnvironmentVariable(
    named = "ICTINDEX_DB_URL",
    matches = "jdbc:mysql:.*",
    disabledReason = "LOAD DATA LOCAL exists on MySQL and MariaDB only (CI's MariaDB pass)")
class LocalFilesIT {

  @Test
  void noFileOfTheApplicationsMachineCanBeLoaded() throws SQLException {
    DatabaseSettings settings =
        DatabaseSettings.resolve(
            key -> Optional.ofNullable(System.getenv(key.toUpperCase().replace('.', '_'))));

    try (Connection connection = ConfiguredDataSource.mySql(settings).getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMPORARY TABLE stolen (line VARCHAR(1000))");

      assertThatThrownBy(
              () -> statement.execute("LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE stolen"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("allowLoadLocalInfileInPath");
    }
  }
}
