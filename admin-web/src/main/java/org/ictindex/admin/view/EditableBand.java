package org.ictindex.admin.view;

import java.io.Serializable;
import java.math.BigDecimal;
import org.ictindex.scoring.model.Rule;

/** One step of a bands rule in the framework editor's working copy. */
public class EditableBand implements Serializable {

  private static final long serialVersionUID = 1L;

  private BigDecimal from;
  private BigDecimal points;

  public EditableBand() {}

  EditableBand(Rule.Band band) {
    this.from = band.from();
    this.points = band.points();
  }

  Rule.Band toModel() {
    return new Rule.Band(from, points);
  }

  public BigDecimal getFrom() {
    return from;
  }

  public void setFrom(BigDecimal from) {
    this.from = from;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public void setPoints(BigDecimal points) {
    this.points = points;
  }
}
