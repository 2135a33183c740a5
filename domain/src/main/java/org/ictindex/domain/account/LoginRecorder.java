package org.ictindex.domain.account;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ictindex.domain.audit.AuditAction;
import org.ictindex.domain.audit.AuditEntry;
import org.ictindex.domain.audit.AuditTrail;

/**
 * Writes every login attempt to the audit trail: the account name it was made for as subject and
 * the source address as new value. Attempts that did not succeed have no known actor, so they are
 * recorded under {@value #ANONYMOUS}.
 */
@Stateless
@PermitAll
public class LoginRecorder {

  public static final String ANONYMOUS = "anonymous";

  private static final int MAX_NAME = 100;

  @Inject private AuditTrail auditTrail;

  public void succeeded(String username, String address) {
    record(clip(username), AuditAction.LOGIN_SUCCEEDED, username, address);
  }

  public void failed(String username, String address) {
    record(ANONYMOUS, AuditAction.LOGIN_FAILED, username, address);
  }

  public void throttled(String username, String address) {
    record(ANONYMOUS, AuditAction.LOGIN_THROTTLED, username, address);
  }

  private void record(String actor, AuditAction action, String username, String address) {
    auditTrail.record(
        new AuditEntry(actor, action, null, clip(username), null, clip(address), null));
  }

  private static String clip(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > MAX_NAME ? text.substring(0, MAX_NAME) : text;
  }
}
