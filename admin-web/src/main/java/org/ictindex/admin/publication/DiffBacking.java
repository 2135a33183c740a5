package org.ictindex.admin.publication;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ictindex.admin.view.Feedback;
import org.ictindex.domain.publication.DraftPreview;
import org.ictindex.domain.publication.RevisionDiff;

/** Two revisions of a year side by side: the values that changed and the results that moved. */
@Named
@RequestScoped
public class DiffBacking {

  @Inject private DraftPreview draftPreview;
  @Inject private Feedback feedback;

  private int year;
  private int from;
  private int to;
  private RevisionDiff diff;

  public void load() {
    diff = feedback.attempt(() -> draftPreview.compare(year, from, to));
  }

  public RevisionDiff getDiff() {
    return diff;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public int getFrom() {
    return from;
  }

  public void setFrom(int from) {
    this.from = from;
  }

  public int getTo() {
    return to;
  }

  public void setTo(int to) {
    this.to = to;
  }
}
