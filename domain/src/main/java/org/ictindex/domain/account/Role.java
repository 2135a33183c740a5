package org.ictindex.domain.account;

/** What an account may do. */
public enum Role {
  /** Manages accounts, and may do everything an assessor does. */
  ADMIN,
  /** Runs the assessment years: frameworks, units, values, publishing, corrections. */
  ASSESSOR,
  /** Reads everything, including the audit trail, and changes nothing. */
  AUDITOR;

  /** Role names as the security annotations spell them. */
  public static final String ADMIN_NAME = "ADMIN";

  public static final String ASSESSOR_NAME = "ASSESSOR";
  public static final String AUDITOR_NAME = "AUDITOR";
}
