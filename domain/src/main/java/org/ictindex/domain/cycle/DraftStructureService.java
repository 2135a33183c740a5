package org.ictindex.domain.cycle;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ictindex.domain.account.Permission;
import org.ictindex.domain.audit.AuditAction;
import org.ictindex.domain.audit.AuditEntry;
import org.ictindex.domain.audit.AuditTrail;
import org.ictindex.domain.framework.ApplicableIndicators;
import org.ictindex.domain.framework.FrameworkChanges;
import org.ictindex.domain.framework.UnitChanges;
import org.ictindex.domain.persistence.Timestamps;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.IndicatorValue;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.model.UnitGroup;

/**
 * Changes to the structure of a year's draft: its framework, its groups and its units, each saved
 * whole. A new structure must pass the validation of the model together with the year's values, so
 * the draft stays importable and publishable; values that no longer fit are dropped and counted in
 * the audit record.
 */
@Stateless
public class DraftStructureService {

  @Inject private CycleCatalog cycles;
  @Inject private CycleData cycleData;
  @Inject private AuditTrail auditTrail;
  @Resource private SessionContext session;

  /** The year's framework and units as they are now. */
  @RolesAllowed(Permission.READ_YEARS_NAME)
  public YearStructure structure(int year) {
    Cycle cycle = existing(year);
    CyclePackage data = cycleData.load(cycle);
    return new YearStructure(
        year,
        cycle.status(),
        cycle.version(),
        data.framework(),
        data.units(),
        data.values(),
        cycleData.previousYear(year).orElse(null));
  }

  /**
   * Replaces the draft's framework. Values of indicators that disappear, or no longer exist for
   * their unit's group, are dropped.
   *
   * @return the changes made, as the audit record lists them; empty when nothing changed
   * @throws InvalidPackageException with the model's problems when the framework is not valid
   */
  @RolesAllowed(Permission.EDIT_DRAFTS_NAME)
  public List<String> replaceFramework(int year, Framework framework, long expectedVersion) {
    Cycle cycle = draft(year, expectedVersion);
    CyclePackage before = cycleData.load(cycle);
    List<String> changes = FrameworkChanges.between(before.framework(), framework);
    if (changes.isEmpty()) {
      return changes;
    }
    List<IndicatorValue> dropped =
        ApplicableIndicators.orphans(framework, before.units(), before.values());
    CyclePackage after = validated(year, framework, before.units(), before.values(), dropped);
    cycleData.deleteValues(cycle, dropped);
    cycleData.replaceFramework(cycle, after.framework(), Timestamps.now());
    record(AuditAction.EDIT_FRAMEWORK, year, "framework", before, changes, dropped);
    return changes;
  }

  /**
   * Replaces the draft's units and, when {@code groups} is given, its unit groups. Values of units
   * that disappear, or whose new group lacks the indicator, are dropped.
   *
   * @return the changes made, as the audit record lists them; empty when nothing changed
   * @throws InvalidPackageException with the model's problems when the units are not valid
   */
  @RolesAllowed(Permission.EDIT_DRAFTS_NAME)
  public List<String> replaceUnits(
      int year, List<UnitGroup> groups, List<Unit> units, long expectedVersion) {
    Cycle cycle = draft(year, expectedVersion);
    CyclePackage before = cycleData.load(cycle);
    Framework old = before.framework();
    Framework framework =
        groups == null
            ? old
            : new Framework(
                old.code(),
                old.year(),
                old.name(),
                old.missing(),
                groups,
                old.classes(),
                old.nodes());
    List<String> changes =
        UnitChanges.between(old.groups(), before.units(), framework.groups(), units);
    if (changes.isEmpty()) {
      return changes;
    }
    List<IndicatorValue> dropped = ApplicableIndicators.orphans(framework, units, before.values());
    CyclePackage after = validated(year, framework, units, before.values(), dropped);
    cycleData.deleteValues(cycle, dropped);
    // Touching the cycle moves its version on, so a concurrent editor of the structure is told.
    cycleData.replaceFramework(cycle, after.framework(), Timestamps.now());
    cycleData.replaceUnits(cycle, after.units());
    record(AuditAction.EDIT_UNITS, year, "units", before, changes, dropped);
    return changes;
  }

  /**
   * Checks the new structure with the values it keeps by the rules an import keeps, and the units'
   * predecessors against the previous published year.
   */
  private CyclePackage validated(
      int year,
      Framework framework,
      List<Unit> units,
      List<IndicatorValue> values,
      List<IndicatorValue> dropped) {
    Set<IndicatorValue> droppedSet = new HashSet<>(dropped);
    List<IndicatorValue> kept =
        values.stream().filter(value -> !droppedSet.contains(value)).toList();
    return YearPackage.validated(
        new CyclePackage(framework, units, kept), year, cycleData.previousYear(year).orElse(null));
  }

  private void record(
      AuditAction action,
      int year,
      String subject,
      CyclePackage before,
      List<String> changes,
      List<IndicatorValue> dropped) {
    String after = String.join("; ", changes);
    if (!dropped.isEmpty()) {
      after += "; bỏ " + dropped.size() + " giá trị đã nhập";
    }
    auditTrail.record(
        new AuditEntry(
            session.getCallerPrincipal().getName(),
            action,
            year,
            subject,
            before.units().size()
                + " đơn vị, "
                + before.framework().allNodes().size()
                + " nút, "
                + before.framework().indicators().size()
                + " chỉ tiêu, "
                + before.values().size()
                + " giá trị",
            after,
            null));
  }

  private Cycle existing(int year) {
    return cycles
        .find(year)
        .orElseThrow(
            () ->
                new UnknownCycleException(
                    "Không có năm đánh giá " + year + ".",
                    "There is no assessment year " + year + "."));
  }

  private Cycle draft(int year, long expectedVersion) {
    Cycle cycle = existing(year);
    if (cycle.isPublic()) {
      throw new CycleStateException(
          "Năm " + year + " đã được công bố: khung đánh giá và đơn vị của năm không còn sửa được.",
          year + " is published: its framework and units can no longer be changed.");
    }
    if (cycle.version() != expectedVersion) {
      throw new ConcurrentEditException(
          "Khung đánh giá hoặc đơn vị của năm "
              + year
              + " vừa được người khác thay đổi; hãy tải lại trang và làm lại thay đổi của bạn.",
          "Someone else has just changed the framework or units of "
              + year
              + "; reload the page and make your change again.");
    }
    return cycle;
  }
}
