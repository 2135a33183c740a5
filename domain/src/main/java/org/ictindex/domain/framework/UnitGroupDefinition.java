package org.ictindex.domain.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.ictindex.domain.cycle.Cycle;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.UnitGroup;

/** A group of units that a year ranks among themselves. */
@Entity
@Table(name = "unit_group")
public class UnitGroupDefinition {

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

  @Column(name = "name_vi", nullable = false, length = 500)
  private String nameVi;

  @Column(name = "name_en", nullable = false, length = 500)
  private String nameEn;

  protected UnitGroupDefinition() {}

  public UnitGroupDefinition(Cycle cycle, int position, UnitGroup group) {
    this.cycle = cycle;
    this.position = position;
    this.code = group.code();
    this.nameVi = group.name().vi();
    this.nameEn = Texts.orEmpty(group.name().en());
  }

  public UnitGroup toModel() {
    return new UnitGroup(code, Texts.localized(nameVi, nameEn));
  }

  public String code() {
    return code;
  }

  public LocalizedText name() {
    return Texts.localized(nameVi, nameEn);
  }
}
