package org.ictindex.domain.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What the public may read: the current revision of every published year, as the database has it
 * now. Read-only, and open to everyone; pages read it through {@link CurrentRevisions}.
 */
@Stateless
@PermitAll
public class PublishedYears {

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  /** The current (latest) revision of each published year, newest year first. */
  public List<Publication> currentRevisions() {
    return entityManager
        .createNamedQuery(Publication.FIND_CURRENT, Publication.class)
        .getResultList();
  }
}
