package org.ictindex.domain.database;

import java.time.Instant;

/** One row of the migration history. */
public record AppliedMigration(
    String version, String description, Instant installedOn, boolean succeeded) {}
