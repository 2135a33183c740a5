package org.ictindex.domain.audit;

/** What an audit record says was done. */
public enum AuditAction {
  IMPORT_PACKAGE,
  PUBLISH,
  CORRECT,
  CREATE_ACCOUNT
}
