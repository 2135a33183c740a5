package org.ictindex.admin.view;

import java.io.Serializable;
import org.ictindex.scoring.model.LocalizedText;

/**
 * The code and the Vietnamese and English names that the editors' working copies (nodes, classes,
 * units, groups) all have: bound to the screen's fields as typed, and turned back into the model's
 * texts with the surrounding spaces gone and a blank English name meaning "none".
 */
public abstract class EditableNamed implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code = "";
  private String nameVi = "";
  private String nameEn = "";

  /** Takes the code and names of a model object into the fields. */
  protected void show(String code, LocalizedText name) {
    this.code = code;
    nameVi = name.vi();
    nameEn = name.en() == null ? "" : name.en();
  }

  /** The code as the model takes it; an empty one is left for the validation to refuse. */
  protected String modelCode() {
    return stripped(code);
  }

  /** The names as the model takes them. */
  protected LocalizedText modelName() {
    return new LocalizedText(
        stripped(nameVi), nameEn == null || nameEn.isBlank() ? null : nameEn.strip());
  }

  private static String stripped(String text) {
    return text == null ? "" : text.strip();
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
}
