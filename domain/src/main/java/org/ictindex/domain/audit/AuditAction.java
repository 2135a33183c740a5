package org.ictindex.domain.audit;

/** What an audit record says was done. */
public enum AuditAction {
  IMPORT_PACKAGE,
  EDIT_VALUE,
  CREATE_YEAR,
  PUBLISH,
  CORRECT,
  CORRECT_VALUE,
  CREATE_ACCOUNT
}
