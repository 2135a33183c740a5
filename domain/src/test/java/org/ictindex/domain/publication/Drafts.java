package org.ictindex.domain.publication;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.ictindex.domain.cycle.DraftImport;

/** Test access to the services' cores, each call in its own transaction. */
@Stateless
public class Drafts {

  @Inject private DraftImport draftImport;
  @Inject private Publisher publisher;
  @Inject private org.ictindex.domain.cycle.DraftEditing draftEditing;

  public void importPackage(int year, byte[] zip) {
    draftImport.importPackage(year, zip, "test");
  }

  public Publication publish(int year) {
    return publisher.publish(year, "test");
  }

  public Publication correct(int year, byte[] zip, String reason) {
    return publisher.correct(year, zip, reason, "test");
  }

  public java.util.List<Publication> revisions(int year) {
    return publisher.revisions(year);
  }

  public org.ictindex.scoring.model.CyclePackage data(int year) {
    return publisher.currentData(year);
  }

  public Withdrawal withdraw(int year, String reason) {
    return publisher.withdraw(year, reason, "test-admin");
  }

  public java.util.List<Withdrawal> withdrawals(int year) {
    return publisher.withdrawals(year);
  }

  public void createYearByCopy(int year) {
    draftEditing.createYearByCopy(year, "test");
  }

  public Verification verify(int year, int revision) {
    return publisher.verify(year, revision);
  }
}
