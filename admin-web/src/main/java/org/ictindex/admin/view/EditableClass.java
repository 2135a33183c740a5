package org.ictindex.admin.view;

import java.io.Serializable;
import java.math.BigDecimal;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.RatingClass;

/** A rating class in the framework editor's working copy. */
public class EditableClass implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code = "";
  private String nameVi = "";
  private String nameEn = "";
  private BigDecimal minPercent;

  public EditableClass() {}

  EditableClass(RatingClass ratingClass) {
    code = ratingClass.code();
    nameVi = ratingClass.name().vi();
    nameEn = ratingClass.name().en() == null ? "" : ratingClass.name().en();
    minPercent = ratingClass.minPercent();
  }

  RatingClass toModel() {
    return new RatingClass(
        code == null ? "" : code.strip(),
        new LocalizedText(
            nameVi == null ? "" : nameVi.strip(),
            nameEn == null || nameEn.isBlank() ? null : nameEn.strip()),
        minPercent);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getNameVi() {
    return nameVi;
  }

  public void setNameVi(String nameVi) {
    this.nameVi = nameVi;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public BigDecimal getMinPercent() {
    return minPercent;
  }

  public void setMinPercent(BigDecimal minPercent) {
    this.minPercent = minPercent;
  }
}
