package org.ictindex.domain.database;

import java.util.List;

/** What the database is, and which migrations gave it its schema. */
public record DatabaseStatus(
    String productName, String productVersion, List<AppliedMigration> migrations) {

  public DatabaseStatus {
    migrations = List.copyOf(migrations);
  }

  /** The version of the newest applied migration, or "0" on an empty database. */
  public String schemaVersion() {
    return migrations.isEmpty() ? "0" : migrations.get(migrations.size() - 1).version();
  }
}
