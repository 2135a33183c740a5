package org.ictindex.domain.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The tables of a MySQL/MariaDB test database. */
public final class DatabaseTables {

  private DatabaseTables() {}

  /** Drops every table of the MySQL/MariaDB database. */
  public static void dropAll(String url, String user, String password) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (var rows =
          statement.executeQuery(
              "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      statement.execute("SET FOREIGN_KEY_CHECKS = 0");
      for (String table : tables) {
        statement.execute("DROP TABLE `" + table + "`");
      }
      statement.execute("SET FOREIGN_KEY_CHECKS = 1");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot empty the integration-test database " + url, e);
    }
  }
}
