package org.ictindex.admin.security;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialResponseWriter;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ictindex.domain.web.ErrorPages;

/**
 * Failures of screen requests answered without internals:
 *
 * <ul>
 *   <li>A post whose view has expired (its session ended, or a view state that was never this
 *       server's) is a user's situation, not a fault: one line in the log, and the page of expired
 *       pages (400), or for ajax a redirect to a fresh copy of the page.
 *   <li>Any other failure of an ajax request is logged with its stack trace and answered with a
 *       partial response whose error names no exception class, unlike JSF's own, which names it.
 *   <li>Other failures of whole pages go on to the container's error page (web.xml).
 * </ul>
 */
public class CleanErrors extends ExceptionHandlerFactory {

  private static final Logger LOG = Logger.getLogger(CleanErrors.class.getName());

  public CleanErrors(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  private static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() {
      FacesContext faces = FacesContext.getCurrentInstance();
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext() && faces != null) {
        Throwable failure = events.next().getContext().getException();
        boolean ajax = faces.getPartialViewContext().isAjaxRequest();
        if (!expired(failure) && !ajax) {
          continue;
        }
        events.remove();
        try {
          if (expired(failure)) {
            answerExpired(faces, ajax);
          } else {
            LOG.log(Level.SEVERE, "An ajax request to a screen failed", failure);
            answerAjaxFailure(faces);
          }
        } catch (IOException | RuntimeException unanswered) {
          LOG.log(Level.WARNING, "Could not answer a failed screen request", unanswered);
        }
        faces.responseComplete();
        // Whatever else was queued is a consequence of the first failure.
        while (events.hasNext()) {
          events.next();
          events.remove();
        }
      }
      getWrapped().handle();
    }

    private static boolean expired(Throwable failure) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof ViewExpiredException) {
          return true;
        }
      }
      return false;
    }

    private static void answerExpired(FacesContext faces, boolean ajax) throws IOException {
      ExternalContext external = faces.getExternalContext();
      String page = external.getRequestContextPath() + external.getRequestServletPath();
      LOG.info(() -> "A post to " + page + " came with an expired or unknown view state");
      if (ajax) {
        // A fresh copy of the page, as PrimeFaces follows a redirect of a partial response.
        external.redirect(page);
      } else {
        external.getRequestMap().put(ErrorPages.KIND, ErrorPages.EXPIRED);
        external.responseSendError(HttpServletResponse.SC_BAD_REQUEST, null);
      }
    }

    private static void answerAjaxFailure(FacesContext faces) throws IOException {
      ExternalContext external = faces.getExternalContext();
      if (external.isResponseCommitted()) {
        return;
      }
      external.responseReset();
      external.setResponseContentType("text/xml");
      external.setResponseCharacterEncoding("UTF-8");
      external.addResponseHeader("Cache-Control", "no-store");
      Locale locale = faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale();
      String message =
          ResourceBundle.getBundle(
                  "org.ictindex.domain.web.errors",
                  locale == null ? Locale.forLanguageTag("vi") : locale)
              .getString("error.500.text");
      PartialResponseWriter writer = faces.getPartialViewContext().getPartialResponseWriter();
      writer.startDocument();
      writer.startError("server-error");
      writer.write(message);
      writer.endError();
      writer.endDocument();
      writer.flush();
    }
  }
}
