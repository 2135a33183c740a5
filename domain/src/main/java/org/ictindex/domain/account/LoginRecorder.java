package org.ictindex.domain.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ictindex.domain.audit.AuditAction;
import org.ictindex.domain.audit.AuditEntry;
import org.ictindex.domain.audit.AuditTrail;

/**
 * Writes successful screen logins to the audit trail: the account as actor and subject, the source
 * address as new value, so that auditors see who was at the screens when. Only a person who knows
 * an account's password can add such a record.
 *
 * <p>Failed and held-back attempts are not audited: anyone can make them, so they would let anyone
 * grow the permanent, hash-chained trail. They go to the admin app's bounded security log instead.
 * Records of them written by earlier versions ({@code LOGIN_FAILED}, {@code LOGIN_THROTTLED}) stay
 * in the trail and its chain.
 */
@Stateless
@PermitAll
public class LoginRecorder {

  private static final int MAX_NAME = 100;

  @Inject private AuditTrail auditTrail;

  public void succeeded(String username, String address) {
    auditTrail.record(
        new AuditEntry(
            clip(username),
            AuditAction.LOGIN_SUCCEEDED,
            null,
            clip(username),
            null,
            clip(address),
            null));
  }

  private static String clip(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > MAX_NAME ? text.substring(0, MAX_NAME) : text;
  }
}
