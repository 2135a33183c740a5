package org.ictindex.domain.cycle;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.ictindex.domain.audit.AuditAction;
import org.ictindex.domain.audit.AuditChain;
import org.ictindex.domain.audit.AuditEntry;
import org.ictindex.domain.audit.AuditTrail;
import org.ictindex.domain.persistence.Timestamps;
import org.ictindex.scoring.model.CyclePackage;

/**
 * Imports a package into a year's draft, on behalf of an actor whose right to do so the caller has
 * checked. Runs inside the caller's transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DraftImport {

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  @Inject private CycleCatalog cycles;
  @Inject private CycleData cycleData;
  @Inject private AuditTrail auditTrail;
  @Inject private AssessmentYears years;

  /**
   * Creates the year's draft from a package, or replaces the draft's data with it. All or nothing:
   * an invalid package stores nothing, and a published year refuses it. The units' predecessors
   * must be units of the previous published year, when there is one.
   */
  public ImportSummary importPackage(int year, byte[] zip, String actor) {
    years.require(year);
    CyclePackage data =
        YearPackage.read(zip, year, years.range(), cycleData.previousYear(year).orElse(null));
    Instant now = Timestamps.now();
    Cycle cycle = cycles.find(year).orElse(null);
    String before = null;
    if (cycle == null) {
      cycle = new Cycle(data.framework(), now);
      entityManager.persist(cycle);
    } else if (!cycle.status().isEditable()) {
      throw new CycleStateException(
          "Năm "
              + year
              + " đã được công bố: dữ liệu chỉ thay đổi bằng một lần đính chính có lý do.",
          year + " is published: its data change only through a correction with a reason.");
    } else {
      before = describe(cycleData.summary(cycle));
    }
    cycleData.replace(cycle, data, actor, now);
    ImportSummary summary = summarize(data);
    auditTrail.record(
        new AuditEntry(
            actor,
            AuditAction.IMPORT_PACKAGE,
            year,
            "package",
            before,
            describe(data) + ", sha256 " + AuditChain.sha256Hex(zip),
            null));
    return summary;
  }

  private static ImportSummary summarize(CyclePackage data) {
    return new ImportSummary(
        data.year(),
        data.units().size(),
        data.framework().indicators().size(),
        (int) data.values().stream().filter(value -> value.value() != null).count());
  }

  private static String describe(CyclePackage data) {
    return describe(summarize(data));
  }

  private static String describe(ImportSummary summary) {
    return summary.units()
        + " units, "
        + summary.indicators()
        + " indicators, "
        + summary.values()
        + " values";
  }
}
