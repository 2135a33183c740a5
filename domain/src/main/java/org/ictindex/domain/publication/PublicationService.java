package org.ictindex.domain.publication;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.ictindex.domain.account.Permission;

/**
 * Publishing, correcting and auditing years. Each method checks the caller's permission and runs in
 * one transaction together with its audit record.
 */
@Stateless
public class PublicationService {

  @Inject private Publisher publisher;
  @Resource private SessionContext session;

  /** Freezes the draft of the year as revision 1. */
  @RolesAllowed(Permission.PUBLISH_NAME)
  public Publication publish(int year) {
    return publisher.publish(year, caller());
  }

  /** Replaces a published year's data with the package, as the next revision with a reason. */
  @RolesAllowed(Permission.CORRECT_NAME)
  public Publication correct(int year, byte[] zip, String reason) {
    return publisher.correct(year, zip, reason, caller());
  }

  /**
   * Changes some values of the current revision and publishes the result as the next revision, with
   * an audit record per changed value (old → new) and the reason.
   */
  @RolesAllowed(Permission.CORRECT_NAME)
  public Publication correctValues(int year, List<ValueChange> changes, String reason) {
    return publisher.correctValues(year, changes, reason, caller());
  }

  /**
   * Takes the year's current revision off the public site with a reason; administrators only. The
   * revision stays for auditors, and a later publication makes the year public again.
   */
  @RolesAllowed(Permission.WITHDRAW_NAME)
  public Withdrawal withdraw(int year, String reason) {
    return publisher.withdraw(year, reason, caller());
  }

  /** Every withdrawal of the year's revisions, with who, when and why. */
  @RolesAllowed(Permission.READ_YEARS_NAME)
  public List<Withdrawal> withdrawals(int year) {
    return publisher.withdrawals(year);
  }

  /** The draft's results as they would be published now, as results JSON. */
  @RolesAllowed(Permission.READ_YEARS_NAME)
  public String preview(int year) {
    return publisher.preview(year);
  }

  /** Every revision of a year, oldest first. */
  @RolesAllowed(Permission.READ_YEARS_NAME)
  public List<Publication> revisions(int year) {
    return publisher.revisions(year);
  }

  /** The exact package bytes of a revision, as published. */
  @RolesAllowed(Permission.READ_YEARS_NAME)
  public byte[] exportPackage(int year, int revision) {
    return publisher.revision(year, revision).packageBytes();
  }

  /** Recomputes a revision from its stored package and compares both hashes. */
  @RolesAllowed(Permission.READ_YEARS_NAME)
  public Verification verify(int year, int revision) {
    return publisher.verify(year, revision);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
