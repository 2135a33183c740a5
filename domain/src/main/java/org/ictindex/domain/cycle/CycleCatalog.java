package org.ictindex.domain.cycle;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Read access to cycles, for the other services: which years exist and in which state. It changes
 * nothing and is only reached through services that check the caller's permission.
 */
@Stateless
@PermitAll
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

  /** The year's cycle, whatever its status. */
  public Optional<Cycle> find(int year) {
    return entityManager
        .createNamedQuery(Cycle.FIND_BY_YEAR, Cycle.class)
        .setParameter("year", year)
        .getResultStream()
        .findFirst();
  }

  /** The most recent published (or corrected) year before the given one. */
  public Optional<Cycle> previousPublished(int year) {
    return entityManager
        .createNamedQuery(Cycle.FIND_PUBLISHED_BEFORE, Cycle.class)
        .setParameter("year", year)
        .setParameter("statuses", EnumSet.of(CycleStatus.PUBLISHED, CycleStatus.CORRECTED))
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Every year in the system, newest first, whatever its status. */
  public List<Cycle> allCycles() {
    return entityManager
        .createNamedQuery(Cycle.FIND_BY_STATUS, Cycle.class)
        .setParameter("statuses", EnumSet.allOf(CycleStatus.class))
        .getResultList();
  }

  /**
   * The year's cycle when it is a draft, which may be changed.
   *
   * @throws UnknownCycleException when there is no such year
   * @throws CycleStateException when the year is published
   */
  public Cycle draft(int year) {
    Cycle cycle =
        find(year)
            .orElseThrow(
                () ->
                    new UnknownCycleException(
                        "Không có năm đánh giá " + year + ".",
                        "There is no assessment year " + year + "."));
    if (cycle.isPublic()) {
      throw new CycleStateException(
          "Năm "
              + year
              + " đã được công bố: dữ liệu chỉ thay đổi bằng một lần đính chính có lý do.",
          year + " is published: its data change only through a correction with a reason.");
    }
    return cycle;
  }
}
