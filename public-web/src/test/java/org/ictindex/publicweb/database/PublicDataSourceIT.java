package org.ictindex.publicweb.database;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.ictindex.domain.testing.MicroInstance;
import org.ictindex.publicweb.testing.AdminAppPreparesTheDatabase;
import org.ictindex.publicweb.testing.BrokenPublications;
import org.ictindex.publicweb.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the public app: its connection reads, and the database refuses every write through it,
 * because the account it connects with may only read (on the embedded database the SELECT-only
 * account of the migrations; on MariaDB the account of {@code ICTINDEX_PUBLIC_DB_USER}).
 */
@ExtendWith({AdminAppPreparesTheDatabase.class, ArquillianExtension.class})
class PublicDataSourceIT {

  private static final String DATA_SOURCE = "java:app/jdbc/ictindex";

  @Deployment
  static WebArchive publicApp() {
    // Under its own name rather than at the server's root, where the test runner cannot be found.
    // The test runs inside the app; its annotations name the extension, which must load there.
    WebArchive archive =
        Deployments.publicApp()
            .addClasses(
                PublicDataSourceIT.class,
                AdminAppPreparesTheDatabase.class,
                BrokenPublications.class,
                MicroInstance.class);
    archive.delete("WEB-INF/payara-web.xml");
    return archive;
  }

  @Test
  void thePublicConnectionReadsButCannotWrite() throws Exception {
    DataSource dataSource = InitialContext.doLookup(DATA_SOURCE);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet published = statement.executeQuery("SELECT COUNT(*) FROM publication")) {
        assertTrue(published.next());
      }

      assertRefused(statement, "UPDATE cycle SET status = status WHERE 1 = 0");
      assertRefused(statement, "DELETE FROM audit_record WHERE 1 = 0");
      assertRefused(
          statement,
          "INSERT INTO account (username, canonical_name, password_hash, role, enabled,"
              + " created_at) VALUES ('intruder', 'intruder', 'x', 'ADMIN', TRUE,"
              + " CURRENT_TIMESTAMP)");
      assertRefused(statement, "CREATE TABLE intruder (id INT)");
    }
  }

  /** The database refuses the statement for want of rights (H2: "rights", MySQL: "denied"). */
  private static void assertRefused(Statement statement, String sql) {
    SQLException refused = assertThrows(SQLException.class, () -> statement.execute(sql), sql);
    String message = refused.getMessage().toLowerCase(java.util.Locale.ROOT);
    assertTrue(message.contains("rights") || message.contains("denied"), sql + ": " + message);
  }
}
