package org.ictindex.domain.cycle;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.ictindex.domain.account.Permission;
import org.ictindex.domain.unit.RecordedValue;
import org.ictindex.scoring.model.CyclePackage;

/**
 * What assessors do with a year's draft. Each method checks the caller's permission and runs in one
 * transaction together with its audit record.
 */
@Stateless
public class CycleService {

  @Inject private DraftImport draftImport;
  @Inject private DraftEditing draftEditing;
  @Resource private SessionContext session;

  /**
   * Creates the year's draft from a package, or replaces the draft's data with it. All or nothing:
   * an invalid package stores nothing, and a published year refuses it.
   */
  @RolesAllowed(Permission.EDIT_DRAFTS_NAME)
  public ImportSummary importPackage(int year, byte[] zip) {
    return draftImport.importPackage(year, zip, caller());
  }

  /**
   * Sets one value of the draft with a note; refused when someone else changed it since the caller
   * saw {@code expectedVersion}.
   */
  @RolesAllowed(Permission.EDIT_DRAFTS_NAME)
  public RecordedValue editValue(
      int year,
      String unitCode,
      String indicatorCode,
      String value,
      String note,
      Long expectedVersion) {
    return draftEditing.editValue(
        year, unitCode, indicatorCode, value, note, expectedVersion, caller());
  }

  /** Creates the year's draft from the framework and units of the year before. */
  @RolesAllowed(Permission.EDIT_DRAFTS_NAME)
  public ImportSummary createYearByCopy(int year) {
    CyclePackage draft = draftEditing.createYearByCopy(year, caller());
    return new ImportSummary(year, draft.units().size(), draft.framework().indicators().size(), 0);
  }

  /** One value of a year, if recorded. */
  @RolesAllowed(Permission.READ_YEARS_NAME)
  public Optional<RecordedValue> value(int year, String unitCode, String indicatorCode) {
    return draftEditing.value(year, unitCode, indicatorCode);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
