package org.ictindex.domain.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public app may connect to the embedded database before the admin app has created it. */
class EmbeddedReaderAccountTest {

  @TempDir Path dataDir;

  @Test
  void theReaderCanConnectBeforeTheAdminAppHasMigrated() throws SQLException {
    DatabaseSettings reader = DatabaseSettings.embedded(dataDir, true);

    EmbeddedReaderAccount.prepare(reader);

    try (Connection connection = ConfiguredDataSource.embedded(reader).getConnection()) {
      assertThat(connection.isValid(1)).isTrue();
    }
  }

  @Test
  void theAdminAppThenMigratesAsUsualAndTheReaderStillOnlyReads() throws SQLException {
    DatabaseSettings reader = DatabaseSettings.embedded(dataDir, true);
    EmbeddedReaderAccount.prepare(reader);

    DataSource owner = ConfiguredDataSource.embedded(DatabaseSettings.embedded(dataDir, false));
    var flyway = DatabaseSchema.flyway(owner);
    int available = flyway.info().pending().length;
    assertThat(available).isGreaterThanOrEqualTo(6);
    assertThat(flyway.migrate().migrationsExecuted).isEqualTo(available);

    try (Connection connection = ConfiguredDataSource.embedded(reader).getConnection();
        Statement statement = connection.createStatement()) {
      assertThat(statement.executeQuery("SELECT COUNT(*) FROM cycle").next()).isTrue();
      assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM cycle"))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void preparingTwiceChangesNothing() throws SQLException {
    DatabaseSettings reader = DatabaseSettings.embedded(dataDir, true);

    EmbeddedReaderAccount.prepare(reader);
    EmbeddedReaderAccount.prepare(reader);

    try (Connection connection = ConfiguredDataSource.embedded(reader).getConnection()) {
      assertThat(connection.isValid(1)).isTrue();
    }
  }

  @Test
  void withoutPreparationTheReaderNeverCreatesTheDatabase() {
    DatabaseSettings reader = DatabaseSettings.embedded(dataDir, true);

    assertThatThrownBy(() -> ConfiguredDataSource.embedded(reader).getConnection())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("not found");
  }
}
