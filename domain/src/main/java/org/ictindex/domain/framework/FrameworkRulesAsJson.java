package org.ictindex.domain.framework;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.ictindex.scoring.model.Rule;
import org.ictindex.scoring.pkg.RuleJson;

/**
 * Schema migration 9: a framework node keeps its rule as one value, the rule member of
 * framework.json in canonical form ({@link RuleJson}), instead of five columns that spelt each kind
 * out again. Existing rows are converted in Java, with the numbers' text unchanged, so every
 * framework writes back the bytes it was published with. A rule that would not read back as it was
 * stops the migration, naming the year and node.
 */
public final class FrameworkRulesAsJson implements JavaMigration {

  private static final List<String> OLD_COLUMNS =
      List.of("rule_type", "rule_min", "rule_max", "rule_points", "rule_bands");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("9");
  }

  @Override
  public String getDescription() {
    return "framework rules as canonical json";
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
    execute(
        connection,
        "ALTER TABLE framework_node ADD COLUMN rule_json "
            + (mySql ? "LONGTEXT" : "CLOB")
            + " NULL");
    convert(connection);
    for (String column : OLD_COLUMNS) {
      execute(connection, "ALTER TABLE framework_node DROP COLUMN " + column);
    }
  }

  private static void convert(Connection connection) throws SQLException {
    try (Statement select = connection.createStatement();
        ResultSet nodes =
            select.executeQuery(
                "SELECT n.id, c.year, n.code, n.rule_type, n.rule_min, n.rule_max, n.rule_points,"
                    + " n.rule_bands FROM framework_node n JOIN cycle c ON c.id = n.cycle_id"
                    + " WHERE n.rule_type IS NOT NULL ORDER BY n.id");
        PreparedStatement update =
            connection.prepareStatement("UPDATE framework_node SET rule_json = ? WHERE id = ?")) {
      while (nodes.next()) {
        Rule rule =
            rule(
                nodes.getString("rule_type"),
                nodes.getString("rule_min"),
                nodes.getString("rule_max"),
                nodes.getString("rule_points"),
                nodes.getString("rule_bands"));
        String json = RuleJson.write(rule);
        if (!readsBack(json, rule)) {
          throw new IllegalStateException(
              "The rule of node "
                  + nodes.getString("code")
                  + " of "
                  + nodes.getInt("year")
                  + " would not read back as it is: "
                  + json);
        }
        update.setString(1, json);
        update.setLong(2, nodes.getLong("id"));
        update.executeUpdate();
      }
    }
  }

  /** The rule as the five columns held it: bands as {@code from:points} pairs joined by ";". */
  private static Rule rule(String type, String min, String max, String points, String bands) {
    return switch (type) {
      case "linear" ->
          new Rule.Linear(new BigDecimal(min), new BigDecimal(max), new BigDecimal(points));
      case "boolean" -> new Rule.Bool(new BigDecimal(points));
      case "bands" ->
          new Rule.Bands(
              Arrays.stream(bands.split(";"))
                  .map(pair -> pair.split(":"))
                  .map(pair -> new Rule.Band(new BigDecimal(pair[0]), new BigDecimal(pair[1])))
                  .toList());
      default -> throw new IllegalStateException("Unknown rule type " + type);
    };
  }

  private static boolean readsBack(String json, Rule rule) {
    try {
      return RuleJson.read(json).equals(rule);
    } catch (IllegalArgumentException refused) {
      return false;
    }
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
