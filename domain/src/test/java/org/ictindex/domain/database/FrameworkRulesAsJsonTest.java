package org.ictindex.domain.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.ictindex.domain.audit.AuditChain;
import org.ictindex.domain.publication.CompressedResults;
import org.ictindex.domain.testing.DatabaseTables;
import org.ictindex.domain.testing.TestPackages;
import org.ictindex.scoring.engine.Methodology;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Rule;
import org.ictindex.scoring.pkg.PackageWriter;
import org.ictindex.scoring.pkg.RuleJson;
import org.ictindex.scoring.results.ResultsJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A framework stored before migration 9, with its rules in five columns, reads back after it as the
 * same framework: the package written from it has the published bytes, and the results recomputed
 * from it the published text and hashes. On the embedded database by default; against MySQL/MariaDB
 * when {@code it.db.url} is given (whose tables it drops first).
 */
class FrameworkRulesAsJsonTest {

  @TempDir Path dataDir;

  @Test
  void aPublishedYearsFrameworkWritesTheSameBytesAfterItsRulesMoveIntoOneColumn() throws Exception {
    CyclePackage published =
        TestPackages.withExactNumbers(TestPackages.provinces(2301, unit("50"), unit("7")));
    byte[] packageBytes = PackageWriter.toZip(published);
    String resultsText = ResultsJson.write(published, Methodology.compute(published, null));
    String resultsSha256 =
        CompressedResults.sha256(published, Methodology.compute(published, null));

    DataSource database = database();
    Flyway flyway = DatabaseSchema.flyway(database);
    // The newest version before 9: 8 exists only on MySQL/MariaDB, whose protections it adds.
    String before = System.getProperty("it.db.url", "").isBlank() ? "7.1" : "8";
    Flyway.configure().configuration(flyway.getConfiguration()).target(before).load().migrate();
    try (Connection connection = database.getConnection()) {
      storeAsBeforeMigration9(connection, published.framework());
    }

    assertThat(
            Flyway.configure()
                .configuration(flyway.getConfiguration())
                .target("9")
                .load()
                .migrate()
                .migrationsExecuted)
        .isEqualTo(1);

    CyclePackage reloaded;
    try (Connection connection = database.getConnection()) {
      assertThat(columns(connection))
          .contains("rule_json")
          .doesNotContain("rule_type", "rule_min", "rule_max", "rule_points", "rule_bands");
      reloaded =
          new CyclePackage(
              withNodes(published.framework(), storedNodes(connection)),
              published.units(),
              published.values());
    }
    assertThat(reloaded.framework()).isEqualTo(published.framework());
    byte[] rewritten = PackageWriter.toZip(reloaded);
    assertThat(AuditChain.sha256Hex(rewritten)).isEqualTo(AuditChain.sha256Hex(packageBytes));
    assertThat(rewritten).isEqualTo(packageBytes);
    assertThat(ResultsJson.write(reloaded, Methodology.compute(reloaded, null)))
        .isEqualTo(resultsText);
    assertThat(CompressedResults.sha256(reloaded, Methodology.compute(reloaded, null)))
        .isEqualTo(resultsSha256);
  }

  /** A fresh database: the embedded one in a new folder, or the emptied MySQL/MariaDB one. */
  private DataSource database() throws Exception {
    String url = System.getProperty("it.db.url", "");
    if (url.isBlank()) {
      return ConfiguredDataSource.embedded(DatabaseSettings.embedded(dataDir, false));
    }
    String user = System.getProperty("it.db.user");
    String password = System.getProperty("it.db.password");
    DatabaseTables.dropAll(url, user, password);
    return ConfiguredDataSource.mySql(new DatabaseSettings(url, user, password, false));
  }

  private static BigDecimal[] unit(String first) {
    return TestPackages.unit(first, "1", "6", "10");
  }

  private static Framework withNodes(Framework framework, List<Node> nodes) {
    return new Framework(
        framework.code(),
        framework.year(),
        framework.name(),
        framework.missing(),
        framework.groups(),
        framework.classes(),
        nodes);
  }

