package org.ictindex.domain.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which audit records to show; a null field does not filter. Dates are days in Vietnam's time zone,
 * both inclusive.
 */
public record AuditFilter(
    String actor, Integer year, AuditAction action, LocalDate from, LocalDate to)
    implements Serializable {

  /** The time zone in which audit times are shown and dates are meant. */
  public static final ZoneId TIME_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  /** No filter: every record. */
  public static AuditFilter everything() {
    return new AuditFilter(null, null, null, null, null);
  }
}
