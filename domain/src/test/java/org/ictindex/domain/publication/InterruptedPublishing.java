package org.ictindex.domain.publication;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Publishes inside a transaction that then fails, as a crash after the writes would. */
@Stateless
public class InterruptedPublishing {

  @Inject private Publisher publisher;

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  public void publishThenFail(int year) {
    publisher.publish(year, "test");
    // The publication, the cycle's status and the audit record have reached the database.
    entityManager.flush();
    throw new IllegalStateException("Simulated failure after the publication was written");
  }
}
