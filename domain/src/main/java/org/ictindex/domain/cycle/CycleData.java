package org.ictindex.domain.cycle;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ictindex.domain.framework.FrameworkNode;
import org.ictindex.domain.framework.RatingClassDefinition;
import org.ictindex.domain.framework.UnitGroupDefinition;
import org.ictindex.domain.unit.AssessedUnit;
import org.ictindex.domain.unit.RecordedValue;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Unit;

/**
 * Moves a year's data between the database and the methodology's model: the framework, the units
 * and the values of one cycle, in the order they were given. Runs only inside the transaction of a
 * service that checked the caller's role.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CycleData {

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  /** The year's data as a cycle package. */
  public CyclePackage load(Cycle cycle) {
    List<IndicatorValue> values =
        query(
                "SELECT v FROM RecordedValue v WHERE v.cycle = :cycle ORDER BY v.position",
                RecordedValue.class,
                cycle)
            .stream()
            .map(RecordedValue::toModel)
            .toList();
    return new CyclePackage(framework(cycle), units(cycle), values);
  }

  /** The year's framework alone. */
  public Framework framework(Cycle cycle) {
    return new Framework(
        cycle.frameworkCode(),
        cycle.year(),
        cycle.name(),
        cycle.missingPolicy(),
        query(
                "SELECT g FROM UnitGroupDefinition g WHERE g.cycle = :cycle ORDER BY g.position",
                UnitGroupDefinition.class,
                cycle)
            .stream()
            .map(UnitGroupDefinition::toModel)
            .toList(),
        query(
                "SELECT c FROM RatingClassDefinition c WHERE c.cycle = :cycle ORDER BY c.position",
                RatingClassDefinition.class,
                cycle)
            .stream()
            .map(RatingClassDefinition::toModel)
            .toList(),
        query(
                "SELECT n FROM FrameworkNode n WHERE n.cycle = :cycle AND n.parent IS NULL"
                    + " ORDER BY n.position",
                FrameworkNode.class,
                cycle)
            .stream()
            .map(FrameworkNode::toModel)
            .toList());
  }

  /** The year's units in their order. */
  public List<Unit> units(Cycle cycle) {
    return query(
            "SELECT u FROM AssessedUnit u WHERE u.cycle = :cycle ORDER BY u.position",
            AssessedUnit.class,
            cycle)
        .stream()
        .map(AssessedUnit::toModel)
        .toList();
  }

  /** Replaces every piece of the year's data with the package's. */
  public void replace(Cycle cycle, CyclePackage data, String actor, Instant at) {
    deleteAll("RecordedValue", cycle);
    replaceUnits(cycle, data.units());
    replaceFramework(cycle, data.framework(), at);
    for (int i = 0; i < data.values().size(); i++) {
      entityManager.persist(new RecordedValue(cycle, i, data.values().get(i), actor, at));
    }
  }

  /** Replaces the year's framework, leaving its units and values as they are. */
  public void replaceFramework(Cycle cycle, Framework framework, Instant at) {
    deleteAll("UnitGroupDefinition", cycle);
    deleteAll("RatingClassDefinition", cycle);
    // Children before parents: the tree's foreign key forbids deleting a parent first.
    entityManager
        .createQuery("UPDATE FrameworkNode n SET n.parent = NULL WHERE n.cycle = :cycle")
        .setParameter("cycle", cycle)
        .executeUpdate();
    deleteAll("FrameworkNode", cycle);
    cycle.describe(framework, at);
    for (int i = 0; i < framework.groups().size(); i++) {
      entityManager.persist(new UnitGroupDefinition(cycle, i, framework.groups().get(i)));
    }
    for (int i = 0; i < framework.classes().size(); i++) {
      entityManager.persist(new RatingClassDefinition(cycle, i, framework.classes().get(i)));
    }
    for (int i = 0; i < framework.nodes().size(); i++) {
      entityManager.persist(new FrameworkNode(cycle, null, i, framework.nodes().get(i)));
    }
  }

  /** Replaces the year's units, leaving its framework and values as they are. */
  public void replaceUnits(Cycle cycle, List<Unit> units) {
    deleteAll("AssessedUnit", cycle);
    for (int i = 0; i < units.size(); i++) {
      entityManager.persist(new AssessedUnit(cycle, i, units.get(i)));
    }
  }

  /**
   * Deletes the year's recorded values of the given unit/indicator pairs, one query per indicator.
   */
  public void deleteValues(Cycle cycle, List<IndicatorValue> values) {
    Map<String, List<String>> unitsByIndicator =
        values.stream()
            .collect(
                Collectors.groupingBy(
                    IndicatorValue::indicatorCode,
                    LinkedHashMap::new,
                    Collectors.mapping(IndicatorValue::unitCode, Collectors.toList())));
    unitsByIndicator.forEach(
        (indicatorCode, unitCodes) ->
            entityManager
                .createQuery(
                    "DELETE FROM RecordedValue v WHERE v.cycle = :cycle"
                        + " AND v.indicatorCode = :indicatorCode AND v.unitCode IN :unitCodes")
                .setParameter("cycle", cycle)
                .setParameter("indicatorCode", indicatorCode)
                .setParameter("unitCodes", unitCodes)
                .executeUpdate());
  }

  private void deleteAll(String entity, Cycle cycle) {
    entityManager
        .createQuery("DELETE FROM " + entity + " e WHERE e.cycle = :cycle")
        .setParameter("cycle", cycle)
        .executeUpdate();
  }

  private <T> List<T> query(String jpql, Class<T> type, Cycle cycle) {
    return entityManager.createQuery(jpql, type).setParameter("cycle", cycle).getResultList();
  }
}
