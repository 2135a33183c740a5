package org.ictindex.domain.account;

/**
 * Something an account may do. Code asks for a permission, never for a role: the services name
 * permissions in {@code @RolesAllowed}, the admin app's screens ask whether the person {@code can}
 * one, and the login gives the caller their role's permissions as groups ({@link Role} says which).
 *
 * <p>The constants below spell the names for annotations, which take only compile-time constants;
 * {@code RolePermissionsTest} holds each to its permission's name.
 */
public enum Permission {
  /** Use the admin app's screens and API at all, and change one's own password. */
  SIGN_IN,
  /**
   * Read every year, draft or published: its framework, units and values, previews, revisions,
   * withdrawals, exported packages and their verification.
   */
  READ_YEARS,
  /**
   * Create a year's draft (from a package or as a copy of the year before) and change it: import a
   * package or a workbook, edit its values, framework, groups and units.
   */
  EDIT_DRAFTS,
  /** Publish a year's draft as its first revision, or as the next one after a withdrawal. */
  PUBLISH,
  /** Publish a correction of a published year, from a package or value by value. */
  CORRECT,
  /** Take a published year's current revision off the public site. */
  WITHDRAW,
  /** Read and verify the audit trail. */
  READ_AUDIT_TRAIL,
  /** Create accounts, give them roles and passwords, disable and enable them. */
  MANAGE_ACCOUNTS,
  /** See the database's product, version and migrations, which help to choose an exploit. */
  READ_SOFTWARE_VERSIONS;

  public static final String SIGN_IN_NAME = "SIGN_IN";
  public static final String READ_YEARS_NAME = "READ_YEARS";
  public static final String EDIT_DRAFTS_NAME = "EDIT_DRAFTS";
  public static final String PUBLISH_NAME = "PUBLISH";
  public static final String CORRECT_NAME = "CORRECT";
  public static final String WITHDRAW_NAME = "WITHDRAW";
  public static final String READ_AUDIT_TRAIL_NAME = "READ_AUDIT_TRAIL";
  public static final String MANAGE_ACCOUNTS_NAME = "MANAGE_ACCOUNTS";
  public static final String READ_SOFTWARE_VERSIONS_NAME = "READ_SOFTWARE_VERSIONS";
}
