package org.ictindex.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ictindex.domain.account.Permission.CORRECT;
import static org.ictindex.domain.account.Permission.EDIT_DRAFTS;
import static org.ictindex.domain.account.Permission.MANAGE_ACCOUNTS;
import static org.ictindex.domain.account.Permission.PUBLISH;
import static org.ictindex.domain.account.Permission.READ_AUDIT_TRAIL;
import static org.ictindex.domain.account.Permission.READ_SOFTWARE_VERSIONS;
import static org.ictindex.domain.account.Permission.READ_YEARS;
import static org.ictindex.domain.account.Permission.SIGN_IN;
import static org.ictindex.domain.account.Permission.WITHDRAW;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, pinned: changing a role's permissions must change this test too, so that it is
 * done on purpose. The same table is in docs/SECURITY.md.
 */
class RolePermissionsTest {

  @Test
  void eachRoleHoldsExactlyItsPermissions() {
    assertThat(Role.ADMIN.permissions())
        .containsExactlyInAnyOrder(
            SIGN_IN,
            READ_YEARS,
            EDIT_DRAFTS,
            PUBLISH,
            CORRECT,
            WITHDRAW,
            READ_AUDIT_TRAIL,
            MANAGE_ACCOUNTS,
            READ_SOFTWARE_VERSIONS);
    assertThat(Role.ASSESSOR.permissions())
        .containsExactlyInAnyOrder(
            SIGN_IN, READ_YEARS, EDIT_DRAFTS, PUBLISH, CORRECT, READ_AUDIT_TRAIL);
    assertThat(Role.AUDITOR.permissions())
        .containsExactlyInAnyOrder(SIGN_IN, READ_YEARS, READ_AUDIT_TRAIL);
    assertThat(Role.values()).containsExactly(Role.ADMIN, Role.ASSESSOR, Role.AUDITOR);
  }

  @Test
  void theRolesThatHoldAPermissionAreFoundByIt() {
    assertThat(Role.holding(MANAGE_ACCOUNTS)).containsExactly(Role.ADMIN);
    assertThat(Role.holding(PUBLISH)).containsExactly(Role.ADMIN, Role.ASSESSOR);
    assertThat(Role.holding(SIGN_IN)).containsExactly(Role.ADMIN, Role.ASSESSOR, Role.AUDITOR);
  }

  /** A name constant spelled apart from its permission would let no one in, or the wrong people. */
  @Test
  void everyPermissionHasANameForAnnotationsSpelledAsItself() throws IllegalAccessException {
    Map<String, String> constants = new TreeMap<>();
    for (Field field : Permission.class.getDeclaredFields()) {
      if (field.getType() == String.class && Modifier.isStatic(field.getModifiers())) {
        constants.put(field.getName(), (String) field.get(null));
      }
    }
    Map<String, String> expected =
        Stream.of(Permission.values())
            .collect(
                Collectors.toMap(
                    permission -> permission.name() + "_NAME",
                    Permission::name,
                    (a, b) -> a,
                    TreeMap::new));

    assertThat(constants).isEqualTo(expected);
  }
}
