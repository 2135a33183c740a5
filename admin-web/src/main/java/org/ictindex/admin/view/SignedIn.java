package org.ictindex.admin.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.ictindex.domain.account.Account;
import org.ictindex.domain.account.AccountService;
import org.ictindex.domain.account.Permission;

/**
 * Who is using the screens and what they may do, so that screens offer only what the person may do:
 * {@code #{signedIn.can('PUBLISH')}}. The services check the same permissions again on the server.
 */
@Named
@RequestScoped
public class SignedIn {

  @Inject private SecurityContext securityContext;
  @Inject private AccountService accounts;

  public String getUsername() {
    Principal caller = securityContext.getCallerPrincipal();
    return caller == null ? null : caller.getName();
  }

  public boolean isLoggedIn() {
    return securityContext.getCallerPrincipal() != null;
  }

  /**
   * The name of the person's role, to show beside their name. The caller's groups are the role's
   * permissions, which do not name it, so it is read from the account.
   */
  public String getRole() {
    String username = getUsername();
    return username == null
        ? null
        : accounts.find(username).map(Account::role).map(Enum::name).orElse(null);
  }

  /**
   * Whether the person holds the permission, by its name; an unknown name fails the page rather
   * than hide a control for good.
   */
  public boolean can(String permission) {
    return securityContext.isCallerInRole(Permission.valueOf(permission).name());
  }
}
