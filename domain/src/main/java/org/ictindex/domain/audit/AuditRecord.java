package org.ictindex.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the audit trail. Each record stores the hash of the record before it and the hash of
 * its own canonical content, so an edited, deleted or inserted record breaks the chain.
 */
@Entity
@Table(name = "audit_record")
@NamedQuery(name = AuditRecord.FIND_LAST, query = "SELECT a FROM AuditRecord a ORDER BY a.id DESC")
public class AuditRecord {

  public static final String FIND_LAST = "AuditRecord.findLast";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "actor", nullable = false, updatable = false, length = 100)
  private String actor;

  @Column(name = "action", nullable = false, updatable = false, length = 64)
  private String action;

  @Column(name = "cycle_year", updatable = false)
  private Integer cycleYear;

  @Column(name = "subject", nullable = false, updatable = false, length = 500)
  private String subject;

  @Lob
  @Column(name = "old_value", updatable = false)
  private String oldValue;

  @Lob
  @Column(name = "new_value", updatable = false)
  private String newValue;

  @Column(name = "reason", updatable = false, length = 4000)
  private String reason;

  @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
  private String previousHash;

  @Column(name = "record_hash", nullable = false, updatable = false, length = 64)
  private String recordHash;

  protected AuditRecord() {}

  AuditRecord(AuditEntry entry, Instant recordedAt, String previousHash) {
    this.recordedAt = recordedAt;
    this.actor = entry.actor();
    this.action = entry.action().name();
    this.cycleYear = entry.cycleYear();
    this.subject = entry.subject();
    this.oldValue = entry.oldValue();
    this.newValue = entry.newValue();
    this.reason = entry.reason();
    this.previousHash = previousHash;
    this.recordHash = AuditChain.hash(previousHash, canonicalContent());
  }

  /** The fields the hash covers, in a fixed order, each length-prefixed so none can blur. */
  String canonicalContent() {
    StringBuilder content = new StringBuilder();
    for (String field :
        new String[] {
          recordedAt.toString(),
          actor,
          action,
          cycleYear == null ? "" : cycleYear.toString(),
          subject,
          oldValue,
          newValue,
          reason
        }) {
      String text = field == null ? "\u0000" : field;
      content.append(text.length()).append(':').append(text).append('\n');
    }
    return content.toString();
  }

  public Long id() {
    return id;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public Integer cycleYear() {
    return cycleYear;
  }

  public String subject() {
    return subject;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }

  public String reason() {
    return reason;
  }

  public String previousHash() {
    return previousHash;
  }

  public String recordHash() {
    return recordHash;
  }
}
