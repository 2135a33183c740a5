package org.ictindex.domain.cycle;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.ictindex.scoring.pkg.ModelValidation.PreviousYear;

/**
 * Moves a year's data between the database and the methodology's model: the framework, the units
 * and the values of one cycle, in the order they were given. Runs only inside the transaction of a
 * service that checked the caller's permission.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CycleData {

  /** Rows sent to the database in one round trip when a package's units or values are stored. */
  private static final int ROWS_PER_BATCH = 1000;

  private static final String INSERT_VALUE =
      "INSERT INTO indicator_value (cycle_id, position, unit_code, indicator_code, value, note,"
          + " updated_by, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)";

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  @Inject private CycleCatalog cycles;

  /** The year's data as a cycle package. */
  public CyclePackage load(Cycle cycle) {
    // Columns rather than entities: a year holds up to a million values, and managing each one
    // as an entity costs far more than reading it.
    List<IndicatorValue> values =
        query(
                "SELECT v.unitCode, v.indicatorCode, v.value, v.note FROM RecordedValue v"
                    + " WHERE v.cycle = :cycle ORDER BY v.position",
                Object[].class,
                cycle)
            .stream()
            .map(
                row ->
                    RecordedValue.toModel(
                        (String) row[0], (String) row[1], (String) row[2], (String) row[3]))
            .toList();
    return new CyclePackage(framework(cycle), units(cycle), values);
  }

  /** How many units, indicators and recorded values the year holds. */
  public ImportSummary summary(Cycle cycle) {
    long units =
        query("SELECT COUNT(u) FROM AssessedUnit u WHERE u.cycle = :cycle", Long.class, cycle)
            .get(0);
    long values =
        query(
                "SELECT COUNT(v) FROM RecordedValue v WHERE v.cycle = :cycle AND v.value IS NOT NULL",
                Long.class,
                cycle)
            .get(0);
    return new ImportSummary(
        cycle.year(), (int) units, framework(cycle).indicators().size(), (int) values);
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

  /**
   * The units of the most recent published year before the given one, which a unit's predecessors
   * must name; empty when no year before is published.
   */
  public Optional<PreviousYear> previousYear(int year) {
    return cycles
        .previousPublished(year)
        .map(
            previous ->
                new PreviousYear(
                    previous.year(), units(previous).stream().map(Unit::code).toList()));
  }

  /** One unit of the year, if there is one with the code. */
  public Optional<Unit> unit(Cycle cycle, String unitCode) {
    return entityManager
        .createQuery(
            "SELECT u FROM AssessedUnit u WHERE u.cycle = :cycle AND u.code = :code",
            AssessedUnit.class)
        .setParameter("cycle", cycle)
        .setParameter("code", unitCode)
        .getResultStream()
        .findFirst()
        .map(AssessedUnit::toModel);
  }

  /** The year's units of one group, in their order. */
  public List<Unit> unitsOf(Cycle cycle, String groupCode) {
    return entityManager
        .createQuery(
            "SELECT u FROM AssessedUnit u WHERE u.cycle = :cycle AND u.groupCode = :groupCode"
                + " ORDER BY u.position",
            AssessedUnit.class)
        .setParameter("cycle", cycle)
        .setParameter("groupCode", groupCode)
        .getResultList()
        .stream()
        .map(AssessedUnit::toModel)
        .toList();
  }

  /** Replaces every piece of the year's data with the package's. */
  public void replace(Cycle cycle, CyclePackage data, String actor, Instant at) {
    deleteAll("RecordedValue", cycle);
    replaceUnits(cycle, data.units());
    replaceFramework(cycle, data.framework(), at);
    insertValues(cycle, data.values(), actor, at);
  }

  /**
   * Stores the values on the transaction's own connection, so they commit or roll back with the
   * rest of the import: streamed to MySQL or MariaDB as one {@code LOAD DATA LOCAL} where the
   * server accepts local data, in JDBC batches otherwise. Persisting up to a million entities one
   * insert at a time (their generated ids forbid EclipseLink's batching) took minutes.
   */
  private void insertValues(
      Cycle cycle, List<IndicatorValue> values, String actor, Instant recordedAt) {
    // Writes the cycle (whose generated id the rows need) and the deletes before the inserts.
    entityManager.flush();
    Connection connection = entityManager.unwrap(Connection.class);
    Timestamp at = Timestamp.from(recordedAt);
    try {
      if (StreamedValueLoad.isAvailable(connection)) {
        StreamedValueLoad.load(connection, cycle.id(), values, actor, at);
      } else {
        insertInBatches(connection, cycle.id(), values, actor, at);
      }
    } catch (SQLException e) {
      throw new PersistenceException("Storing the values of " + cycle.year() + " failed", e);
    }
  }

  private static void insertInBatches(
      Connection connection, long cycleId, List<IndicatorValue> values, String actor, Timestamp at)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(INSERT_VALUE)) {
      // A parameter keeps its value from row to row: the ones every row shares are set once, as
      // the driver formats each value it is given (a timestamp anew every time).
      insert.setLong(1, cycleId);
      insert.setString(7, actor);
      insert.setTimestamp(8, at);
      executeInBatches(
          insert,
          values,
          (position, value) -> {
            insert.setInt(2, position);
            insert.setString(3, value.unitCode());
            insert.setString(4, value.indicatorCode());
            insert.setString(5, value.value() == null ? null : value.value().toPlainString());
            insert.setString(6, value.note() == null ? "" : value.note());
          });
    }
  }

  /** Sets a row's parameters of the statement. */
  @FunctionalInterface
  private interface RowBinding<T> {
    void bind(int position, T row) throws SQLException;
  }

  /**
   * Executes the statement once per row, sending the rows in batches of {@link #ROWS_PER_BATCH}.
   */
  private static <T> void executeInBatches(
      PreparedStatement statement, List<T> rows, RowBinding<T> binding) throws SQLException {
    for (int position = 0; position < rows.size(); position++) {
      binding.bind(position, rows.get(position));
      statement.addBatch();
      if ((position + 1) % ROWS_PER_BATCH == 0) {
        statement.executeBatch();
      }
    }
    statement.executeBatch();
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
    // Writes the cycle (whose generated id the rows need) before the inserts.
    entityManager.flush();
    Connection connection = entityManager.unwrap(Connection.class);
    try (PreparedStatement insert = connection.prepareStatement(AssessedUnit.INSERT)) {
      insert.setLong(1, cycle.id());
      executeInBatches(
          insert, units, (position, unit) -> AssessedUnit.bind(insert, position, unit));
    } catch (SQLException e) {
      throw new PersistenceException("Storing the units of " + cycle.year() + " failed", e);
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
