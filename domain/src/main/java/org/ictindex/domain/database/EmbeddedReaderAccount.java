package org.ictindex.domain.database;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Makes the embedded database and its read-only account exist before the public app first connects.
 * Both apps run in one process and Payara Micro deploys them in no fixed order; when the public app
 * comes first there is no database yet, its reader cannot log in, and its deployment fails. The
 * owner account creates the database, still empty, and the reader with the statements of the
 * migration that the admin app runs anyway; the admin app then migrates it as usual.
 */
final class EmbeddedReaderAccount {

  /** The migration that creates the reader; it is written so that it can run more than once. */
  static final String MIGRATION = "db/h2/V3__public_reader_account.sql";

  private EmbeddedReaderAccount() {}

  static void prepare(DatabaseSettings reader) throws SQLException {
    try (Connection connection =
            ConfiguredDataSource.embedded(reader.embeddedOwner()).getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements()) {
        statement.execute(sql);
      }
    }
  }

  private static List<String> statements() {
    try (InputStream in =
        EmbeddedReaderAccount.class.getClassLoader().getResourceAsStream(MIGRATION)) {
      if (in == null) {
        throw new IllegalStateException(MIGRATION + " is missing from the application");
      }
      String withoutComments =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(line -> !line.stripLeading().startsWith("--"))
              .collect(Collectors.joining("\n"));
      return Arrays.stream(withoutComments.split(";"))
          .map(String::strip)
          .filter(sql -> !sql.isEmpty())
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + MIGRATION, e);
    }
  }
}
