package org.ictindex.admin.publication;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ictindex.admin.view.BackgroundTask;
import org.ictindex.admin.view.BackgroundTasks;
import org.ictindex.admin.view.Feedback;
import org.ictindex.domain.cycle.CycleService;
import org.ictindex.domain.cycle.InvalidPackageException;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.domain.publication.CorrectionChoices;
import org.ictindex.domain.publication.DraftPreview;
import org.ictindex.domain.publication.Publication;
import org.ictindex.domain.publication.PublicationService;
import org.ictindex.domain.publication.RevisionDiff;
import org.ictindex.domain.publication.ValueChange;
import org.ictindex.domain.unit.RecordedValue;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.Unit;
import org.ictindex.scoring.pkg.PackageError;
import org.ictindex.scoring.pkg.ValueText;

/**
 * A correction of a published year: a list of value changes against the current revision, each
 * checked as an import checks it, a reason, a preview of the ranks that would move, then the new
 * revision published in the background. A whole corrected package can be uploaded instead.
 */
@Named
@ViewScoped
public class CorrectionBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SUGGESTIONS = 20;

  @Inject private DraftPreview draftPreview;
  @Inject private PublicationService publications;
  @Inject private CycleService cycleService;
  @Inject private BackgroundTasks tasks;
  @Inject private Feedback feedback;
  @Inject private CurrentLanguage language;

  private int year;
  private CorrectionChoices choices;
  private String unitCode;
  private String indicatorCode;
  private String newValue;
  private final List<ChangeRow> changes = new ArrayList<>();
  private String reason;
  private RevisionDiff diff;
  private String taskId;
  private Publication corrected;
  private List<PackageError> packageErrors = List.of();

  /** One value to change, with the value the current revision holds. */
  public record ChangeRow(
      String unitCode, String unitName, String indicatorCode, String currentText, String newText)
      implements Serializable {}

  /** Reads the units and framework to choose from once; a value is read when it is chosen. */
  public void load() {
    choices = feedback.attempt(() -> draftPreview.correctionChoices(year));
  }

  public List<String> completeUnit(String query) {
    String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    return choices.units().stream()
        .filter(
            unit ->
                unit.code().toLowerCase(Locale.ROOT).contains(wanted)
                    || unit.name().in(language.getCode()).toLowerCase(Locale.ROOT).contains(wanted))
        .limit(SUGGESTIONS)
        .map(Unit::code)
        .toList();
  }

  /** Only the indicators that apply to the chosen unit's group. */
  public List<String> completeIndicator(String query) {
    String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    return unit(unitCode)
        .map(unit -> choices.indicatorsFor(unit.groupCode()))
        .orElse(List.of())
        .stream()
        .filter(
            node ->
                node.code().toLowerCase(Locale.ROOT).contains(wanted)
                    || node.name().in(language.getCode()).toLowerCase(Locale.ROOT).contains(wanted))
        .limit(SUGGESTIONS)
        .map(Node::code)
        .toList();
  }

  /** Adds the typed change to the list, or says at the field what is wrong with it. */
  public void add() {
    Optional<Unit> unit = unit(unitCode);
    if (unit.isEmpty()) {
      fieldError("correction-form:unit", "correction.unit.unknown");
      return;
    }
    Optional<Node> indicator =
        choices.indicatorsFor(unit.get().groupCode()).stream()
            .filter(node -> node.code().equals(indicatorCode))
            .findFirst();
    if (indicator.isEmpty()) {
      fieldError("correction-form:indicator", "correction.indicator.unknown");
      return;
    }
    ValueText.Parsed parsed = ValueText.parse(newValue, indicator.get().rule().takesYesOrNo());
    if (!parsed.isValid()) {
      FacesContext.getCurrentInstance()
          .addMessage(
              "correction-form:value",
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  "en".equals(language.getCode()) ? parsed.problemEn() : parsed.problemVi(),
                  null));
      return;
    }
    changes.removeIf(
        row -> row.unitCode().equals(unitCode) && row.indicatorCode().equals(indicatorCode));
    changes.add(
        new ChangeRow(
            unitCode,
            unit.get().name().in(language.getCode()),
            indicatorCode,
            currentText(unitCode, indicatorCode),
            parsed.value() == null ? "" : parsed.value().toPlainString()));
    unitCode = null;
    indicatorCode = null;
    newValue = null;
    diff = null;
  }

  public void remove(ChangeRow row) {
    changes.remove(row);
    diff = null;
  }

  /** Which values and ranks the correction would change, computed without storing anything. */
  public void previewChanges() {
    diff = feedback.attempt(() -> draftPreview.correction(year, valueChanges()));
  }

  /** Publishes the changes as the next revision, in the background. */
  public void publish() {
    List<ValueChange> valueChanges = valueChanges();
    String why = reason;
    BackgroundTask<Publication> task =
        tasks.start(
            running -> {
              running.progress(10, "correction.step.publishing");
              return publications.correctValues(year, valueChanges, why);
            });
    taskId = task.id();
  }

  /** Called by the poll: shows the new revision, or why it was refused. */
  public void check() {
    tasks
        .<Publication>takeFinished(taskId)
        .ifPresent(
            task -> {
              taskId = null;
              if (task.failure() instanceof InvalidPackageException invalid) {
                packageErrors = invalid.errors();
                invalid.problems().forEach(p -> feedback.error(p.message(language.getCode())));
                feedback.errorKey(
                    "correction.package.invalid", invalid.messages(language.getCode()).size());
              } else if (task.failure() != null) {
                feedback.report(task.failure());
              } else {
                corrected = task.result();
                changes.clear();
                diff = null;
                reason = null;
                feedback.infoKey("correction.done", corrected.revision());
                load();
              }
            });
  }

  private List<ValueChange> valueChanges() {
    return changes.stream()
        .map(row -> new ValueChange(row.unitCode(), row.indicatorCode(), row.newText()))
        .toList();
  }

  private String currentText(String unit, String indicator) {
    return cycleService.value(year, unit, indicator).map(RecordedValue::valueText).orElse("");
  }

  private Optional<Unit> unit(String code) {
    if (choices == null || code == null) {
      return Optional.empty();
    }
    return choices.unit(code);
  }

  private void fieldError(String clientId, String key) {
    FacesContext.getCurrentInstance()
        .addMessage(
            clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, feedback.text(key), null));
  }

  public boolean isAvailable() {
    return choices != null;
  }

  public boolean isRunning() {
    return taskId != null;
  }

  public int getPercent() {
    return tasks.percent(taskId);
  }

  public String getStepKey() {
    return tasks.stepKey(taskId);
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public String getIndicatorCode() {
    return indicatorCode;
  }

  public void setIndicatorCode(String indicatorCode) {
    this.indicatorCode = indicatorCode;
  }

  public String getNewValue() {
    return newValue;
  }

  public void setNewValue(String newValue) {
    this.newValue = newValue;
  }

  public List<ChangeRow> getChanges() {
    return changes;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public RevisionDiff getDiff() {
    return diff;
  }

  public Publication getCorrected() {
    return corrected;
  }

  public List<PackageError> getPackageErrors() {
    return packageErrors;
  }
}
