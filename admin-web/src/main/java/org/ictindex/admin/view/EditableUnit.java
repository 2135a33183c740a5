package org.ictindex.admin.view;

import java.util.ArrayList;
import java.util.List;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;

/**
 * A unit or a unit group in the units editor's working copy (a group has no group code and no
 * predecessors).
 */
public class EditableUnit extends EditableNamed {

  private static final long serialVersionUID = 1L;

  private String groupCode;
  private List<String> predecessors = new ArrayList<>();
  private final List<String> errors = new ArrayList<>();

  public EditableUnit() {}

  EditableUnit(Unit unit) {
    show(unit.code(), unit.name());
    groupCode = unit.groupCode();
    predecessors = new ArrayList<>(unit.predecessors());
  }

  EditableUnit(UnitGroup group) {
    show(group.code(), group.name());
  }

  Unit toUnit() {
    return new Unit(
        modelCode(), groupCode == null ? "" : groupCode, modelName(), List.copyOf(predecessors));
  }

  UnitGroup toGroup() {
    return new UnitGroup(modelCode(), modelName());
  }

  public List<String> getErrors() {
    return errors;
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
