package org.ictindex.admin.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.ictindex.domain.account.Role;

/**
 * Who is using the screens and what their role lets them do, so that screens offer only what the
 * person may do. The services check the same rights again on the server.
 */
@Named
@RequestScoped
public class SignedIn {

  @Inject private SecurityContext securityContext;

  public String getUsername() {
    Principal caller = securityContext.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  public boolean isLoggedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  public String getRole() {
    for (Role role : Role.values()) {
      if (securityContext.isCallerInRole(role.name())) {
        return role.name();
      }
    }
    return null;
  }

  /** Administrators manage accounts. */
  public boolean isAdministrator() {
    return securityContext.isCallerInRole(Role.ADMIN_NAME);
  }

  /** Administrators and assessors change years; auditors only read. */
  public boolean isEditor() {
    return isAdministrator() || securityContext.isCallerInRole(Role.ASSESSOR_NAME);
  }
}
