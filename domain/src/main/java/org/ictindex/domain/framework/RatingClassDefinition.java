package org.ictindex.domain.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.ictindex.domain.cycle.Cycle;
import org.ictindex.scoring.model.RatingClass;

/** A class (xếp loại) of a year's framework with its threshold. */
@Entity
@Table(name = "rating_class")
public class RatingClassDefinition {

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

  @Column(name = "min_percent", nullable = false, length = 40)
  private String minPercent;

  protected RatingClassDefinition() {}

  public RatingClassDefinition(Cycle cycle, int position, RatingClass ratingClass) {
    this.cycle = cycle;
    this.position = position;
    this.code = ratingClass.code();
    this.nameVi = ratingClass.name().vi();
    this.nameEn = Texts.orEmpty(ratingClass.name().en());
    this.minPercent = ratingClass.minPercent().toPlainString();
  }

  public RatingClass toModel() {
    return new RatingClass(code, Texts.localized(nameVi, nameEn), new BigDecimal(minPercent));
  }
}
