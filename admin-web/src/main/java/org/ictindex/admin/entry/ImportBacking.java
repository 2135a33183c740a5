package org.ictindex.admin.entry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ictindex.admin.view.BackgroundTask;
import org.ictindex.admin.view.BackgroundTasks;
import org.ictindex.admin.view.Feedback;
import org.ictindex.domain.cycle.CycleService;
import org.ictindex.domain.cycle.DataEntry;
import org.ictindex.domain.cycle.ImportSummary;
import org.ictindex.domain.cycle.InvalidPackageException;
import org.ictindex.scoring.pkg.PackageError;
import org.primefaces.model.file.UploadedFile;

/**
 * Importing a year's package ZIP or a filled-in workbook: the upload starts the import in the
 * background; the page shows its progress, then what was stored or every error (nothing stored).
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CycleService cycleService;
  @Inject private DataEntry dataEntry;
  @Inject private BackgroundTasks tasks;
  @Inject private Feedback feedback;
  @Inject private UploadSlots slots;

  private int year;
  private transient UploadedFile file;
  private String taskId;
  private ImportSummary summary;
  private List<PackageError> errors = List.of();

  /** Checks the file and starts importing it. */
  public void upload() {
    summary = null;
    errors = List.of();
    if (file == null || file.getSize() == 0) {
      feedback.errorKey("import.noFile");
      return;
    }
    if (file.getSize() > UploadLimit.MAX_BYTES) {
      feedback.errorKey("import.tooLarge");
      return;
    }
    String name = file.getFileName() == null ? "" : file.getFileName().toLowerCase(Locale.ROOT);
    boolean workbook = name.endsWith(".xlsx");
    if (!workbook && !name.endsWith(".zip")) {
      feedback.errorKey("import.wrongType");
      return;
    }
    // The container kept the file on disk; in memory it takes one of the upload slots until its
    // import has finished.
    Optional<UploadSlots.Slot> slot = slots.tryTake();
    if (slot.isEmpty()) {
      feedback.errorKey("import.busy", UploadSlots.RETRY_AFTER_SECONDS);
      return;
    }
    try {
      byte[] content = file.getContent();
      int importedYear = year;
      BackgroundTask<ImportSummary> task =
          tasks.start(
              progress -> {
                try (UploadSlots.Slot held = slot.get()) {
                  progress.progress(30, "import.step.storing");
                  return workbook
                      ? dataEntry.importWorkbook(importedYear, content)
                      : cycleService.importPackage(importedYear, content);
                }
              });
      taskId = task.id();
    } catch (RuntimeException | Error notStarted) {
      slot.get().close();
      throw notStarted;
    }
  }

  /** Polled while the import runs: takes its outcome once it is finished. */
  public void check() {
    tasks
        .<ImportSummary>takeFinished(taskId)
        .ifPresent(
            task -> {
              taskId = null;
              RuntimeException failure = task.failure();
              if (failure == null) {
                summary = task.result();
                feedback.infoKey(
                    "import.done", summary.units(), summary.indicators(), summary.values());
              } else if (failure instanceof InvalidPackageException invalid) {
                errors = invalid.errors();
                feedback.errorKey("import.failed", errors.size());
              } else {
                feedback.report(failure);
              }
            });
  }

  public boolean isRunning() {
    return taskId != null;
  }

  public int getPercent() {
    return tasks.percent(taskId);
  }

  public String getStep() {
    return taskId == null ? "" : feedback.text(tasks.stepKey(taskId));
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public ImportSummary getSummary() {
    return summary;
  }

  public List<PackageError> getErrors() {
    return errors;
  }
}
