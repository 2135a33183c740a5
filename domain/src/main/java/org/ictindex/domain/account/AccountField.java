package org.ictindex.domain.account;

/** The input of an account request that a refusal is about, so a screen can show it there. */
public enum AccountField {
  USERNAME,
  PASSWORD,
  /** The current password, asked for when people change their own. */
  CURRENT_PASSWORD,
  ROLE
}
