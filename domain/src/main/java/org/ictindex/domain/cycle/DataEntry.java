package org.ictindex.domain.cycle;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ictindex.domain.account.Permission;
import org.ictindex.domain.audit.AuditAction;
import org.ictindex.domain.audit.AuditEntry;
import org.ictindex.domain.audit.AuditTrail;
import org.ictindex.domain.persistence.Timestamps;
import org.ictindex.domain.unit.RecordedValue;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.pkg.FreeText;
import org.ictindex.scoring.pkg.ValueText;

/**
 * Entering a year's values: the sheet of every value, a unit's values saved together, and the
 * values of a filled-in workbook. Every change is all or nothing, with its audit record.
 */
@Stateless
public class DataEntry {

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  @Inject private CycleCatalog cycles;
  @Inject private CycleData cycleData;
  @Inject private DraftEditing draftEditing;
  @Inject private AuditTrail auditTrail;
  @Resource private SessionContext session;

  /** Everything the data-entry screens show of a year, read in three queries. */
  @RolesAllowed(Permission.READ_YEARS_NAME)
  public ValueSheet sheet(int year) {
    Cycle cycle =
        cycles
            .find(year)
            .orElseThrow(
                () ->
                    new UnknownCycleException(
                        "Không có năm đánh giá " + year + ".",
                        "There is no assessment year " + year + "."));
    Map<String, ValueSheet.Cell> cells = new LinkedHashMap<>();
    for (RecordedValue value : recorded(cycle)) {
      cells.put(
          ValueSheet.key(value.unitCode(), value.indicatorCode()),
          new ValueSheet.Cell(
              value.valueText() == null ? "" : value.valueText(), value.note(), value.version()));
    }
    return new ValueSheet(
        year, cycle.status(), cycleData.framework(cycle), cycleData.units(cycle), cells);
  }

  /**
   * Saves changes to one unit's values together: when any is invalid or was changed by someone else
   * meanwhile, none is saved and every problem is named.
   */
  @RolesAllowed(Permission.EDIT_DRAFTS_NAME)
  public int saveUnit(int year, String unitCode, List<ValueEdit> edits) {
    Cycle cycle = cycles.draft(year);
    Map<String, Node> indicators =
        cycleData
            .framework(cycle)
            .indicatorsFor(
                cycleData.units(cycle).stream()
                    .filter(unit -> unit.code().equals(unitCode))
                    .map(Unit::groupCode)
                    .findFirst()
                    .orElseThrow(
                        () ->
                            new UnknownCycleException(
                                "Năm " + year + " không có đơn vị " + unitCode + ".",
                                "There is no unit " + unitCode + " in " + year + ".")))
            .stream()
            .collect(Collectors.toMap(Node::code, node -> node));
    Map<String, InvalidValuesException.LocalizedProblem> problems = new LinkedHashMap<>();
    for (ValueEdit edit : edits) {
      Node indicator = indicators.get(edit.indicatorCode());
      if (indicator == null) {
        problems.put(
            edit.indicatorCode(),
            new InvalidValuesException.LocalizedProblem(
                "Đơn vị không có chỉ tiêu này.", "The unit has no such indicator."));
        continue;
      }
      ValueText.Parsed parsed = ValueText.parse(edit.value(), indicator.rule().takesYesOrNo());
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
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidValuesException(problems);
    }
    for (ValueEdit edit : edits) {
      draftEditing.editValue(
          year,
          unitCode,
          edit.indicatorCode(),
          edit.value(),
          edit.note(),
          edit.expectedVersion(),
          caller());
    }
    return edits.size();
  }

  /** The year's values as a workbook to fill in. */
  @RolesAllowed(Permission.READ_YEARS_NAME)
  public byte[] workbook(int year) {
    ValueSheet sheet = sheet(year);
    List<IndicatorValue> values = new ArrayList<>();
    sheet
        .cells()
        .forEach(
            (key, cell) -> {
              int slash = key.indexOf('/');
              values.add(
                  new IndicatorValue(
                      key.substring(0, slash),
                      key.substring(slash + 1),
                      cell.value().isEmpty() ? null : new BigDecimal(cell.value()),
                      cell.note()));
            });
    return ValueWorkbook.write(sheet.framework(), sheet.units(), values);
  }

  /**
   * Replaces the values of the units in the workbook with its cells (an empty cell makes a value
   * missing); units without a row keep theirs, notes are kept. All or nothing.
   *
   * @throws InvalidPackageException with every problem, sheet, row and column, when any
   */
  @RolesAllowed(Permission.EDIT_DRAFTS_NAME)
  public ImportSummary importWorkbook(int year, byte[] xlsx) {
    Cycle cycle = cycles.draft(year);
    CyclePackage current = cycleData.load(cycle);
    ValueWorkbook.Reading reading = ValueWorkbook.read(xlsx, current.framework(), current.units());
    if (!reading.isValid()) {
      throw new InvalidPackageException(reading.errors());
    }
    Map<String, IndicatorValue> before = new LinkedHashMap<>();
    current.values().forEach(v -> before.put(ValueSheet.key(v.unitCode(), v.indicatorCode()), v));
    Map<String, IndicatorValue> after = new LinkedHashMap<>(before);
    for (IndicatorValue read : reading.values()) {
      String key = ValueSheet.key(read.unitCode(), read.indicatorCode());
      IndicatorValue old = before.get(key);
      after.put(
          key,
          new IndicatorValue(
              read.unitCode(), read.indicatorCode(), read.value(), old == null ? "" : old.note()));
    }
    List<String> changes = new ArrayList<>();
    after.forEach(
        (key, value) -> {
          IndicatorValue old = before.get(key);
          BigDecimal oldValue = old == null ? null : old.value();
          if (!sameNumber(oldValue, value.value())) {
            changes.add(key + ": " + text(oldValue) + " → " + text(value.value()));
          }
        });
    cycleData.replace(
        cycle,
        new CyclePackage(current.framework(), current.units(), List.copyOf(after.values())),
        caller(),
        Timestamps.now());
    auditTrail.record(
        new AuditEntry(
            caller(),
            AuditAction.IMPORT_WORKBOOK,
            year,
            reading.unitsRead().size() + " units from a workbook",
            null,
            changes.isEmpty() ? "no value changed" : String.join("\n", changes),
            null));
    return new ImportSummary(
        year, reading.unitsRead().size(), current.framework().indicators().size(), changes.size());
  }

  private List<RecordedValue> recorded(Cycle cycle) {
    return entityManager
        .createQuery(
            "SELECT v FROM RecordedValue v WHERE v.cycle = :cycle ORDER BY v.position",
            RecordedValue.class)
        .setParameter("cycle", cycle)
        .getResultList();
  }

  private static boolean sameNumber(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static String text(BigDecimal value) {
    return Objects.toString(value == null ? null : value.toPlainString(), "∅");
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
