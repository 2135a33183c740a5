package org.ictindex.admin.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.ictindex.domain.audit.AuditFilter;
import org.ictindex.domain.language.CurrentLanguage;

/** Stored instants as a person in Vietnam reads them, written the way their language writes. */
@Named
@RequestScoped
public class TimeDisplay {

  @Inject private Feedback feedback;
  @Inject private CurrentLanguage language;

  private DateTimeFormatter formatter;

  public String format(Instant instant) {
    if (instant == null) {
      return "";
    }
    if (formatter == null) {
      formatter =
          DateTimeFormatter.ofPattern(feedback.text("audit.time.pattern"), language.getLocale())
              .withZone(AuditFilter.TIME_ZONE);
    }
    return formatter.format(instant);
  }
}
