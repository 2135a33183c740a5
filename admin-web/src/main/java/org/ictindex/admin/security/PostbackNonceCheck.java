package org.ictindex.admin.security;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Refuses a postback whose script nonce is not the one its view was rendered with, before any of
 * its values is applied or its action runs.
 *
 * <p>PrimeFaces' CSP mode keeps each view's nonce in the view and compares the posted one only when
 * it renders the answer, after the action has run (and not at all when the action redirects). The
 * check here runs right after the view is restored, so such a post changes nothing: it gets a 400.
 * Stateless views (the login form) have no nonce to compare; see {@link LoginForm}.
 *
 * <p>It also marks the login form's view stateless as soon as it exists, before PrimeFaces would
 * keep the page's nonce in it (and so in a new session).
 */
public class PostbackNonceCheck implements PhaseListener {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(PostbackNonceCheck.class.getName());

  /** Where PrimeFaces keeps the nonce in the view, and the name of the posted field. */
  static final String NONCE = "primefaces.nonce";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.RESTORE_VIEW;
  }

  @Override
  public void beforePhase(PhaseEvent event) {
    // Nothing to compare before the view is restored.
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    UIViewRoot view = faces.getViewRoot();
    if (view != null && AdminAuthentication.LOGIN_PAGE.equals(view.getViewId())) {
      // The login form's f:view is transient, but that is applied only as the page is built,
      // after PrimeFaces has kept the page's nonce in the view, which would start a session.
      view.setTransient(true);
      return;
    }
    if (!faces.isPostback() || faces.getResponseComplete() || view == null || view.isTransient()) {
      return;
    }
    Map<String, Object> viewMap = view.getViewMap(false);
    Object expected = viewMap == null ? null : viewMap.get(NONCE);
    if (expected == null) {
      return;
    }
    ExternalContext external = faces.getExternalContext();
    if (!expected.equals(external.getRequestParameterMap().get(NONCE))) {
      LOG.info(() -> "Postback to " + view.getViewId() + " with another script nonce refused");
      try {
        external.responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
      } catch (IOException gone) {
        throw new UncheckedIOException(gone);
      }
      faces.responseComplete();
    }
  }
}
