package org.ictindex.domain.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A revision taken off the public site by an administrator, with who, when and why. Like the
 * revision itself it is inserted once and never updated or removed: the revision stays for
 * auditors, and the year leaves the public site until a later revision is published.
 */
@Entity
@Table(name = "publication_withdrawal")
@NamedQuery(
    name = Withdrawal.FIND_BY_CYCLE,
    query =
        "SELECT w FROM Withdrawal w WHERE w.publication.cycle = :cycle"
            + " ORDER BY w.publication.revision")
public class Withdrawal {

  public static final String FIND_BY_CYCLE = "Withdrawal.findByCycle";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false)
  @JoinColumn(name = "publication_id", updatable = false)
  private Publication publication;

  @Column(name = "withdrawn_by", nullable = false, updatable = false, length = 100)
  private String withdrawnBy;

  @Column(name = "withdrawn_at", nullable = false, updatable = false)
  private Instant withdrawnAt;

  @Column(name = "reason", nullable = false, updatable = false, length = 4000)
  private String reason;

  protected Withdrawal() {}

  Withdrawal(Publication publication, String withdrawnBy, Instant withdrawnAt, String reason) {
    this.publication = publication;
    this.withdrawnBy = withdrawnBy;
    this.withdrawnAt = withdrawnAt;
    this.reason = reason;
  }

  public Publication publication() {
    return publication;
  }

  /** The number of the revision withdrawn. */
  public int revision() {
    return publication.revision();
  }

  public String withdrawnBy() {
    return withdrawnBy;
  }

  public Instant withdrawnAt() {
    return withdrawnAt;
  }

  public String reason() {
    return reason;
  }
}