  /** What FrameworkNode wrote up to schema version 8. */
  private static void storeAsBeforeMigration9(Connection connection, Framework framework)
      throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO cycle (id, year, status, framework_code) VALUES (1, "
              + framework.year()
              + ", 'PUBLISHED', '"
              + framework.code()
              + "')");
    }
    long[] nextId = {1};
    for (int position = 0; position < framework.nodes().size(); position++) {
      storeAsBeforeMigration9(connection, framework.nodes().get(position), null, position, nextId);
    }
  }

  private static void storeAsBeforeMigration9(
      Connection connection, Node node, Long parentId, int position, long[] nextId)
      throws Exception {
    long id = nextId[0]++;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO framework_node (id, cycle_id, parent_id, position, code, name_vi,"
                + " name_en, weight, applies_to, measure, rule_type, rule_min, rule_max,"
                + " rule_points, rule_bands) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setObject(2, parentId);
      insert.setInt(3, position);
      insert.setString(4, node.code());
      insert.setString(5, node.name().vi());
      insert.setString(6, node.name().en() == null ? "" : node.name().en());
      insert.setString(7, node.weight().toPlainString());
      insert.setString(8, String.join(" ", node.appliesTo().stream().sorted().toList()));
      insert.setString(9, node.unit());
      String[] rule = node.isLeaf() ? oldColumns(node.rule()) : new String[5];
      for (int column = 0; column < rule.length; column++) {
        insert.setString(10 + column, rule[column]);
      }
      insert.executeUpdate();
    }
    for (int child = 0; child < node.children().size(); child++) {
      storeAsBeforeMigration9(connection, node.children().get(child), id, child, nextId);
    }
  }

  /** rule_type, rule_min, rule_max, rule_points, rule_bands as schema version 8 held them. */
  private static String[] oldColumns(Rule rule) {
    return rule.match(
        linear ->
            new String[] {
              "linear",
              linear.min().toPlainString(),
              linear.max().toPlainString(),
              linear.points().toPlainString(),
              null
            },
        bands ->
            new String[] {
              "bands",
              null,
              null,
              null,
              bands.bands().stream()
                  .map(band -> band.from().toPlainString() + ":" + band.points().toPlainString())
                  .collect(Collectors.joining(";"))
            },
        bool -> new String[] {"boolean", null, null, bool.points().toPlainString(), null});
  }

  /** The tree as FrameworkNode reads it from schema version 9 on. */
  private static List<Node> storedNodes(Connection connection) throws Exception {
    List<StoredNode> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT id, parent_id, code, name_vi, name_en, weight, applies_to, measure,"
                    + " rule_json FROM framework_node ORDER BY position, id")) {
      while (result.next()) {
        String appliesTo = result.getString("applies_to");
        String rule = result.getString("rule_json");
        rows.add(
            new StoredNode(
                result.getLong("id"),
                result.getObject("parent_id", Long.class),
                new Node(
                    result.getString("code"),
                    LocalizedText.of(
                        result.getString("name_vi"),
                        result.getString("name_en").isEmpty() ? null : result.getString("name_en")),
                    new BigDecimal(result.getString("weight")),
                    appliesTo.isEmpty()
                        ? Set.of()
                        : new LinkedHashSet<>(Arrays.asList(appliesTo.split(" "))),
                    result.getString("measure"),
                    rule == null ? null : RuleJson.read(rule),
                    List.of())));
      }
    }
    Map<Long, List<StoredNode>> children = new HashMap<>();
    rows.forEach(
        row -> children.computeIfAbsent(row.parentId(), parent -> new ArrayList<>()).add(row));
    return children.get(null).stream().map(row -> tree(row, children)).toList();
  }

  private static Node tree(StoredNode row, Map<Long, List<StoredNode>> children) {
    Node node = row.node();
    return new Node(
        node.code(),
        node.name(),
        node.weight(),
        node.appliesTo(),
        node.unit(),
        node.rule(),
        children.getOrDefault(row.id(), List.of()).stream()
            .map(child -> tree(child, children))
            .toList());
  }

  private record StoredNode(long id, Long parentId, Node node) {}

  private static List<String> columns(Connection connection) throws Exception {
    List<String> columns = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT * FROM framework_node WHERE 1 = 0")) {
      for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
        columns.add(result.getMetaData().getColumnName(column).toLowerCase());
      }
    }
    return columns;
  }
}
