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

/** One assessment year. */
@Entity
@Table(name = "cycle")
@NamedQuery(
    name = Cycle.FIND_BY_STATUS,
    query = "SELECT c FROM Cycle c WHERE c.status IN :statuses ORDER BY c.year DESC")
public class Cycle {

  public static final String FIND_BY_STATUS = "Cycle.findByStatus";

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

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Cycle() {}

  public Cycle(int year, String frameworkCode) {
    this.year = year;
    this.frameworkCode = frameworkCode;
    this.status = CycleStatus.DRAFT;
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

  public boolean isPublic() {
    return status != CycleStatus.DRAFT;
  }
}
