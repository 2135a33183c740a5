package org.ictindex.domain.database;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The data source class behind the application's connection pool. The container pools and validates
 * its connections; this class only decides, from {@link DatabaseSettings}, which driver opens them,
 * so one build runs on the embedded database and on MySQL/MariaDB alike.
 */
public class ConfiguredDataSource implements DataSource {

  private static final Logger LOG = Logger.getLogger(ConfiguredDataSource.class.getName());

  private volatile DataSource target;
  private PrintWriter logWriter;
  private int loginTimeoutSeconds;

  @Override
  public Connection getConnection() throws SQLException {
    return target().getConnection();
  }

  @Override
  public Connection getConnection(String user, String password) throws SQLException {
    return target().getConnection(user, password);
  }

  private DataSource target() throws SQLException {
    DataSource current = target;
    if (current == null) {
      synchronized (this) {
        current = target;
        if (current == null) {
          current = open(settingsFromConfig());
          target = current;
        }
      }
    }
    return current;
  }

  /** The settings of this application's database, from its configuration. */
  public static DatabaseSettings settingsFromConfig() {
    Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
    return DatabaseSettings.resolve(key -> config.getOptionalValue(key, String.class));
  }

  private DataSource open(DatabaseSettings settings) throws SQLException {
    LOG.info(() -> "Database: " + settings.displayUrl());
    DataSource dataSource;
    if (settings.isEmbedded()) {
      if (settings.readOnly()) {
        EmbeddedReaderAccount.prepare(settings);
      }
      dataSource = embedded(settings);
    } else if (settings.isMySql()) {
      dataSource = mySql(settings);
    } else {
      throw new SQLException(
          "ICTINDEX_DB_URL must be a MySQL or MariaDB URL such as"
              + " jdbc:mysql://127.0.0.1:3306/ictindex (or be unset for the embedded database),"
              + " but was: "
              + settings.displayUrl());
    }
    dataSource.setLoginTimeout(loginTimeoutSeconds);
    if (logWriter != null) {
      dataSource.setLogWriter(logWriter);
    }
    return dataSource;
  }

  /** A data source of a MySQL or MariaDB database with the settings' account. */
  static MysqlDataSource mySql(DatabaseSettings settings) throws SQLException {
    MysqlDataSource mysql = new MysqlDataSource();
    mysql.setURL(settings.url());
    mysql.setUser(settings.user());
    mysql.setPassword(settings.password());
    // One multi-row INSERT per batch instead of a round trip per row, where values are batched.
    mysql.setRewriteBatchedStatements(true);
    // Imports stream their values as LOAD DATA LOCAL (CycleData), which needs the client to
    // announce local data. An empty allowed path makes the driver refuse every file a server
    // asks for; the import's own stream is allowed only while its statement runs.
    mysql.setAllowLoadLocalInfileInPath("");
    return mysql;
  }

  /** A data source of the embedded database with the settings' account. */
  static JdbcDataSource embedded(DatabaseSettings settings) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(settings.url());
    h2.setUser(settings.user());
    h2.setPassword(settings.password());
    return h2;
  }

  @Override
  public PrintWriter getLogWriter() {
    return logWriter;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    this.logWriter = out;
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeoutSeconds = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return LOG;
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
