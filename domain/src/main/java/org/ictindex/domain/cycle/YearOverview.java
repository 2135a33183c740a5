package org.ictindex.domain.cycle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ictindex.domain.account.Permission;
import org.ictindex.domain.audit.AuditRecord;
import org.ictindex.scoring.model.Framework;
import org.ictindex.scoring.model.UnitGroup;

/**
 * What the dashboard shows: every year with its status, revision and how complete its values are,
 * and the latest audit records. Counts are made by the database, a query per kind of figure, never
 * per unit.
 */
@Stateless
@RolesAllowed(Permission.READ_YEARS_NAME)
public class YearOverview {

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  @Inject private CycleCatalog cycles;
  @Inject private CycleData cycleData;

  /** Every year, newest first. */
  public List<YearSummary> years() {
    Map<Long, Integer> revisions = new HashMap<>();
    for (Object[] row :
        entityManager
            .createQuery(
                "SELECT p.cycle.id, MAX(p.revision) FROM Publication p GROUP BY p.cycle.id",
                Object[].class)
            .getResultList()) {
      revisions.put((Long) row[0], ((Number) row[1]).intValue());
    }
    Map<String, Long> units =
        counts(
            "SELECT u.cycle.id, u.groupCode, COUNT(u) FROM AssessedUnit u"
                + " GROUP BY u.cycle.id, u.groupCode");
    Map<String, Long> recorded =
        counts(
            "SELECT v.cycle.id, u.groupCode, COUNT(v) FROM RecordedValue v, AssessedUnit u"
                + " WHERE u.cycle = v.cycle AND u.code = v.unitCode AND v.value IS NOT NULL"
                + " GROUP BY v.cycle.id, u.groupCode");
    List<YearSummary> years = new ArrayList<>();
    for (Cycle cycle : cycles.allCycles()) {
      Framework framework = cycleData.framework(cycle);
      List<YearSummary.GroupCompleteness> groups = new ArrayList<>();
      for (UnitGroup group : framework.groups()) {
        String key = key(cycle.id(), group.code());
        long expected = units.getOrDefault(key, 0L) * framework.indicatorsFor(group.code()).size();
        groups.add(
            new YearSummary.GroupCompleteness(
                group.code(), group.name(), recorded.getOrDefault(key, 0L), expected));
      }
      years.add(
          new YearSummary(
              cycle.year(), cycle.status(), revisions.getOrDefault(cycle.id(), 0), groups));
    }
    return years;
  }

  /** The latest audit records, newest first. */
  @RolesAllowed(Permission.READ_AUDIT_TRAIL_NAME)
  public List<AuditRecord> recentChanges(int count) {
    return entityManager
        .createNamedQuery(AuditRecord.FIND_LAST, AuditRecord.class)
        .setMaxResults(count)
        .getResultList();
  }

  private Map<String, Long> counts(String jpql) {
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row : entityManager.createQuery(jpql, Object[].class).getResultList()) {
      counts.put(key((Long) row[0], (String) row[1]), ((Number) row[2]).longValue());
    }
    return counts;
  }

  private static String key(Long cycleId, String groupCode) {
    return cycleId + "/" + groupCode;
  }
}
