package org.ictindex.domain.testing;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.ictindex.domain.database.DatabaseSchema;

/** SQL sent straight to the application's database, as someone with its account could. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RawSql {

  @Resource(lookup = DatabaseSchema.DATA_SOURCE)
  private DataSource dataSource;

  /** Runs the statement; returns the number of rows it changed, or what the database said. */
  public String execute(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      return Integer.toString(statement.executeUpdate(sql));
    } catch (SQLException refused) {
      return "refused: " + refused.getMessage();
    }
  }

  public boolean isMySql() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getURL().startsWith("jdbc:mysql:");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
