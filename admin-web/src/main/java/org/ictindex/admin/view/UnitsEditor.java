package org.ictindex.admin.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ictindex.domain.cycle.DraftStructureService;
import org.ictindex.domain.cycle.InvalidPackageException;
import org.ictindex.domain.cycle.YearStructure;
import org.ictindex.domain.framework.ApplicableIndicators;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;

/**
 * The units and groups of one year: a working copy changed on the screen and saved whole, checked
 * as the importer checks a package, with each error shown at the unit or group it concerns.
 */
@Named
@ViewScoped
public class UnitsEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DraftStructureService structures;
  @Inject private Feedback feedback;
  @Inject private CurrentLanguage language;

  private int year;
  private boolean loaded;
  private boolean editable;
  private long version;
  private List<EditableUnit> groups;
  private List<EditableUnit> units;
  private List<String> previousUnitCodes;
  private Map<String, Integer> valuesPerUnit;
  private Integer valuesToDrop;

  /** Loads the year's units when the page opens; an unknown year leaves a message. */
  public void load() {
    if (loaded) {
      return;
    }
    YearStructure structure = feedback.attempt(() -> structures.structure(year));
    if (structure == null) {
      return;
    }
    loaded = true;
    editable = structure.isEditable();
    version = structure.version();
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
    valuesToDrop = null;
  }

  public void addUnit() {
    EditableUnit unit = new EditableUnit();
    unit.setGroupCode(groups.isEmpty() ? null : groups.get(0).getCode());
    units.add(unit);
    valuesToDrop = null;
  }

  public void removeUnit(EditableUnit unit) {
    units.remove(unit);
    valuesToDrop = null;
  }

  public void addGroup() {
    groups.add(new EditableUnit());
    valuesToDrop = null;
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

  /** Checks the working copy; asks first when valid values would go; otherwise saves. */
  public void save() {
    if (check() && valuesToDrop == 0) {
      store();
    }
  }

  /** Saves after the person confirmed that the counted values go. */
  public void confirmSave() {
    if (check()) {
      store();
    }
  }

  public void cancelSave() {
    valuesToDrop = null;
  }

  private void store() {
    try {
      List<String> changes =
          structures.replaceUnits(
              year,
              groups.stream().map(EditableUnit::toGroup).toList(),
              units.stream().map(EditableUnit::toUnit).toList(),
              version);
      if (changes.isEmpty()) {
        feedback.infoKey("units.saved.nothing");
      } else {
        feedback.infoKey("units.saved", changes.size());
      }
      loaded = false;
      load();
    } catch (InvalidPackageException invalid) {
      invalid.errors().forEach(error -> feedback.error(error.format(language.getCode())));
    } catch (RuntimeException refused) {
      feedback.report(refused);
    }
  }

  private boolean check() {
    units.forEach(unit -> unit.getErrors().clear());
    groups.forEach(group -> group.getErrors().clear());
    YearStructure current = feedback.attempt(() -> structures.structure(year));
    if (current == null) {
      return false;
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
    Map<String, List<EditableUnit>> byCode = new HashMap<>();
    units.forEach(
        unit -> byCode.computeIfAbsent(unit.toUnit().code(), c -> new ArrayList<>()).add(unit));
    groups.forEach(
        group -> byCode.computeIfAbsent(group.toGroup().code(), c -> new ArrayList<>()).add(group));
    List<PackageCheck.PlacedError> errors = PackageCheck.errors(data, byCode.keySet());
    int unknownPredecessors = 0;
    Set<String> previous = new HashSet<>(current.previousUnitCodes());
    Set<String> alreadyNamed = new HashSet<>();
    current.units().forEach(unit -> alreadyNamed.addAll(unit.predecessors()));
    for (EditableUnit unit : units) {
      for (String predecessor : unit.getPredecessors()) {
        if (!previous.contains(predecessor) && !alreadyNamed.contains(predecessor)) {
          unit.getErrors().add(feedback.text("units.predecessor.unknown", predecessor));
          unknownPredecessors++;
        }
      }
    }
    for (PackageCheck.PlacedError placed : errors) {
      if (placed.owner() != null) {
        byCode
            .get(placed.owner())
            .forEach(row -> row.getErrors().add(placed.error().message(language.getCode())));
      } else {
        feedback.error(placed.error().format(language.getCode()));
      }
    }
    if (!errors.isEmpty() || unknownPredecessors > 0) {
      feedback.errorKey("units.invalid", errors.size() + unknownPredecessors);
      FacesContext.getCurrentInstance().validationFailed();
      valuesToDrop = null;
      return false;
    }
    valuesToDrop = dropped.size();
    return true;
  }

  public boolean isLoaded() {
    return loaded;
  }

  public boolean isEditable() {
    return editable;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
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

  public Integer getValuesToDrop() {
    return valuesToDrop;
  }
}
