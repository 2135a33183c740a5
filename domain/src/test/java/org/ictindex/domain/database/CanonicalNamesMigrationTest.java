package org.ictindex.domain.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Accounts created before migration 7.1 get their canonical user name, and from then on the
 * embedded database, which has no accent-insensitive collation, refuses a second account with the
 * same canonical name.
 */
class CanonicalNamesMigrationTest {

  @TempDir Path dataDir;

  @Test
  void existingAccountsGetTheirCanonicalNameAndLookAlikesAreRefused() throws Exception {
    DataSource owner = ConfiguredDataSource.embedded(DatabaseSettings.embedded(dataDir, false));
    Flyway flyway = DatabaseSchema.flyway(owner);
    Flyway.configure().configuration(flyway.getConfiguration()).target("5").load().migrate();
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO account (username, password_hash, role, enabled, created_at)"
              + " VALUES ('admin', 'h', 'ADMIN', TRUE, CURRENT_TIMESTAMP),"
              + " ('aud-lan', 'h', 'AUDITOR', TRUE, CURRENT_TIMESTAMP)");
    }

    Flyway.configure().configuration(flyway.getConfiguration()).target("7.1").load().migrate();

    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT username, canonical_name, session_generation FROM account ORDER BY id")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(2)).isEqualTo("admin");
        assertThat(rows.getLong(3)).isZero();
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(2)).isEqualTo("aud-lan");
      }
      assertThatThrownBy(
              () ->
                  statement.execute(
                      "INSERT INTO account (username, canonical_name, password_hash, role,"
                          + " enabled, created_at) VALUES ('ádmin', 'admin', 'h', 'ADMIN', TRUE,"
                          + " CURRENT_TIMESTAMP)"))
          .isInstanceOf(SQLException.class);
    }
  }
}
