package org.ictindex.admin.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import org.ictindex.domain.audit.AuditAction;

/** What an audit record's action is called on the screens, in the person's language. */
@Named
@RequestScoped
public class AuditActionLabels {

  @Inject private Feedback feedback;

  /** The label of a stored action; an action this version does not know shows as stored. */
  public String label(String storedAction) {
    return isKnown(storedAction) ? feedback.text("audit.action." + storedAction) : storedAction;
  }

  static boolean isKnown(String name) {
    return Arrays.stream(AuditAction.values()).anyMatch(known -> known.name().equals(name));
  }
}
