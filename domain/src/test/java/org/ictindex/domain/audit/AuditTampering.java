package org.ictindex.domain.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.ictindex.domain.account.Permission;
import org.ictindex.domain.database.DatabaseSchema;

/**
 * Test access to the audit trail: records an entry, edits a stored row with plain SQL as someone
 * with database access would, and verifies the chain as someone who may read the audit trail.
 */
@Stateless
@DeclareRoles(Permission.READ_AUDIT_TRAIL_NAME)
@RunAs(Permission.READ_AUDIT_TRAIL_NAME)
public class AuditTampering {

  @Inject private AuditTrail auditTrail;
  @Inject private AuditQueries auditQueries;

  @Resource(lookup = DatabaseSchema.DATA_SOURCE)
  private DataSource dataSource;

  /** Records the entry and returns the id of its record. */
  public long record(AuditEntry entry) {
    auditTrail.record(entry);
    return auditQueries.search(AuditFilter.everything(), 0, 1).get(0).id();
  }

  /**
   * Edits the record. On MySQL/MariaDB a trigger refuses that to every account, so this plays
   * someone who also holds the TRIGGER privilege: drops the trigger, edits, and puts it back.
   */
  public void setNewValue(long id, String newValue) {
    try (Connection connection = dataSource.getConnection();
        Statement ddl = connection.createStatement();
        PreparedStatement update =
            connection.prepareStatement("UPDATE audit_record SET new_value = ? WHERE id = ?")) {
      boolean mySql = connection.getMetaData().getURL().startsWith("jdbc:mysql:");
      if (mySql) {
        ddl.execute("DROP TRIGGER audit_record_no_update");
      }
      try {
        update.setString(1, newValue);
        update.setLong(2, id);
        if (update.executeUpdate() != 1) {
          throw new IllegalStateException("No audit record " + id);
        }
      } finally {
        if (mySql) {
          ddl.execute(
              "CREATE TRIGGER audit_record_no_update BEFORE UPDATE ON audit_record FOR EACH ROW"
                  + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Audit records are append-only'");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public ChainVerification verifyChain() {
    return auditQueries.verifyChain();
  }
}
