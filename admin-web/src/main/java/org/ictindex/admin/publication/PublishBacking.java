package org.ictindex.admin.publication;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ictindex.admin.view.BackgroundTask;
import org.ictindex.admin.view.BackgroundTasks;
import org.ictindex.admin.view.Feedback;
import org.ictindex.domain.cycle.AssessmentYears;
import org.ictindex.domain.publication.DraftPreview;
import org.ictindex.domain.publication.Publication;
import org.ictindex.domain.publication.PublicationService;
import org.ictindex.domain.publication.YearFacts;

/**
 * Publishing a draft: what will be frozen, a confirmation, the work in the background, then the
 * revision with its hashes. A published year shows its revisions instead.
 */
@Named
@ViewScoped
public class PublishBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DraftPreview draftPreview;
  @Inject private PublicationService publications;
  @Inject private BackgroundTasks tasks;
  @Inject private Feedback feedback;
  @Inject private AssessmentYears assessmentYears;

  private int year;
  private YearFacts facts;
  private List<Publication> revisions = List.of();
  private String taskId;
  private Publication published;

  /** Reads what the year holds when the page opens. */
  public void load() {
    facts = feedback.attempt(() -> draftPreview.facts(year));
    if (facts != null && facts.published()) {
      revisions = publications.revisions(year);
    }
  }

  /** Starts publishing; the person has confirmed. */
  public void publish() {
    BackgroundTask<Publication> task =
        tasks.start(
            running -> {
              running.progress(10, "publish.step.freezing");
              return publications.publish(year);
            });
    taskId = task.id();
  }

  /** Called by the poll: shows the revision, or why publishing was refused. */
  public void check() {
    tasks
        .<Publication>takeFinished(taskId)
        .ifPresent(
            task -> {
              taskId = null;
              if (task.failure() != null) {
                feedback.report(task.failure());
              } else {
                published = task.result();
                feedback.infoKey("publish.done", published.revision());
                load();
              }
            });
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

  public YearFacts getFacts() {
    return facts;
  }

  /** Each group's code with its number of units, such as "PROVINCE: 63". */
  public List<String> getUnitsPerGroup() {
    return facts.unitsPerGroup().entrySet().stream()
        .map(group -> group.getKey() + ": " + group.getValue())
        .toList();
  }

  /**
   * Why the year cannot be published as it is, in the person's language, or null when it can: a
   * year outside the configured range, no values at all, or a group of units without any value.
   */
  public String getRefusal() {
    if (facts == null || facts.published()) {
      return null;
    }
    if (!assessmentYears.allows(year)) {
      return feedback.text(
          "publish.refused.outOfRange",
          String.valueOf(assessmentYears.range().first()),
          String.valueOf(assessmentYears.range().last()));
    }
    if (facts.withoutAnyValue()) {
      return feedback.text("publish.refused.noValues");
    }
    if (!facts.publishable()) {
      return feedback.text(
          "publish.refused.emptyGroups", String.join(", ", facts.groupsWithoutValues()));
    }
    return null;
  }

  public List<Publication> getRevisions() {
    return revisions;
  }

  public Publication getPublished() {
    return published;
  }
}
