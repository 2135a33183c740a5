package org.ictindex.domain.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.ictindex.domain.publication.CompressedResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Revisions published before results were stored in parts keep their exact results. */
class ResultsMovedIntoPartsTest {

  private static final String OLD_RESULTS =
      "{\n  \"year\": 2013,\n  \"nameVi\": \"Điện Biên\"\n}\n";

  @TempDir Path dataDir;

  @Test
  void anEarlierRevisionsResultsMoveIntoPartsUnchanged() throws Exception {
    DataSource owner = ConfiguredDataSource.embedded(DatabaseSettings.embedded(dataDir, false));
    Flyway flyway = DatabaseSchema.flyway(owner);
    Flyway.configure().configuration(flyway.getConfiguration()).target("3").load().migrate();
    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO cycle (id, year, status, framework_code) VALUES (1, 2013, 'PUBLISHED', 'F')");
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO publication (id, cycle_id, revision, package_bytes, package_sha256,"
                  + " results_json, results_sha256, uncertainty_draws, uncertainty_seed,"
                  + " published_by, published_at) VALUES (7, 1, 1, X'00', 'p', ?, 'r', 1000,"
                  + " 2013, 'admin', CURRENT_TIMESTAMP)")) {
        insert.setString(1, OLD_RESULTS);
        insert.executeUpdate();
      }
    }

    assertThat(
            Flyway.configure()
                .configuration(flyway.getConfiguration())
                .target("5")
                .load()
                .migrate()
                .migrationsExecuted)
        .isEqualTo(2);

    try (Connection connection = owner.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT bytes FROM publication_results_part WHERE publication_id = 7 ORDER BY"
                    + " part")) {
      List<byte[]> parts = new ArrayList<>();
      while (rows.next()) {
        parts.add(rows.getBytes(1));
      }
      try (InputStream text = CompressedResults.text(parts)) {
        assertThat(new String(text.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(OLD_RESULTS);
      }
      assertThat(columns(connection, "PUBLICATION"))
          .doesNotContain("RESULTS_JSON")
          .contains("RESULTS_SHA256");
    }
  }

  private static List<String> columns(Connection connection, String table) throws Exception {
    List<String> columns = new ArrayList<>();
    try (ResultSet rows = connection.getMetaData().getColumns(null, null, table, null)) {
      while (rows.next()) {
        columns.add(rows.getString("COLUMN_NAME"));
      }
    }
    return columns;
  }
}
