package org.ictindex.admin.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ictindex.domain.audit.AuditAction;
import org.ictindex.domain.audit.AuditFilter;
import org.ictindex.domain.audit.AuditQueries;
import org.ictindex.domain.audit.AuditRecord;
import org.ictindex.domain.audit.ChainVerification;

/**
 * The audit trail screen. Its filters are the page's address parameters ({@code actor}, {@code
 * year}, {@code action}, {@code from}, {@code to}), so a filtered view can be shared as a link.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditQueries queries;
  @Inject private AuditActionLabels actionLabels;
  @Inject private Feedback feedback;
  @Inject private TimeDisplay timeDisplay;

  private String actor;
  private String year;
  private String action;
  private String from;
  private String to;

  private AuditPage records;
  private long total;
  private List<String> actors;
  private String chainMessage;
  private boolean chainIntact;

  /** Reads the filters from the address; a filter that cannot be read is left out and said so. */
  public void load() {
    AuditFilter filter =
        new AuditFilter(
            blankToNull(actor),
            parseYear().orElse(null),
            parseAction().orElse(null),
            parseDate(from).orElse(null),
            parseDate(to).orElse(null));
    records = new AuditPage(queries, filter);
    total = queries.count(filter);
    actors = queries.actors();
  }

  /** Recomputes the whole hash chain and says whether it holds or where it first breaks. */
  public void verifyChain() {
    ChainVerification result = queries.verifyChain();
    chainIntact = result.intact();
    if (result.intact()) {
      chainMessage = feedback.text("audit.verify.intact", result.intactRecords());
    } else if (result.brokenRecord().isPresent()) {
      AuditRecord broken = result.brokenRecord().get();
      chainMessage =
          feedback.text(
              "audit.verify.broken",
              broken.id(),
              timeDisplay.format(broken.recordedAt()),
              actionLabels.label(broken.action()),
              broken.subject());
    } else {
      chainMessage = feedback.text("audit.verify.headMismatch");
    }
  }

  public List<AuditAction> getActions() {
    return Arrays.asList(AuditAction.values());
  }

  private Optional<Integer> parseYear() {
    String text = blankToNull(year);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Integer.valueOf(text));
    } catch (NumberFormatException notAYear) {
      feedback.errorKey("audit.filter.year.invalid");
      return Optional.empty();
    }
  }

  private Optional<AuditAction> parseAction() {
    String text = blankToNull(action);
    if (text == null) {
      return Optional.empty();
    }
    if (!AuditActionLabels.isKnown(text)) {
      feedback.errorKey("audit.filter.action.invalid", text);
      return Optional.empty();
    }
    return Optional.of(AuditAction.valueOf(text));
  }

  private Optional<LocalDate> parseDate(String value) {
    String text = blankToNull(value);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException notADate) {
      feedback.errorKey("audit.filter.date.invalid");
      return Optional.empty();
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public AuditPage getRecords() {
    return records;
  }

  public long getTotal() {
    return total;
  }

  public List<String> getActors() {
    return actors;
  }

  public String getChainMessage() {
    return chainMessage;
  }

  public boolean isChainIntact() {
    return chainIntact;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getYear() {
    return year;
  }

  public void setYear(String year) {
    this.year = year;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }
}
