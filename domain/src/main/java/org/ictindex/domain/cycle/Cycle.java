package org.ictindex.domain.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.ictindex.domain.framework.Texts;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.MissingPolicy;

/** One assessment year. */
@Entity
@Table(name = "cycle")
@NamedQuery(
    name = Cycle.FIND_BY_STATUS,
    query = "SELECT c FROM Cycle c WHERE c.status IN :statuses ORDER BY c.year DESC")
@NamedQuery(name = Cycle.FIND_BY_YEAR, query = "SELECT c FROM Cycle c WHERE c.year = :year")
@NamedQuery(
    name = Cycle.FIND_PUBLISHED_BEFORE,
    query =
        "SELECT c FROM Cycle c WHERE c.year < :year AND c.status IN :statuses"
            + " ORDER BY c.year DESC")
public class Cycle {

  public static final String FIND_BY_STATUS = "Cycle.findByStatus";
  public static final String FIND_BY_YEAR = "Cycle.findByYear";
  public static final String FIND_PUBLISHED_BEFORE = "Cycle.findPublishedBefore";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "year", nullable = false, unique = true)
  private int year;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private CycleStatus status;

  @Column(name = "framework_code", nullable = false, length = 64)
  private String frameworkCode;

  @Column(name = "name_vi", nullable = false, length = 500)
  private String nameVi;

  @Column(name = "name_en", nullable = false, length = 500)
  private String nameEn;

  @Column(name = "missing_policy", nullable = false, length = 16)
  private String missingPolicy;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Cycle() {}

  /** A new draft year described by the given framework. */
  public Cycle(Framework framework, Instant createdAt) {
    this.year = framework.year();
    this.status = CycleStatus.DRAFT;
    describe(framework, createdAt);
  }

  /** Takes the framework's code, names and missing-value policy (an import replaces them). */
  public void describe(Framework framework, Instant changedAt) {
    this.frameworkCode = framework.code();
    this.nameVi = framework.name().vi();
    this.nameEn = Texts.orEmpty(framework.name().en());
    this.missingPolicy = framework.missing().code();
    this.updatedAt = changedAt;
  }

  public Long id() {
    return id;
  }

  public int year() {
    return year;
  }

  public CycleStatus status() {
    return status;
  }

  public String frameworkCode() {
    return frameworkCode;
  }

  public LocalizedText name() {
    return Texts.localized(nameVi, nameEn);
  }

  public MissingPolicy missingPolicy() {
    return java.util.Arrays.stream(MissingPolicy.values())
        .filter(policy -> policy.code().equals(missingPolicy))
        .findFirst()
        .orElseThrow();
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  /** Revision 1 was frozen. */
  public void markPublished(Instant at) {
    status = CycleStatus.PUBLISHED;
    updatedAt = at;
  }

  /** A later revision replaced the public one. */
  public void markCorrected(Instant at) {
    status = CycleStatus.CORRECTED;
    updatedAt = at;
  }

  /** Its current revision was withdrawn from the public site. */
  public void markWithdrawn(Instant at) {
    status = CycleStatus.WITHDRAWN;
    updatedAt = at;
  }

  /** Published or corrected: the public site shows it, and only a correction changes it. */
  public boolean isPublic() {
    return status.isPublic();
  }
}
