package org.ictindex.admin.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ictindex.domain.cycle.YearStructure;
import org.ictindex.domain.framework.ApplicableIndicators;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;
import org.ictindex.scoring.pkg.ModelValidation;
import org.ictindex.scoring.pkg.NormalForm;
import org.ictindex.scoring.pkg.Problem;

/**
 * The units and groups of one year: a working copy changed on the screen and saved whole, checked
 * by the validation of the model (predecessors against the previous published year included), with
 * each problem shown at the unit or group it concerns.
 */
@Named
@ViewScoped
public class UnitsEditor extends StructureEditor {

  private static final long serialVersionUID = 1L;

  private List<EditableUnit> groups;
  private List<EditableUnit> units;
  private List<String> previousUnitCodes;
  private Map<String, Integer> valuesPerUnit;

  @Override
  protected void show(YearStructure structure) {
    groups =
        structure.framework().groups().stream()
            .map(EditableUnit::new)
            .collect(Collectors.toCollection(ArrayList::new));
    units =
        structure.units().stream()
            .map(EditableUnit::new)
            .collect(Collectors.toCollection(ArrayList::new));
    previousUnitCodes = new ArrayList<>(structure.previousUnitCodes());
    valuesPerUnit = new HashMap<>();
    structure.values().forEach(value -> valuesPerUnit.merge(value.unitCode(), 1, Integer::sum));
  }

  public void addUnit() {
    EditableUnit unit = new EditableUnit();
    unit.setGroupCode(groups.isEmpty() ? null : groups.get(0).getCode());
    units.add(unit);
    edited();
  }

  public void removeUnit(EditableUnit unit) {
    units.remove(unit);
    edited();
  }

  public void addGroup() {
    groups.add(new EditableUnit());
    edited();
  }

  /** The units of the previous published year whose code contains what was typed. */
  public List<String> completePredecessor(String typed) {
    String wanted = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    return previousUnitCodes.stream()
        .filter(code -> code.toUpperCase(Locale.ROOT).contains(wanted))
        .toList();
  }

  /** What removing the unit asks: it names how many recorded values go with it. */
  public String removeConfirmation(EditableUnit unit) {
    return feedback.text(
        "units.remove.confirm", unit.getCode(), valuesPerUnit.getOrDefault(unit.getCode(), 0));
  }

  @Override
  protected List<String> store() {
    return structures.replaceUnits(
        year,
        groups.stream().map(EditableUnit::toGroup).toList(),
        units.stream().map(EditableUnit::toUnit).toList(),
        version);
  }

  @Override
  protected String savedKey() {
    return "units.saved";
  }

  @Override
  protected Integer checkWorkingCopy() {
    units.forEach(unit -> unit.getErrors().clear());
    groups.forEach(group -> group.getErrors().clear());
    YearStructure current = feedback.attempt(() -> structures.structure(year));
    if (current == null) {
      return null;
    }
    Framework old = current.framework();
    List<UnitGroup> newGroups = groups.stream().map(EditableUnit::toGroup).toList();
    Framework framework =
        new Framework(
            old.code(),
            old.year(),
            old.name(),
            old.missing(),
            newGroups,
            old.classes(),
            old.nodes());
    List<Unit> newUnits = units.stream().map(EditableUnit::toUnit).toList();
    List<IndicatorValue> dropped =
        ApplicableIndicators.orphans(framework, newUnits, current.values());
    Set<IndicatorValue> droppedSet = new HashSet<>(dropped);
    CyclePackage data =
        new CyclePackage(
            framework,
            newUnits,
            current.values().stream().filter(value -> !droppedSet.contains(value)).toList());
    List<Problem> problems = ModelValidation.validate(NormalForm.of(data), current.previous());
    for (Problem problem : problems) {
      String text = problem.message(language.getCode());
      // The model's units and groups are the working copy's, in the same order.
      switch (problem.concern()) {
        case UNIT -> units.get(problem.position()).getErrors().add(text);
        case GROUP -> groups.get(problem.position()).getErrors().add(text);
        default -> feedback.error(text);
      }
    }
    if (!problems.isEmpty()) {
      feedback.errorKey("units.invalid", problems.size());
      FacesContext.getCurrentInstance().validationFailed();
      return null;
    }
    return dropped.size();
  }

  public List<EditableUnit> getGroups() {
    return groups;
  }

  public List<EditableUnit> getUnits() {
    return units;
  }

  public List<String> getPreviousUnitCodes() {
    return previousUnitCodes;
  }
}
