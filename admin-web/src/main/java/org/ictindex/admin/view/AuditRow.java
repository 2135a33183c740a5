package org.ictindex.admin.view;

import java.io.Serializable;
import java.time.Instant;
import org.ictindex.domain.audit.AuditRecord;

/** One audit record as the audit screen keeps it between requests. */
public record AuditRow(
    long id,
    Instant recordedAt,
    String actor,
    String action,
    Integer year,
    String subject,
    String oldValue,
    String newValue,
    String reason)
    implements Serializable {

  /** Longer values are shown cut short, with the whole text one click away. */
  static final int SHORT_LENGTH = 80;

  static AuditRow of(AuditRecord record) {
    return new AuditRow(
        record.id(),
        record.recordedAt(),
        record.actor(),
        record.action(),
        record.cycleYear(),
        record.subject(),
        record.oldValue(),
        record.newValue(),
        record.reason());
  }

  /** Whether the old or the new value is too long to show whole in the table. */
  public boolean isLong() {
    return isLong(oldValue) || isLong(newValue);
  }

  public String shortOldValue() {
    return shorten(oldValue);
  }

  public String shortNewValue() {
    return shorten(newValue);
  }

  private static boolean isLong(String value) {
    return value != null && value.length() > SHORT_LENGTH;
  }

  private static String shorten(String value) {
    return isLong(value) ? value.substring(0, SHORT_LENGTH) + "…" : value;
  }
}
