package org.ictindex.domain.unit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;
import org.ictindex.domain.cycle.Cycle;
import org.ictindex.domain.framework.Texts;
import org.ictindex.scoring.model.Unit;

/** A unit as assessed in one year; its code is its identity across years. */
@Entity
@Table(name = "unit")
public class AssessedUnit {

  private static final String PREDECESSOR_SEPARATOR = "|";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cycle_id")
  private Cycle cycle;

  @Column(name = "position", nullable = false)
  private int position;

  @Column(name = "code", nullable = false, length = 64)
  private String code;

  @Column(name = "group_code", nullable = false, length = 64)
  private String groupCode;

  @Column(name = "name_vi", nullable = false, length = 500)
  private String nameVi;

  @Column(name = "name_en", nullable = false, length = 500)
  private String nameEn;

  /** Codes of the units it was formed from, separated by {@code |}; empty otherwise. */
  @Column(name = "predecessors", nullable = false, length = 1000)
  private String predecessors;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected AssessedUnit() {}

  public AssessedUnit(Cycle cycle, int position, Unit unit) {
    this.cycle = cycle;
    this.position = position;
    this.code = unit.code();
    this.groupCode = unit.groupCode();
    this.nameVi = unit.name().vi();
    this.nameEn = Texts.orEmpty(unit.name().en());
    this.predecessors = String.join(PREDECESSOR_SEPARATOR, unit.predecessors());
  }

  public Unit toModel() {
    List<String> predecessorCodes =
        predecessors.isEmpty()
            ? List.of()
            : Arrays.asList(
                predecessors.split(java.util.regex.Pattern.quote(PREDECESSOR_SEPARATOR)));
    return new Unit(code, groupCode, Texts.localized(nameVi, nameEn), predecessorCodes);
  }

  public String code() {
    return code;
  }

  public String groupCode() {
    return groupCode;
  }

  public int position() {
    return position;
  }
}
