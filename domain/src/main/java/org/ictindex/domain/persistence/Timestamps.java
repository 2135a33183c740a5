package org.ictindex.domain.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The one clock of stored records. */
public final class Timestamps {

  private Timestamps() {}

  /**
   * Now, to the second. The time is stored and read back exactly at this precision on every
   * database: EclipseLink drops fractions of a second on MariaDB (which reports itself as MySQL
   * 5.5), and the audit chain hashes the time as it is stored.
   */
  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }
}
