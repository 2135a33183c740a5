package org.ictindex.domain.publication;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Schema migration 5: the results of revisions published before migration 4 move from their one
 * text column into compressed parts, unchanged (so their hashes still hold), and the column goes.
 * Only rows are added: published revisions are never updated.
 */
public final class ResultsMovedIntoParts implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("5");
  }

  @Override
  public String getDescription() {
    return "results moved into parts";
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
    try (Statement select = connection.createStatement();
        ResultSet revisions = select.executeQuery("SELECT id, results_json FROM publication");
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO publication_results_part (publication_id, part, bytes)"
                    + " VALUES (?, ?, ?)")) {
      while (revisions.next()) {
        byte[] text = revisions.getString(2).getBytes(StandardCharsets.UTF_8);
        List<byte[]> parts = CompressedResults.compress(text);
        for (int part = 0; part < parts.size(); part++) {
          insert.setLong(1, revisions.getLong(1));
          insert.setInt(2, part);
          insert.setBytes(3, parts.get(part));
          insert.executeUpdate();
        }
      }
    }
    try (Statement alter = connection.createStatement()) {
      alter.execute("ALTER TABLE publication DROP COLUMN results_json");
    }
  }
}
