package org.ictindex.admin.publication;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ictindex.admin.view.Feedback;
import org.ictindex.domain.publication.Publication;
import org.ictindex.domain.publication.PublicationService;
import org.ictindex.domain.publication.Verification;

/**
 * Every revision of a published year, each verified on demand and downloadable as the exact package
 * that was frozen, and the choice of two revisions to compare.
 */
@Named
@ViewScoped
public class RevisionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PublicationService publications;
  @Inject private Feedback feedback;

  private int year;
  private List<Publication> revisions = List.of();
  private final Map<Integer, Verification> verifications = new HashMap<>();
  private Integer from;
  private Integer to;

  public void load() {
    List<Publication> found = feedback.attempt(() -> publications.revisions(year));
    revisions = found == null ? List.of() : found;
    if (revisions.size() > 1) {
      from = revisions.get(revisions.size() - 2).revision();
      to = revisions.get(revisions.size() - 1).revision();
    }
  }

  /** Recomputes the revision from its stored package and keeps the outcome to show. */
  public void verify(int revision) {
    Verification verification = feedback.attempt(() -> publications.verify(year, revision));
    if (verification != null) {
      verifications.put(revision, verification);
    }
  }

  /** Sends the revision's package exactly as it was frozen. */
  public void download(int revision) {
    byte[] zip = feedback.attempt(() -> publications.exportPackage(year, revision));
    if (zip == null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/zip");
    external.setResponseContentLength(zip.length);
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"ictindex-" + year + "-r" + revision + ".zip\"");
    try {
      external.getResponseOutputStream().write(zip);
    } catch (IOException broken) {
      throw new UncheckedIOException(broken);
    }
    faces.responseComplete();
  }

  /** Opens the comparison of the two chosen revisions. */
  public String compare() {
    if (from == null || to == null || from.equals(to)) {
      feedback.errorKey("revisions.compare.twoDifferent");
      return null;
    }
    return "/diff?faces-redirect=true&year=" + year + "&from=" + from + "&to=" + to;
  }

  /** The revision's verification as a list of none or one, to show it once it was asked for. */
  public List<Verification> verificationOf(int revision) {
    Verification verification = verifications.get(revision);
    return verification == null ? List.of() : List.of(verification);
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public List<Publication> getRevisions() {
    return revisions;
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }
}
