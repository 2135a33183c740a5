package org.ictindex.admin.publication;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ictindex.admin.view.BackgroundTask;
import org.ictindex.admin.view.BackgroundTasks;
import org.ictindex.admin.view.Feedback;
import org.ictindex.domain.language.CurrentLanguage;
import org.ictindex.domain.publication.DraftPreview;
import org.ictindex.domain.publication.YearResults;
import org.ictindex.scoring.model.Node;
import org.ictindex.scoring.model.RatingClass;
import org.ictindex.scoring.model.UnitGroup;

/**
 * The preview of a year as the public will see it: computed in the background (the rank intervals
 * take a thousand draws), then shown per group and node; the what-if panel recomputes it under
 * other weights of the top-level criteria without storing anything.
 */
@Named
@ViewScoped
public class PreviewBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DraftPreview draftPreview;
  @Inject private BackgroundTasks tasks;
  @Inject private Feedback feedback;
  @Inject private CurrentLanguage language;

  private int year;
  private String taskId;
  private YearResults preview;
  private YearResults whatIf;
  private String groupCode;
  private String nodeCode = Node.TOTAL;
  private final Map<String, BigDecimal> weights = new LinkedHashMap<>();

  /** Starts computing when the page opens. */
  public void start() {
    BackgroundTask<YearResults> task =
        tasks.start(
            running -> {
              running.progress(10, "preview.step.computing");
              return draftPreview.preview(year);
            });
    taskId = task.id();
  }

  /** Called by the poll: takes the results once the work has finished. */
  public void check() {
    tasks
        .<YearResults>takeFinished(taskId)
        .ifPresent(
            task -> {
              taskId = null;
              if (task.failure() != null) {
                feedback.report(task.failure());
              } else {
                preview = task.result();
                groupCode = preview.data().framework().groups().get(0).code();
                resetWeights();
              }
            });
  }

  /** A node of one group may not exist in another: the chooser goes back to the total. */
  public void groupChanged() {
    nodeCode = Node.TOTAL;
  }

  /** Recomputes the ranking under the weights in the what-if panel. */
  public void recompute() {
    whatIf = feedback.attempt(() -> draftPreview.whatIf(year, new LinkedHashMap<>(weights)));
  }

  /** Puts back the framework's weights and forgets the what-if ranking. */
  public void reset() {
    resetWeights();
    whatIf = null;
  }

  private void resetWeights() {
    weights.clear();
    preview.data().framework().nodes().forEach(node -> weights.put(node.code(), node.weight()));
  }

  public boolean isRunning() {
    return taskId != null;
  }

  public boolean isReady() {
    return preview != null;
  }

  public int getPercent() {
    return tasks.percent(taskId);
  }

  public String getStepKey() {
    return tasks.stepKey(taskId);
  }

  public List<UnitGroup> getGroups() {
    return preview.data().framework().groups();
  }

  /** Every node of the framework that exists for the chosen group, in document order. */
  public List<Node> getNodes() {
    return preview.data().framework().nodesFor(groupCode);
  }

  public List<Node> getTopLevelNodes() {
    return preview.data().framework().nodes();
  }

  public List<RankingRow> getRows() {
    Map<String, RatingClass> classes =
        preview.data().framework().classes().stream()
            .collect(Collectors.toMap(RatingClass::code, Function.identity()));
    return RankingRow.of(
        preview.results(),
        whatIf == null ? null : whatIf.results(),
        groupCode,
        nodeCode,
        classes,
        language.getCode());
  }

  /** A node's name in the person's language, "TOTAL" as the total. */
  public String nodeName(Node node) {
    return node.code() + " · " + node.name().in(language.getCode());
  }

  public boolean isWhatIfShown() {
    return whatIf != null;
  }

  public List<String> getWeightCodes() {
    return new ArrayList<>(weights.keySet());
  }

  public Map<String, BigDecimal> getWeights() {
    return weights;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public String getGroupCode() {
    return groupCode;
  }

  public void setGroupCode(String groupCode) {
    this.groupCode = groupCode;
  }

  public String getNodeCode() {
    return nodeCode;
  }

  public void setNodeCode(String nodeCode) {
    this.nodeCode = nodeCode;
  }
}
