package org.ictindex.domain.cycle;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ictindex.domain.account.Permission;
import org.ictindex.domain.audit.AuditAction;
import org.ictindex.domain.audit.AuditEntry;
import org.ictindex.domain.audit.AuditTrail;
import org.ictindex.domain.persistence.Timestamps;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.IndicatorValue;

/**
 * Entering a year's values: the sheet of every value, a unit's values saved together, and the
 * values of a filled-in workbook. Every change is all or nothing, with its audit record.
 */
@Stateless
public class DataEntry {

  @Inject private CycleCatalog cycles;
  @Inject private CycleData cycleData;
  @Inject private DraftEditing draftEditing;
  @Inject private ValueSheets valueSheets;
  @Inject private AuditTrail auditTrail;
  @Resource private SessionContext session;

  /** The whole year's framework, units and values, as its workbook holds them. */
  @RolesAllowed(Permission.READ_YEARS_NAME)
  public ValueSheet sheet(int year) {
    return valueSheets.wholeYear(year);
  }

  /**
   * One unit's form: the framework, the unit and its values, without reading the year's other units
   * or values.
   *
   * @throws UnknownCycleException for an unknown year or unit
   */
  @RolesAllowed(Permission.READ_YEARS_NAME)
  public ValueSheet unitSheet(int year, String unitCode) {
    return valueSheets.unit(year, unitCode);
  }

  /**
   * One group's grid: the framework, the group's units and their values, without reading the other
   * groups'. The group is the one named, or the first when the name is none of the year's ({@link
   * ValueSheet#groupShown}).
   */
  @RolesAllowed(Permission.READ_YEARS_NAME)
  public ValueSheet groupSheet(int year, String groupCode) {
    return valueSheets.group(year, groupCode);
  }

  /**
   * Saves changes to one unit's values together, in one transaction from one reading of the unit:
   * when any is invalid or was changed by someone else meanwhile, none is saved and every problem
   * is named.
   */
  @RolesAllowed(Permission.EDIT_DRAFTS_NAME)
  public int saveUnit(int year, String unitCode, List<ValueEdit> edits) {
    return draftEditing.editValues(year, unitCode, edits, caller());
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
