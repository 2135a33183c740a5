package org.ictindex.admin.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.ictindex.admin.security.AdminAuthentication;
import org.ictindex.admin.security.ReturnAddress;

/** The login form, and logging out. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private SecurityContext securityContext;
  @Inject private FacesContext faces;
  @Inject private Feedback feedback;

  private String username;
  private String password;

  /** Checks the user name and password; on success goes where the person was heading. */
  public void logIn() throws IOException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username.trim(),
                        new Password(password == null ? "" : password))));
    password = null;
    // A refused credential leaves the request anonymous rather than failing it (see
    // AdminAuthentication), so success is a caller, not only a status.
    if (status == AuthenticationStatus.SUCCESS && request.getUserPrincipal() != null) {
      external.redirect(
          external.getRequestContextPath()
              + ReturnAddress.local(request.getParameter(ReturnAddress.PARAMETER)).orElse("/"));
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
    } else if (request.getAttribute(AdminAuthentication.THROTTLED_SECONDS) instanceof Long wait) {
      feedback.errorKey("login.throttled", wait);
    } else {
      feedback.errorKey("login.failed");
    }
  }

  /** Ends the session and returns to the login form. */
  public void logOut() throws IOException, jakarta.servlet.ServletException {
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(external.getRequestContextPath() + AdminAuthentication.LOGIN_PAGE);
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
