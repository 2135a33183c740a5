package org.ictindex.admin.view;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.domain.language.LocalizedException;

/**
 * Messages to the person at the screen, in their language: from the resource bundle, or from a
 * service's refusal. Screens show them with {@code p:messages} or {@code p:growl}.
 */
@RequestScoped
public class Feedback {

  private static final String BUNDLE = "org.ictindex.admin.i18n.messages";

  @Inject private FacesContext faces;
  @Inject private CurrentLanguage language;

  /**
   * Runs a service call and turns a refusal into a message instead of an error page.
   *
   * @return the call's result, or null when it was refused (the message says why)
   */
  public <T> T attempt(Supplier<T> call) {
    try {
      return call.get();
    } catch (LocalizedException | EJBAccessException | AccessLocalException refused) {
      report(refused);
      return null;
    }
  }

  /**
   * Shows why a service refused: its own message, or that the person lacks the right.
   *
   * @throws RuntimeException the failure itself when it is not a refusal but a fault
   */
  public void report(RuntimeException failure) {
    if (failure instanceof LocalizedException refused) {
      error(refused.message(language.getCode()));
    } else if (failure instanceof EJBAccessException || failure instanceof AccessLocalException) {
      // Payara refuses a local call to a permission-checked EJB with AccessLocalException.
      errorKey("access.denied");
    } else {
      throw failure;
    }
  }

  /** Like {@link #attempt(Supplier)} for a call without a result; whether it succeeded. */
  public boolean attempt(Runnable call) {
    return attempt(
            () -> {
              call.run();
              return Boolean.TRUE;
            })
        != null;
  }

  /** The text of a bundle key with its arguments in the current language. */
  public String text(String key, Object... arguments) {
    String pattern = ResourceBundle.getBundle(BUNDLE, language.getLocale()).getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, language.getLocale()).format(arguments);
  }

  public void infoKey(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, text(key, arguments));
  }

  public void errorKey(String key, Object... arguments) {
    error(text(key, arguments));
  }

  public void error(String message) {
    add(FacesMessage.SEVERITY_ERROR, message);
  }

  /** Keeps the messages across a redirect. */
  public void keepForNextPage() {
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  private void add(FacesMessage.Severity severity, String text) {
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }
}
