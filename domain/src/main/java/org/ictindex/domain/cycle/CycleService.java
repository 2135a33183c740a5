package org.ictindex.domain.cycle;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ictindex.domain.account.Role;

/**
 * What assessors do with a year's draft. Each method checks the caller's role and runs in one
 * transaction together with its audit record.
 */
@Stateless
@DeclareRoles({Role.ADMIN_NAME, Role.ASSESSOR_NAME, Role.AUDITOR_NAME})
public class CycleService {

  @Inject private DraftImport draftImport;
  @Resource private SessionContext session;

  /**
   * Creates the year's draft from a package, or replaces the draft's data with it. All or nothing:
   * an invalid package stores nothing, and a published year refuses it.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.ASSESSOR_NAME})
  public ImportSummary importPackage(int year, byte[] zip) {
    return draftImport.importPackage(year, zip, session.getCallerPrincipal().getName());
  }
}
