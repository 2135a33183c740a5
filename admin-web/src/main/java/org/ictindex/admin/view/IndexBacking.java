package org.ictindex.admin.view;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ictindex.domain.audit.AuditRecord;
import org.ictindex.domain.cycle.AssessmentYears;
import org.ictindex.domain.cycle.CycleService;
import org.ictindex.domain.cycle.ImportSummary;
import org.ictindex.domain.cycle.YearOverview;
import org.ictindex.domain.cycle.YearSummary;
import org.ictindex.domain.database.DatabaseSchema;
import org.ictindex.domain.database.DatabaseStatus;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.domain.language.LocalizedException;

/**
 * The admin start page: every year with how complete it is, the latest changes, creating a year by
 * copying the one before, and the state of the database.
 */
@Named
@RequestScoped
public class IndexBacking {

  /** The client id of the new year's field, where its errors are shown. */
  static final String NEW_YEAR_FIELD = "create-year:new-year";

  private static final int RECENT_CHANGES = 15;

  @Inject private YearOverview overview;
  @Inject private CycleService cycleService;
  @Inject private DatabaseSchema databaseSchema;
  @Inject private Feedback feedback;
  @Inject private FacesContext faces;
  @Inject private CurrentLanguage language;
  @Inject private AssessmentYears assessmentYears;

  private List<YearSummary> years;
  private List<AuditRecord> recentChanges;
  private DatabaseStatus database;
  private String newYear;

  @PostConstruct
  void load() {
    years = overview.years();
    recentChanges = overview.recentChanges(RECENT_CHANGES);
    database = databaseSchema.status();
  }

  /** Creates the typed year by copying the most recent earlier year's framework and units. */
  public void createYearByCopy() {
    String typed = newYear == null ? "" : newYear.strip();
    if (typed.isEmpty()) {
      fieldError(feedback.text("dashboard.newYear.required"));
      return;
    }
    long year;
    try {
      year = Long.parseLong(typed);
    } catch (NumberFormatException notANumber) {
      fieldError(feedback.text("dashboard.newYear.notANumber", typed));
      return;
    }
    if (!assessmentYears.allows(year)) {
      fieldError(
          feedback.text(
              "dashboard.newYear.outOfRange",
              typed,
              String.valueOf(assessmentYears.range().first()),
              String.valueOf(assessmentYears.range().last())));
      return;
    }
    try {
      ImportSummary created = cycleService.createYearByCopy((int) year);
      feedback.infoKey(
          "dashboard.newYear.created", String.valueOf(year), created.units(), created.indicators());
      newYear = null;
      load();
    } catch (LocalizedException refused) {
      fieldError(refused.message(language.getCode()));
    } catch (RuntimeException refused) {
      feedback.report(refused);
    }
  }

  private void fieldError(String text) {
    faces.addMessage(NEW_YEAR_FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }

  public List<YearSummary> getYears() {
    return years;
  }

  public List<AuditRecord> getRecentChanges() {
    return recentChanges;
  }

  public DatabaseStatus getDatabase() {
    return database;
  }

  public String getNewYear() {
    return newYear;
  }

  public void setNewYear(String newYear) {
    this.newYear = newYear;
  }
}
