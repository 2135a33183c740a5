package org.ictindex.domain.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import org.ictindex.domain.cycle.Cycle;
import org.ictindex.scoring.model.IndicatorValue;

/**
 * One unit's value of one indicator in a year, with its note and who recorded it last. The value
 * keeps its exact decimal text; an empty value is a missing one.
 */
@Entity
@Table(name = "indicator_value")
@NamedQuery(
    name = RecordedValue.FIND_ONE,
    query =
        "SELECT v FROM RecordedValue v WHERE v.cycle = :cycle AND v.unitCode = :unitCode"
            + " AND v.indicatorCode = :indicatorCode")
@NamedQuery(
    name = RecordedValue.FIND_BY_UNIT,
    query =
        "SELECT v FROM RecordedValue v WHERE v.cycle = :cycle AND v.unitCode = :unitCode"
            + " ORDER BY v.position")
@NamedQuery(
    name = RecordedValue.FIND_BY_GROUP,
    query =
        "SELECT v FROM RecordedValue v WHERE v.cycle = :cycle AND v.unitCode IN (SELECT u.code"
            + " FROM AssessedUnit u WHERE u.cycle = :cycle AND u.groupCode = :groupCode)"
            + " ORDER BY v.position")
public class RecordedValue {

  public static final String FIND_ONE = "RecordedValue.findOne";
  public static final String FIND_BY_UNIT = "RecordedValue.findByUnit";
  public static final String FIND_BY_GROUP = "RecordedValue.findByGroup";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cycle_id")
  private Cycle cycle;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "unit_code", nullable = false, length = 64)
  private String unitCode;

  @Column(name = "indicator_code", nullable = false, length = 64)
  private String indicatorCode;

  @Column(name = "value", length = 64)
  private String value;

  @Column(name = "note", nullable = false, length = 4000)
  private String note;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected RecordedValue() {}

  public RecordedValue(
      Cycle cycle, int position, IndicatorValue value, String recordedBy, Instant recordedAt) {
    this.cycle = cycle;
    this.position = position;
    this.unitCode = value.unitCode();
    this.indicatorCode = value.indicatorCode();
    this.value = value.value() == null ? null : value.value().toPlainString();
    this.note = value.note() == null ? "" : value.note();
    this.updatedBy = recordedBy;
    this.updatedAt = recordedAt;
  }

  /** Replaces the value and note; {@code null} clears the value (missing). */
  public void change(BigDecimal newValue, String newNote, String changedBy, Instant changedAt) {
    this.value = newValue == null ? null : newValue.toPlainString();
    this.note = newNote == null ? "" : newNote;
    this.updatedBy = changedBy;
    this.updatedAt = changedAt;
  }

  public IndicatorValue toModel() {
    return toModel(unitCode, indicatorCode, value, note);
  }

  /** The methodology's value from the columns of a stored one. */
  public static IndicatorValue toModel(
      String unitCode, String indicatorCode, String value, String note) {
    return new IndicatorValue(
        unitCode, indicatorCode, value == null ? null : new BigDecimal(value), note);
  }

  public String unitCode() {
    return unitCode;
  }

  public String indicatorCode() {
    return indicatorCode;
  }

  public String valueText() {
    return value;
  }

  public String note() {
    return note;
  }

  public long version() {
    return version;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
