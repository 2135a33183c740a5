package org.ictindex.domain.testing;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.ictindex.domain.database.DatabaseSchema;

/**
 * How many rows the application's queries return while something runs, counted by the embedded
 * database itself (H2's query statistics), so that a test sees what a service reads whatever the
 * persistence provider caches or how it maps rows.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RowsRead {

  private static final String COUNTED =
      "SELECT COALESCE(SUM(CUMULATIVE_ROW_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS"
          + " WHERE UPPER(SQL_STATEMENT) LIKE 'SELECT%'"
          + " AND UPPER(SQL_STATEMENT) NOT LIKE '%QUERY_STATISTICS%'";

  @Resource(lookup = DatabaseSchema.DATA_SOURCE)
  private DataSource dataSource;

  /** The rows every query returned while the action ran. */
  public long during(Runnable action) {
    // Turning the statistics off and on again starts them from nothing.
    sql("SET QUERY_STATISTICS FALSE");
    sql("SET QUERY_STATISTICS TRUE");
    try {
      action.run();
      try (Connection connection = dataSource.getConnection();
          Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(COUNTED)) {
        rows.next();
        return rows.getLong(1);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    } finally {
      sql("SET QUERY_STATISTICS FALSE");
    }
  }

  private void sql(String command) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(command);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
