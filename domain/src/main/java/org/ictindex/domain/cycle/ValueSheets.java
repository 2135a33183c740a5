package org.ictindex.domain.cycle;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ictindex.domain.unit.RecordedValue;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.Unit;

/**
 * Reads what a data-entry screen shows, and no more: a whole year for its workbook, one group for
 * its grid, one unit for its form. Runs only inside the transaction of a service that checked the
 * caller's role.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ValueSheets {

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  @Inject private CycleCatalog cycles;
  @Inject private CycleData cycleData;

  /** The whole year's framework, units and values, as its workbook holds them. */
  public ValueSheet wholeYear(int year) {
    Cycle cycle = year(year);
    return sheet(
        cycle,
        cycleData.framework(cycle),
        cycleData.units(cycle),
        entityManager
            .createQuery(
                "SELECT v FROM RecordedValue v WHERE v.cycle = :cycle ORDER BY v.position",
                RecordedValue.class)
            .setParameter("cycle", cycle)
            .getResultList());
  }

  /**
   * One unit's form: the framework, the unit and its values, without reading the year's other units
   * or values.
   *
   * @throws UnknownCycleException for an unknown year or unit
   */
  public ValueSheet unit(int year, String unitCode) {
    Cycle cycle = year(year);
    Unit unit =
        cycleData
            .unit(cycle, unitCode)
            .orElseThrow(() -> UnknownCycleException.noUnit(year, unitCode));
    return sheet(
        cycle,
        cycleData.framework(cycle),
        List.of(unit),
        entityManager
            .createNamedQuery(RecordedValue.FIND_BY_UNIT, RecordedValue.class)
            .setParameter("cycle", cycle)
            .setParameter("unitCode", unitCode)
            .getResultList());
  }

  /**
   * One group's grid: the framework, the group's units and their values, without reading the other
   * groups'. The group is the one named, or the first when the name is none of the year's ({@link
   * ValueSheet#groupShown}).
   */
  public ValueSheet group(int year, String groupCode) {
    Cycle cycle = year(year);
    Framework framework = cycleData.framework(cycle);
    String shown = ValueSheet.groupShown(framework, groupCode);
    if (shown == null) {
      return sheet(cycle, framework, List.of(), List.of());
    }
    return sheet(
        cycle,
        framework,
        cycleData.unitsOf(cycle, shown),
        entityManager
            .createNamedQuery(RecordedValue.FIND_BY_GROUP, RecordedValue.class)
            .setParameter("cycle", cycle)
            .setParameter("groupCode", shown)
            .getResultList());
  }

  private static ValueSheet sheet(
      Cycle cycle, Framework framework, List<Unit> units, List<RecordedValue> recorded) {
    Map<String, ValueSheet.Cell> cells = new LinkedHashMap<>();
    for (RecordedValue value : recorded) {
      cells.put(
          ValueSheet.key(value.unitCode(), value.indicatorCode()),
          new ValueSheet.Cell(
              value.valueText() == null ? "" : value.valueText(), value.note(), value.version()));
    }
    return new ValueSheet(cycle.year(), cycle.status(), framework, units, cells);
  }

  private Cycle year(int year) {
    return cycles
        .find(year)
        .orElseThrow(
            () ->
                new UnknownCycleException(
                    "Không có năm đánh giá " + year + ".",
                    "There is no assessment year " + year + "."));
  }
}
