package org.ictindex.admin.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;

/**
 * A unit or a unit group in the units editor's working copy (a group has no group code and no
 * predecessors).
 */
public class EditableUnit implements Serializable {

  private static final long serialVersionUID = 1L;

  private String code = "";
  private String nameVi = "";
  private String nameEn = "";
  private String groupCode;
  private List<String> predecessors = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();

  public EditableUnit() {}

  EditableUnit(Unit unit) {
    code = unit.code();
    nameVi = unit.name().vi();
    nameEn = unit.name().en() == null ? "" : unit.name().en();
    groupCode = unit.groupCode();
    predecessors = new ArrayList<>(unit.predecessors());
  }

  EditableUnit(UnitGroup group) {
    code = group.code();
    nameVi = group.name().vi();
    nameEn = group.name().en() == null ? "" : group.name().en();
  }

  Unit toUnit() {
    return new Unit(
        stripped(code), groupCode == null ? "" : groupCode, name(), List.copyOf(predecessors));
  }

  UnitGroup toGroup() {
    return new UnitGroup(stripped(code), name());
  }

  private LocalizedText name() {
    return new LocalizedText(
        stripped(nameVi), nameEn == null || nameEn.isBlank() ? null : nameEn.strip());
  }

  private static String stripped(String text) {
    return text == null ? "" : text.strip();
  }

  public List<String> getErrors() {
    return errors;
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

  public String getGroupCode() {
    return groupCode;
  }

  public void setGroupCode(String groupCode) {
    this.groupCode = groupCode;
  }

  public List<String> getPredecessors() {
    return predecessors;
  }

  public void setPredecessors(List<String> predecessors) {
    this.predecessors = predecessors == null ? new ArrayList<>() : new ArrayList<>(predecessors);
  }
}
