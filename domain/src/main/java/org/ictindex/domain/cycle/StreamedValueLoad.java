package org.ictindex.domain.cycle;

import com.mysql.cj.conf.PropertyKey;
import com.mysql.cj.conf.RuntimeProperty;
import com.mysql.cj.jdbc.JdbcConnection;
import com.mysql.cj.jdbc.JdbcStatement;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.List;
import org.ictindex.scoring.model.IndicatorValue;

/**
 * Stores a year's values on MySQL or MariaDB with {@code LOAD DATA LOCAL INFILE}, the rows streamed
 * from memory as tab-separated text: the server parses one stream instead of the driver writing a
 * million rows into {@code INSERT} statements, which made storing values the slow part of an
 * import.
 *
 * <p>The driver may send a local file only while this statement runs, and only this stream: the
 * connections otherwise refuse every file a server asks for (see {@code ConfiguredDataSource}).
 * Rows in a {@code LOAD DATA LOCAL} that do not fit become warnings instead of errors, so the load
 * counts as done only when every row was stored without a warning; anything else fails the
 * transaction's import.
 */
final class StreamedValueLoad {

  private static final String LOAD =
      "LOAD DATA LOCAL INFILE 'values.tsv' INTO TABLE indicator_value CHARACTER SET utf8mb4"
          + " (position, unit_code, indicator_code, value, note)"
          + " SET cycle_id = @ictindex_cycle, updated_by = @ictindex_actor,"
          + " updated_at = @ictindex_at, version = 0";

  private StreamedValueLoad() {}

  /** Whether the connection is to a MySQL-family server that accepts local data. */
  static boolean isAvailable(Connection connection) throws SQLException {
    if (!connection.isWrapperFor(JdbcConnection.class)) {
      return false;
    }
    try (Statement statement = connection.createStatement();
        ResultSet allowed = statement.executeQuery("SELECT @@GLOBAL.local_infile")) {
      return allowed.next() && allowed.getBoolean(1);
    }
  }

  /** Stores the values in one statement on the transaction's connection. */
  static void load(
      Connection connection, long cycleId, List<IndicatorValue> values, String actor, Timestamp at)
      throws SQLException {
    try (PreparedStatement variables =
        connection.prepareStatement(
            "SET @ictindex_cycle = ?, @ictindex_actor = ?, @ictindex_at = ?")) {
      variables.setLong(1, cycleId);
      variables.setString(2, actor);
      variables.setTimestamp(3, at);
      variables.execute();
    }
    RuntimeProperty<Boolean> localFiles =
        connection
            .unwrap(JdbcConnection.class)
            .getPropertySet()
            .getBooleanProperty(PropertyKey.allowLoadLocalInfile);
    try (Statement load = connection.createStatement()) {
      load.unwrap(JdbcStatement.class).setLocalInfileInputStream(new ValueRows(values));
      localFiles.setValue(true);
      int stored = load.executeUpdate(LOAD);
      SQLWarning warning = load.getWarnings();
      if (stored != values.size() || warning != null) {
        throw new SQLException(
            "LOAD DATA stored "
                + stored
                + " of "
                + values.size()
                + " values"
                + (warning == null ? "" : ", first warning: " + warning.getMessage()));
      }
    } finally {
      localFiles.setValue(false);
    }
  }

  /**
   * The values as {@code LOAD DATA}'s default text format: fields separated by tabs, rows by line
   * feeds, {@code \N} for a missing value, and a backslash before each tab, line feed, carriage
   * return, NUL and backslash within a field. Rows are written as the server reads them.
   */
  static final class ValueRows extends InputStream {
    private final List<IndicatorValue> values;
    private int nextRow;
    private byte[] chunk = new byte[0];
    private int chunkPosition;

    ValueRows(List<IndicatorValue> values) {
      this.values = values;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (chunkPosition == chunk.length && !fillChunk()) {
        return -1;
      }
      int copied = Math.min(length, chunk.length - chunkPosition);
      System.arraycopy(chunk, chunkPosition, buffer, offset, copied);
      chunkPosition += copied;
      return copied;
    }

    private boolean fillChunk() {
      if (nextRow == values.size()) {
        return false;
      }
      StringBuilder rows = new StringBuilder(64 * 1024);
      while (nextRow < values.size() && rows.length() < 60 * 1024) {
        IndicatorValue value = values.get(nextRow);
        rows.append(nextRow).append('\t');
        field(value.unitCode(), rows).append('\t');
        field(value.indicatorCode(), rows).append('\t');
        if (value.value() == null) {
          rows.append("\\N");
        } else {
          rows.append(value.value().toPlainString());
        }
        rows.append('\t');
        field(value.note() == null ? "" : value.note(), rows).append('\n');
        nextRow++;
      }
      chunk = rows.toString().getBytes(StandardCharsets.UTF_8);
      chunkPosition = 0;
      return true;
    }

    private static StringBuilder field(String text, StringBuilder out) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        switch (c) {
          case '\\' -> out.append("\\\\");
          case '\t' -> out.append("\\t");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\0' -> out.append("\\0");
          default -> out.append(c);
        }
      }
      return out;
    }
  }
}
