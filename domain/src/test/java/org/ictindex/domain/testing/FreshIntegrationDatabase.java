package org.ictindex.domain.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each module's integration tests an empty MySQL/MariaDB database, as the embedded database
 * gets a fresh folder: when {@code it.db.url} is set, every table is dropped once before the
 * module's tests start, so no module sees what another one stored.
 */
public class FreshIntegrationDatabase implements LauncherSessionListener {

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String url = System.getProperty("it.db.url", "");
    if (url.isBlank()) {
      return;
    }
    try (Connection connection =
            DriverManager.getConnection(
                url, System.getProperty("it.db.user"), System.getProperty("it.db.password"));
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
