package org.ictindex.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.ictindex.domain.account.Account;
import org.ictindex.domain.account.Role;
import org.junit.jupiter.api.Test;

/** A caller's groups are its role's permissions, never the role's name. */
class AccountIdentityStoreTest {

  @Test
  void anAuditorsGroupsAreTheAuditorsPermissions() {
    Account auditor = new Account("aud-lan", "hash", Role.AUDITOR, Instant.EPOCH);

    assertThat(AccountIdentityStore.groupsOf(auditor))
        .containsExactlyInAnyOrder("SIGN_IN", "READ_YEARS", "READ_AUDIT_TRAIL");
  }

  @Test
  void noRoleIsAGroupOfItsOwn() {
    for (Role role : Role.values()) {
      Account account = new Account("someone", "hash", role, Instant.EPOCH);

      assertThat(AccountIdentityStore.groupsOf(account))
          .hasSameSizeAs(role.permissions())
          .doesNotContain(Role.ADMIN.name(), Role.ASSESSOR.name(), Role.AUDITOR.name());
    }
  }
}
