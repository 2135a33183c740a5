package org.ictindex.domain.cycle;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ictindex.domain.audit.AuditAction;
import org.ictindex.domain.audit.AuditEntry;
import org.ictindex.domain.audit.AuditTrail;
import org.ictindex.domain.persistence.Timestamps;
import org.ictindex.domain.unit.RecordedValue;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.LocalizedText;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.pkg.FreeText;
import org.ictindex.scoring.pkg.ValueText;

/**
 * Changes to a year's draft one piece at a time, on behalf of an actor whose right to do so the
 * caller has checked. Runs inside the caller's transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DraftEditing {

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  @Inject private CycleCatalog cycles;
  @Inject private CycleData cycleData;
  @Inject private AuditTrail auditTrail;
  @Inject private AssessmentYears years;

  /**
   * Sets one unit's value of one indicator, with a note. An empty value makes it missing.
   *
   * @param expectedVersion the version the caller saw, or null when it saw no value; another
   *     version means someone else changed it in between, and nothing is saved
   */
  public RecordedValue editValue(
      int year,
      String unitCode,
      String indicatorCode,
      String valueText,
      String note,
      Long expectedVersion,
      String actor) {
    UnitDraft draft = unitDraft(year, unitCode);
    Node indicator =
        draft
            .indicator(indicatorCode)
            .orElseThrow(
                () ->
                    new UnknownCycleException(
                        "Đơn vị " + unitCode + " không có chỉ tiêu " + indicatorCode + ".",
                        "The unit " + unitCode + " has no indicator " + indicatorCode + "."));
    ValueText.Parsed parsed = ValueText.parse(valueText, indicator.rule().takesYesOrNo());
    if (!parsed.isValid()) {
      throw new InvalidRequestException(parsed.problemVi(), parsed.problemEn());
    }
    FreeText.Problem noteProblem = FreeText.checkNote(FreeText.normalized(note));
    if (noteProblem != null) {
      throw new InvalidRequestException(noteProblem.messageVi(), noteProblem.messageEn());
    }
    return store(
        draft,
        new ValueEdit(indicatorCode, valueText, note, expectedVersion),
        parsed,
        actor,
        Timestamps.now());
  }

  /**
   * Saves changes to one unit's values together, from one reading of the framework, the unit and
   * its values: when any is invalid or was changed by someone else meanwhile, none is saved and
   * every problem is named.
   *
   * @throws InvalidValuesException with the problem of each refused value, by indicator code
   */
  public int editValues(int year, String unitCode, List<ValueEdit> edits, String actor) {
    UnitDraft draft = unitDraft(year, unitCode);
    Map<String, InvalidValuesException.LocalizedProblem> problems = new LinkedHashMap<>();
    List<CheckedEdit> checked = new ArrayList<>();
    for (ValueEdit edit : edits) {
      Optional<Node> indicator = draft.indicator(edit.indicatorCode());
      if (indicator.isEmpty()) {
        problems.put(
            edit.indicatorCode(),
            new InvalidValuesException.LocalizedProblem(
                "Đơn vị không có chỉ tiêu này.", "The unit has no such indicator."));
        continue;
      }
      ValueText.Parsed parsed =
          ValueText.parse(edit.value(), indicator.get().rule().takesYesOrNo());
      FreeText.Problem noteProblem = FreeText.checkNote(FreeText.normalized(edit.note()));
      if (!parsed.isValid()) {
        problems.put(
            edit.indicatorCode(),
            new InvalidValuesException.LocalizedProblem(parsed.problemVi(), parsed.problemEn()));
      } else if (noteProblem != null) {
        problems.put(
            edit.indicatorCode(),
            new InvalidValuesException.LocalizedProblem(
                noteProblem.messageVi(), noteProblem.messageEn()));
      } else {
        checked.add(new CheckedEdit(edit, parsed));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValuesException(problems);
    }
    Instant now = Timestamps.now();
    checked.forEach(valid -> store(draft, valid.edit(), valid.parsed(), actor, now));
    return edits.size();
  }

  /** An edit whose value and note passed their checks, with the value as parsed. */
  private record CheckedEdit(ValueEdit edit, ValueText.Parsed parsed) {}

  /**
   * What editing one unit's values needs, read once: the draft, its framework, the unit and the
   * unit's recorded values by indicator code.
   */
  private record UnitDraft(
      Cycle cycle, Framework framework, Unit unit, Map<String, RecordedValue> recorded) {

    /** The indicator of the code, if it exists for the unit's group. */
    Optional<Node> indicator(String indicatorCode) {
      return framework
          .node(indicatorCode)
          .filter(Node::isLeaf)
          .filter(node -> framework.exists(node.code(), unit.groupCode()));
    }
  }

  private UnitDraft unitDraft(int year, String unitCode) {
    Cycle cycle = draft(year);
    Unit unit =
        cycleData
            .unit(cycle, unitCode)
            .orElseThrow(() -> UnknownCycleException.noUnit(year, unitCode));
    Map<String, RecordedValue> recorded = new HashMap<>();
    entityManager
        .createNamedQuery(RecordedValue.FIND_BY_UNIT, RecordedValue.class)
        .setParameter("cycle", cycle)
        .setParameter("unitCode", unitCode)
        .getResultList()
        .forEach(value -> recorded.put(value.indicatorCode(), value));
    return new UnitDraft(cycle, cycleData.framework(cycle), unit, recorded);
  }

  /** Stores one checked value of the unit, with its audit record. */
  private RecordedValue store(
      UnitDraft draft, ValueEdit edit, ValueText.Parsed parsed, String actor, Instant now) {
    String unitCode = draft.unit().code();
    String indicatorCode = edit.indicatorCode();
    RecordedValue existing = draft.recorded().get(indicatorCode);
    Long seenVersion = existing == null ? null : existing.version();
    if (!Objects.equals(seenVersion, edit.expectedVersion())) {
      throw concurrentEdit(unitCode, indicatorCode);
    }
    String storedNote = FreeText.normalized(edit.note());
    String before = existing == null ? null : describe(existing);
    RecordedValue value;
    if (existing != null) {
      value = existing;
      value.change(parsed.value(), storedNote, actor, now);
    } else {
      value =
          new RecordedValue(
              draft.cycle(),
              nextPosition(draft.cycle()),
              new IndicatorValue(unitCode, indicatorCode, parsed.value(), storedNote),
              actor,
              now);
      entityManager.persist(value);
      draft.recorded().put(indicatorCode, value);
    }
    try {
      entityManager.flush();
    } catch (OptimisticLockException changedMeanwhile) {
      throw concurrentEdit(unitCode, indicatorCode);
    }
    auditTrail.record(
        new AuditEntry(
            actor,
            AuditAction.EDIT_VALUE,
            draft.cycle().year(),
            unitCode + "/" + indicatorCode,
            before,
            describe(value),
            null));
    return value;
  }

  /**
   * Creates a year's draft by copying the framework and the units of the most recent earlier year;
   * the values start empty.
   */
  public CyclePackage createYearByCopy(int year, String actor) {
    years.require(year);
    if (cycles.find(year).isPresent()) {
      throw new CycleStateException("Năm " + year + " đã có.", year + " exists already.");
    }
    Cycle source =
        cycles.allCycles().stream()
            .filter(cycle -> cycle.year() < year)
            .findFirst()
            .orElseThrow(
                () ->
                    new UnknownCycleException(
                        "Không có năm nào trước năm " + year + " để sao chép.",
                        "There is no year before " + year + " to copy."));
    Framework from = cycleData.framework(source);
    String oldYear = Integer.toString(source.year());
    String newYear = Integer.toString(year);
    Framework copied =
        new Framework(
            from.code().replace(oldYear, newYear),
            year,
            new LocalizedText(
                from.name().vi().replace(oldYear, newYear),
                from.name().en() == null ? null : from.name().en().replace(oldYear, newYear)),
            from.missing(),
            from.groups(),
            from.classes(),
            from.nodes());
    CyclePackage draft = new CyclePackage(copied, cycleData.units(source), List.of());
    Instant now = Timestamps.now();
    Cycle cycle = new Cycle(copied, now);
    entityManager.persist(cycle);
    cycleData.replace(cycle, draft, actor, now);
    auditTrail.record(
        new AuditEntry(
            actor,
            AuditAction.CREATE_YEAR,
            year,
            "copy of " + source.year(),
            null,
            draft.units().size() + " units, " + copied.indicators().size() + " indicators",
            null));
    return draft;
  }

  /** One value of a year, if recorded. */
  public Optional<RecordedValue> value(int year, String unitCode, String indicatorCode) {
    Cycle cycle =
        cycles
            .find(year)
            .orElseThrow(
                () ->
                    new UnknownCycleException(
                        "Không có năm đánh giá " + year + ".",
                        "There is no assessment year " + year + "."));
    return entityManager
        .createNamedQuery(RecordedValue.FIND_ONE, RecordedValue.class)
        .setParameter("cycle", cycle)
        .setParameter("unitCode", unitCode)
        .setParameter("indicatorCode", indicatorCode)
        .getResultStream()
        .findFirst();
  }

  private Cycle draft(int year) {
    return cycles.draft(year);
  }

  private int nextPosition(Cycle cycle) {
    Integer last =
        entityManager
            .createQuery(
                "SELECT MAX(v.position) FROM RecordedValue v WHERE v.cycle = :cycle", Integer.class)
            .setParameter("cycle", cycle)
            .getSingleResult();
    return last == null ? 0 : last + 1;
  }

  private static ConcurrentEditException concurrentEdit(String unitCode, String indicatorCode) {
    return new ConcurrentEditException(
        "Giá trị "
            + unitCode
            + "/"
            + indicatorCode
            + " vừa được người khác thay đổi; hãy tải lại và nhập lại.",
        "Someone else has just changed "
            + unitCode
            + "/"
            + indicatorCode
            + "; reload it and enter your change again.");
  }

  private static String describe(RecordedValue value) {
    return (value.valueText() == null ? "(missing)" : value.valueText())
        + (value.note().isEmpty() ? "" : " — " + value.note());
  }
}
