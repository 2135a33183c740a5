package org.ictindex.publicweb.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.pkg.PackageReader;
import org.ictindex.scoring.pkg.PackageWriter;
import org.ictindex.scoring.pkg.YearRange;

/**
 * Publications that the public app cannot show, inserted with SQL into the database it reads, as
 * the finding of issue 17 left one (a year 10000 published through the API) or as someone with
 * database access could: the public site must leave each out and keep serving every other year.
 * Each is a copy of the demo year 2013's current revision, changed in one way.
 */
public final class BrokenPublications {

  /** A year outside the range the tests allow (1900–2999), with good data and results. */
  public static final int OUT_OF_RANGE = 10000;

  /** A year whose data have no values at all, newer than every good year. */
  public static final int WITHOUT_VALUES = 2099;

  /** A year whose stored results are not compressed JSON. */
  public static final int UNREADABLE_RESULTS = 2014;

  private BrokenPublications() {}

  /** Inserts them into the embedded database in the folder, which no process has open. */
  static void insertIntoEmbedded(Path dataDir) throws SQLException {
    String url =
        "jdbc:h2:file:"
            + dataDir.toAbsolutePath().normalize().resolve("ictindex")
            + ";MODE=LEGACY;NON_KEYWORDS=VALUE,YEAR";
    try (Connection connection = DriverManager.getConnection(url, "ictindex", "ictindex")) {
      insert(connection);
    }
  }

  /** Inserts them into the MySQL/MariaDB database of the tests. */
  static void insertInto(String url, String user, String password) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password)) {
      insert(connection);
    }
  }

  private static void insert(Connection connection) throws SQLException {
    connection.setAutoCommit(false);
    Revision good = revisionOf2013(connection);
    CyclePackage data =
        new PackageReader()
            .withYears(YearRange.ANY)
            .read(good.packageBytes)
            .cyclePackage()
            .orElseThrow();
    insert(connection, OUT_OF_RANGE, ofYear(data, OUT_OF_RANGE, data.values()), good.results);
    insert(
        connection,
        WITHOUT_VALUES,
        ofYear(
            data,
            WITHOUT_VALUES,
            data.values().stream()
                .map(v -> new IndicatorValue(v.unitCode(), v.indicatorCode(), null, v.note()))
                .toList()),
        good.results);
    insert(
        connection,
        UNREADABLE_RESULTS,
        ofYear(data, UNREADABLE_RESULTS, data.values()),
        List.of("not compressed results".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    connection.commit();
  }

  private record Revision(byte[] packageBytes, List<byte[]> results) {}

  private static Revision revisionOf2013(Connection connection) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT p.id, p.package_bytes FROM publication p JOIN cycle c ON p.cycle_id = c.id"
                + " WHERE c.year = 2013 ORDER BY p.revision DESC")) {
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("The demo year 2013 is not published");
        }
        long id = row.getLong(1);
        byte[] packageBytes = row.getBytes(2);
        List<byte[]> parts = new ArrayList<>();
        try (PreparedStatement results =
            connection.prepareStatement(
                "SELECT bytes FROM publication_results_part WHERE publication_id = ? ORDER BY part")) {
          results.setLong(1, id);
          try (ResultSet part = results.executeQuery()) {
            while (part.next()) {
              parts.add(part.getBytes(1));
            }
          }
        }
        return new Revision(packageBytes, parts);
      }
    }
  }

  private static byte[] ofYear(CyclePackage data, int year, List<IndicatorValue> values) {
    Framework framework = data.framework();
    return PackageWriter.toZip(
        new CyclePackage(
            new Framework(
                framework.code(),
                year,
                framework.name(),
                framework.missing(),
                framework.groups(),
                framework.classes(),
                framework.nodes()),
            data.units(),
            values));
  }

  private static void insert(Connection connection, int year, byte[] zip, List<byte[]> results)
      throws SQLException {
    Timestamp now = Timestamp.from(Instant.now());
    long cycle;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO cycle (year, status, framework_code, name_vi, name_en, missing_policy,"
                + " updated_at, version) VALUES (?, 'PUBLISHED', ?, ?, ?, 'exclude', ?, 0)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setInt(1, year);
      insert.setString(2, "BROKEN-" + year);
      insert.setString(3, "Năm hỏng " + year);
      insert.setString(4, "Broken year " + year);
      insert.setTimestamp(5, now);
      insert.executeUpdate();
      cycle = generatedKey(insert);
    }
    long publication;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO publication (cycle_id, revision, package_bytes, package_sha256,"
                + " results_sha256, uncertainty_draws, uncertainty_seed, published_by,"
                + " published_at) VALUES (?, 1, ?, ?, ?, 0, 0, 'someone', ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, cycle);
      insert.setBytes(2, zip);
      insert.setString(3, "0".repeat(64));
      insert.setString(4, "0".repeat(64));
      insert.setTimestamp(5, now);
      insert.executeUpdate();
      publication = generatedKey(insert);
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO publication_results_part (publication_id, part, bytes) VALUES (?, ?, ?)")) {
      for (int part = 0; part < results.size(); part++) {
        insert.setLong(1, publication);
        insert.setInt(2, part);
        insert.setBytes(3, results.get(part));
        insert.executeUpdate();
      }
    }
  }

  private static long generatedKey(Statement statement) throws SQLException {
    try (ResultSet keys = statement.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new IllegalStateException("No generated id");
      }
      return keys.getLong(1);
    }
  }
}
