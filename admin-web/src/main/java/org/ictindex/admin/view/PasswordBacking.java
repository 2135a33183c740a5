package org.ictindex.admin.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.ictindex.admin.security.AdminAuthentication;
import org.ictindex.admin.security.LoginThrottle;
import org.ictindex.admin.security.SecurityLog;
import org.ictindex.domain.account.AccountException;
import org.ictindex.domain.account.AccountField;
import org.ictindex.domain.account.AccountNames;
import org.ictindex.domain.account.AccountService;
import org.ictindex.domain.language.CurrentLanguage;

/**
 * Changing one's own password ({@code password.xhtml}): the current password is required, the new
 * one follows the password rules, every other session of the account ends and this one continues.
 * Wrong current passwords count in the login throttle like wrong logins, so a borrowed session
 * cannot be used to guess the password.
 */
@Named
@RequestScoped
public class PasswordBacking {

  private static final String FORM = "change";

  @Inject private AccountService accountService;
  @Inject private Feedback feedback;
  @Inject private CurrentLanguage language;
  @Inject private FacesContext faces;
  @Inject private LoginThrottle throttle;
  @Inject private SecurityLog securityLog;

  private String current;
  private String newPassword;
  private String newPasswordRepeat;

  public String change() {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    String username = request.getUserPrincipal().getName();
    String account = AccountNames.canonical(username);
    String address = request.getRemoteAddr();
    Duration wait = throttle.waitFor(account, address, Optional.empty());
    if (!wait.isZero()) {
      securityLog.record(SecurityLog.Kind.THROTTLED, username, address, false);
      fieldError("current", feedback.text("login.throttled", (wait.toMillis() + 999) / 1000));
      return null;
    }
    if (!Objects.equals(newPassword, newPasswordRepeat)) {
      fieldError("passwordRepeat", feedback.text("accounts.password.mismatch"));
      return null;
    }
    try {
      long generation = accountService.changeOwnPassword(current, newPassword);
      AdminAuthentication.continueSession(request, generation);
      throttle.succeeded(account, address, Optional.empty());
    } catch (AccountException refused) {
      if (refused.field().filter(field -> field == AccountField.CURRENT_PASSWORD).isPresent()) {
        throttle.failed(account, address, Optional.empty());
        securityLog.record(SecurityLog.Kind.WRONG_CURRENT_PASSWORD, username, address, false);
      }
      String message = refused.message(language.getCode());
      refused
          .field()
          .ifPresentOrElse(
              field ->
                  fieldError(
                      field == AccountField.CURRENT_PASSWORD ? "current" : "password", message),
              () -> feedback.error(message));
      return null;
    } finally {
      current = null;
      newPassword = null;
      newPasswordRepeat = null;
    }
    feedback.infoKey("password.changed");
    feedback.keepForNextPage();
    return "/password?faces-redirect=true";
  }

  private void fieldError(String input, String message) {
    faces.addMessage(
        FORM + ":" + input, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
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
}
