package org.ictindex.admin.view;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ictindex.admin.security.SecurityLog;
import org.ictindex.domain.account.AccountException;
import org.ictindex.domain.account.AccountField;
import org.ictindex.domain.account.AccountService;
import org.ictindex.domain.account.AccountSummary;
import org.ictindex.domain.account.Role;
import org.ictindex.domain.language.CurrentLanguage;

/**
 * The administrators' accounts screen: the list, a form to create an account, and the changes to
 * the account chosen with {@code ?user=}. The account service checks every rule and the caller's
 * role; this bean only shows its refusals at the field they are about.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String CREATE_FORM = "create";
  private static final String EDIT_FORM = "edit";
  private static final String BACK_TO_ACCOUNT =
      "/accounts?faces-redirect=true&includeViewParams=true";

  @Inject private AccountService accountService;
  @Inject private Feedback feedback;
  @Inject private CurrentLanguage language;
  @Inject private SecurityLog securityLog;

  private String user;
  private List<AccountSummary> accounts;
  private AccountSummary selected;

  private String newUsername;
  private String newRole;
  private String newPassword;
  private String newPasswordRepeat;

  private String changedRole;
  private String resetPassword;
  private String resetPasswordRepeat;

  public void load() {
    accounts = accountService.accounts();
    selected =
        user == null
            ? null
            : accounts.stream().filter(a -> a.username().equals(user)).findFirst().orElse(null);
    if (user != null && !user.isBlank() && selected == null) {
      feedback.errorKey("accounts.unknown", user);
    }
    if (selected != null) {
      changedRole = selected.role().name();
    }
  }

  public String create() {
    if (!Objects.equals(newPassword, newPasswordRepeat)) {
      fieldError(CREATE_FORM + ":passwordRepeat", feedback.text("accounts.password.mismatch"));
      return null;
    }
    String username = newUsername == null ? null : newUsername.strip();
    Role role = role(newRole);
    boolean created =
        attempt(CREATE_FORM, () -> accountService.create(username, newPassword, role));
    if (!created) {
      return null;
    }
    user = username;
    feedback.infoKey("accounts.created", username, feedback.text("role." + role.name()));
    return done();
  }

  public String disable() {
    return change(() -> accountService.disable(user), "accounts.disabledDone");
  }

  public String enable() {
    return change(() -> accountService.enable(user), "accounts.enabledDone");
  }

  public String changeRole() {
    Role role = role(changedRole);
    if (!attempt(EDIT_FORM, () -> accountService.changeRole(user, role))) {
      return null;
    }
    feedback.infoKey("accounts.roleChanged", user, feedback.text("role." + role.name()));
    return done();
  }

  public String resetPassword() {
    if (!Objects.equals(resetPassword, resetPasswordRepeat)) {
      fieldError(EDIT_FORM + ":passwordRepeat", feedback.text("accounts.password.mismatch"));
      return null;
    }
    return change(
        () -> accountService.resetPassword(user, resetPassword), "accounts.passwordReset");
  }

  private String change(Runnable call, String doneKey) {
    if (!attempt(EDIT_FORM, call)) {
      return null;
    }
    feedback.infoKey(doneKey, user);
    return done();
  }

  private String done() {
    feedback.keepForNextPage();
    return BACK_TO_ACCOUNT;
  }

  /** Runs the service call; a refusal about one input is shown at that input of the form. */
  private boolean attempt(String form, Runnable call) {
    try {
      call.run();
      return true;
    } catch (AccountException refused) {
      String message = refused.message(language.getCode());
      refused
          .field()
          .ifPresentOrElse(
              field -> fieldError(form + ":" + inputId(field), message),
              () -> feedback.error(message));
    } catch (EJBAccessException denied) {
      feedback.report(denied);
    }
    return false;
  }

  private static String inputId(AccountField field) {
    return switch (field) {
      case USERNAME -> "username";
      case PASSWORD, CURRENT_PASSWORD -> "password";
      case ROLE -> "role";
    };
  }

  private static void fieldError(String clientId, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  private static Role role(String name) {
    return Arrays.stream(Role.values())
        .filter(role -> role.name().equals(name))
        .findFirst()
        .orElse(null);
  }

  /** The newest failed and held-back logins, newest first (the security log's memory). */
  public List<SecurityLog.Event> getFailedLogins() {
    return securityLog.recent();
  }

  /** How many failed logins of a kind since the start. */
  public long failedLogins(String kind) {
    return securityLog.counts().getOrDefault(SecurityLog.Kind.valueOf(kind), 0L);
  }

  public int getFailedLoginsKept() {
    return SecurityLog.RECENT;
  }

  public List<Role> getRoles() {
    return Arrays.asList(Role.values());
  }

  public List<AccountSummary> getAccounts() {
    return accounts;
  }

  public AccountSummary getSelected() {
    return selected;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getNewUsername() {
    return newUsername;
  }

  public void setNewUsername(String newUsername) {
    this.newUsername = newUsername;
  }

  public String getNewRole() {
    return newRole;
  }

  public void setNewRole(String newRole) {
    this.newRole = newRole;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getNewPasswordRepeat() {
    return newPasswordRepeat;
  }

  public void setNewPasswordRepeat(String newPasswordRepeat) {
    this.newPasswordRepeat = newPasswordRepeat;
  }

  public String getChangedRole() {
    return changedRole;
  }

  public void setChangedRole(String changedRole) {
    this.changedRole = changedRole;
  }

  public String getResetPassword() {
    return resetPassword;
  }

  public void setResetPassword(String resetPassword) {
    this.resetPassword = resetPassword;
  }

  public String getResetPasswordRepeat() {
    return resetPasswordRepeat;
  }

  public void setResetPasswordRepeat(String resetPasswordRepeat) {
    this.resetPasswordRepeat = resetPasswordRepeat;
  }
}
