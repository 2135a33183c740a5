package org.ictindex.domain.account;

import static org.ictindex.domain.account.Permission.CORRECT;
import static org.ictindex.domain.account.Permission.EDIT_DRAFTS;
import static org.ictindex.domain.account.Permission.PUBLISH;
import static org.ictindex.domain.account.Permission.READ_AUDIT_TRAIL;
import static org.ictindex.domain.account.Permission.READ_YEARS;
import static org.ictindex.domain.account.Permission.SIGN_IN;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The role an account holds: a named set of {@link Permission}s, and the one table of which role
 * may do what. A new role is a new entry here (with its label in the admin app's messages); no
 * annotation or screen changes, since they ask for permissions.
 */
public enum Role {
  /** Manages accounts, withdraws publications, and may do everything an assessor does. */
  ADMIN(EnumSet.allOf(Permission.class)),
  /** Runs the assessment years: frameworks, units, values, publishing, corrections. */
  ASSESSOR(EnumSet.of(SIGN_IN, READ_YEARS, EDIT_DRAFTS, PUBLISH, CORRECT, READ_AUDIT_TRAIL)),
  /** Reads everything, including the audit trail, and changes nothing. */
  AUDITOR(EnumSet.of(SIGN_IN, READ_YEARS, READ_AUDIT_TRAIL));

  private final Set<Permission> permissions;

  Role(Set<Permission> permissions) {
    this.permissions = Collections.unmodifiableSet(permissions);
  }

  public Set<Permission> permissions() {
    return permissions;
  }

  public boolean may(Permission permission) {
    return permissions.contains(permission);
  }

  /** The roles that hold the permission. */
  public static List<Role> holding(Permission permission) {
    return Arrays.stream(values()).filter(role -> role.may(permission)).toList();
  }
}
