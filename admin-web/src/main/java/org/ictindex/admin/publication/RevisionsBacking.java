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
import org.ictindex.domain.publication.Withdrawal;

/**
 * Every revision of a published year, each verified on demand and downloadable as the exact package
 * that was frozen, each marked when it was withdrawn from the public site, the choice of two
 * revisions to compare, and for administrators the withdrawal of the current revision.
 */
@Named
@ViewScoped
public class RevisionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PublicationService publications;
  @Inject private Feedback feedback;

  private int year;
  private List<Publication> revisions = List.of();
  private Map<Integer, Withdrawal> withdrawals = Map.of();
  private String withdrawalReason;
  private final Map<Integer, Verification> verifications = new HashMap<>();
  private Integer from;
  private Integer to;

  public void load() {
    List<Publication> found = feedback.attempt(() -> publications.revisions(year));
    revisions = found == null ? List.of() : found;
    List<Withdrawal> withdrawn = found == null ? null : publications.withdrawals(year);
    Map<Integer, Withdrawal> byRevision = new HashMap<>();
    if (withdrawn != null) {
      withdrawn.forEach(withdrawal -> byRevision.put(withdrawal.revision(), withdrawal));
    }
    withdrawals = byRevision;
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

  /**
   * Takes the current revision off the public site with the typed reason (administrators only; the
   * service checks the permission and the reason).
   */
  public void withdraw() {
    Withdrawal done = feedback.attempt(() -> publications.withdraw(year, withdrawalReason));
    if (done != null) {
      feedback.infoKey("revisions.withdraw.done", String.valueOf(done.revision()));
      withdrawalReason = null;
      load();
    }
  }

  /** The revision's withdrawal as a list of none or one. */
  public List<Withdrawal> withdrawalOf(int revision) {
    Withdrawal withdrawal = withdrawals.get(revision);
    return withdrawal == null ? List.of() : List.of(withdrawal);
  }

  /** Whether the public site shows the year's current revision, which may then be withdrawn. */
  public boolean isWithdrawable() {
    return !revisions.isEmpty()
        && !withdrawals.containsKey(revisions.get(revisions.size() - 1).revision());
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

  public String getWithdrawalReason() {
    return withdrawalReason;
  }

  public void setWithdrawalReason(String withdrawalReason) {
    this.withdrawalReason = withdrawalReason;
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
