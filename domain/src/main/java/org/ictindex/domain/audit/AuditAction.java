package org.ictindex.domain.audit;

/** What an audit record says was done. */
public enum AuditAction {
  IMPORT_PACKAGE,
  EDIT_VALUE,
  IMPORT_WORKBOOK,
  CREATE_YEAR,
  PUBLISH,
  CORRECT,
  CORRECT_VALUE,
  CREATE_ACCOUNT,
  DISABLE_ACCOUNT,
  ENABLE_ACCOUNT,
  CHANGE_ROLE,
  RESET_PASSWORD,
  EDIT_FRAMEWORK,
  EDIT_UNITS
}
