package org.ictindex.admin.view;

import java.math.BigDecimal;
import org.ictindex.scoring.model.RatingClass;

/** A rating class in the framework editor's working copy. */
public class EditableClass extends EditableNamed {

  private static final long serialVersionUID = 1L;

  private BigDecimal minPercent;

  public EditableClass() {}

  EditableClass(RatingClass ratingClass) {
    show(ratingClass.code(), ratingClass.name());
    minPercent = ratingClass.minPercent();
  }

  RatingClass toModel() {
    return new RatingClass(modelCode(), modelName(), minPercent);
  }

  public BigDecimal getMinPercent() {
    return minPercent;
  }

  public void setMinPercent(BigDecimal minPercent) {
    this.minPercent = minPercent;
  }
}
