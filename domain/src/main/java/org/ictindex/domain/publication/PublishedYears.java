package org.ictindex.domain.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * What the public may read: the current revision of every published year. Read-only, and open to
 * everyone.
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

  /** The current revision of the year, if it is published. */
  public Optional<Publication> current(int year) {
    return currentRevisions().stream()
        .filter(publication -> publication.cycle().year() == year)
        .findFirst();
  }
}
