package org.ictindex.domain.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema migration 7.1: every account gets its canonical user name ({@link AccountNames}), unique
 * on H2 and MySQL alike, and a session generation that ends open sessions when the password, role
 * or status changes. Existing rows are filled in Java, since no SQL function folds names as {@link
 * AccountNames} does. Two existing accounts with the same canonical name stop the migration with
 * both names, for an operator to rename one.
 */
public final class CanonicalNamesAndSessionGenerations implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("7.1");
  }

  @Override
  public String getDescription() {
    return "account canonical names and session generations";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    boolean mySql = connection.getMetaData().getURL().startsWith("jdbc:mysql:");
    // Binary on MySQL: the unique index compares exactly the Java form, not the table's collation.
    String nameType =
        mySql ? "VARCHAR(100) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin" : "VARCHAR(100)";
    execute(connection, "ALTER TABLE account ADD COLUMN canonical_name " + nameType + " NULL");
    execute(
        connection, "ALTER TABLE account ADD COLUMN session_generation BIGINT NOT NULL DEFAULT 0");
    fill(connection);
    execute(
        connection,
        mySql
            ? "ALTER TABLE account MODIFY canonical_name " + nameType + " NOT NULL"
            : "ALTER TABLE account ALTER COLUMN canonical_name SET NOT NULL");
    execute(
        connection,
        "ALTER TABLE account ADD CONSTRAINT uq_account_canonical_name UNIQUE (canonical_name)");
  }

  private static void fill(Connection connection) throws SQLException {
    Map<String, String> owners = new HashMap<>();
    try (Statement select = connection.createStatement();
        ResultSet accounts = select.executeQuery("SELECT id, username FROM account ORDER BY id");
        PreparedStatement update =
            connection.prepareStatement("UPDATE account SET canonical_name = ? WHERE id = ?")) {
      while (accounts.next()) {
        String username = accounts.getString(2);
        String canonical = AccountNames.canonical(username);
        String earlier = owners.putIfAbsent(canonical, username);
        if (earlier != null) {
          throw new IllegalStateException(
              "The accounts '"
                  + earlier
                  + "' and '"
                  + username
                  + "' would log in under the same name; rename one of them"
                  + " (UPDATE account SET username = ...) and start again");
        }
        update.setString(1, canonical);
        update.setLong(2, accounts.getLong(1));
        update.executeUpdate();
      }
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
