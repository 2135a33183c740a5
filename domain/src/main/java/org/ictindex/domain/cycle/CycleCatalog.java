package org.ictindex.domain.cycle;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;

/** Read access to cycles. */
@Stateless
public class CycleCatalog {

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  /** Published (or corrected) years, newest first. */
  public List<Integer> publishedYears() {
    return entityManager
        .createNamedQuery(Cycle.FIND_BY_STATUS, Cycle.class)
        .setParameter("statuses", EnumSet.of(CycleStatus.PUBLISHED, CycleStatus.CORRECTED))
        .getResultStream()
        .map(Cycle::year)
        .toList();
  }

  /** Every year in the system, newest first, whatever its status. */
  public List<Cycle> allCycles() {
    return entityManager
        .createNamedQuery(Cycle.FIND_BY_STATUS, Cycle.class)
        .setParameter("statuses", EnumSet.allOf(CycleStatus.class))
        .getResultList();
  }
}
