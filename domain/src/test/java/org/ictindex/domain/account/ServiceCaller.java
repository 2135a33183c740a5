package org.ictindex.domain.account;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.ictindex.domain.publication.PublicationService;

/**
 * Calls a service as the caller its subclass runs as, and tells whether the container let the call
 * in: a refusal for the service's own reasons (an unknown year) means it was let in. Outside a
 * transaction, so that such a refusal rolls back nothing of the caller's.
 */
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class ServiceCaller {

  @Inject private PublicationService publications;

  /** Listing a year's revisions, which needs {@link Permission#READ_YEARS}. */
  public boolean mayListRevisions(int year) {
    return admitted(() -> publications.revisions(year));
  }

  /** Withdrawing a year's revision, which needs {@link Permission#WITHDRAW}. */
  public boolean mayWithdraw(int year) {
    return admitted(() -> publications.withdraw(year, "Kiểm tra quyền"));
  }

  private static boolean admitted(Runnable call) {
    try {
      call.run();
      return true;
    } catch (EJBAccessException | AccessLocalException refused) {
      return false;
    } catch (RuntimeException serviceRefusal) {
      return true;
    }
  }
}
