package org.ictindex.domain.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ictindex.domain.account.Permission;

/** Reading the audit trail, for everyone who may log in; nothing here changes it. */
@Stateless
@RolesAllowed(Permission.READ_AUDIT_TRAIL_NAME)
public class AuditQueries {

  /** Records read at a time when the whole chain is verified, to bound the memory it takes. */
  private static final int VERIFY_BATCH = 500;

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  /** One page of the records that pass the filter, newest first. */
  public List<AuditRecord> search(AuditFilter filter, int first, int pageSize) {
    CriteriaBuilder builder = entityManager.getCriteriaBuilder();
    CriteriaQuery<AuditRecord> query = builder.createQuery(AuditRecord.class);
    Root<AuditRecord> record = query.from(AuditRecord.class);
    query
        .select(record)
        .where(conditions(filter, builder, record))
        .orderBy(builder.desc(record.get("id")));
    return entityManager
        .createQuery(query)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, pageSize))
        .getResultList();
  }

  /** How many records pass the filter. */
  public long count(AuditFilter filter) {
    CriteriaBuilder builder = entityManager.getCriteriaBuilder();
    CriteriaQuery<Long> query = builder.createQuery(Long.class);
    Root<AuditRecord> record = query.from(AuditRecord.class);
    query.select(builder.count(record)).where(conditions(filter, builder, record));
    return entityManager.createQuery(query).getSingleResult();
  }

  /** Everyone who appears in the trail, by name. */
  public List<String> actors() {
    return entityManager
        .createQuery("SELECT DISTINCT r.actor FROM AuditRecord r ORDER BY r.actor", String.class)
        .getResultList();
  }

  /** Recomputes every record's hash and link, oldest first, and compares the end with the head. */
  public ChainVerification verifyChain() {
    ChainWalk walk = new ChainWalk();
    TypedQuery<AuditRecord> batch =
        entityManager
            .createQuery(
                "SELECT r FROM AuditRecord r WHERE r.id > :after ORDER BY r.id", AuditRecord.class)
            .setMaxResults(VERIFY_BATCH);
    long after = 0;
    List<AuditRecord> records;
    do {
      records = batch.setParameter("after", after).getResultList();
      for (AuditRecord record : records) {
        if (!walk.follow(record)) {
          return walk.result(null);
        }
        after = record.id();
      }
      entityManager.clear();
    } while (records.size() == VERIFY_BATCH);
    return walk.result(entityManager.find(AuditChainHead.class, AuditChainHead.ID).lastHash());
  }

  private static Predicate[] conditions(
      AuditFilter filter, CriteriaBuilder builder, Root<AuditRecord> record) {
    List<Predicate> conditions = new ArrayList<>();
    if (filter.actor() != null) {
      conditions.add(builder.equal(record.get("actor"), filter.actor()));
    }
    if (filter.year() != null) {
      conditions.add(builder.equal(record.get("cycleYear"), filter.year()));
    }
    if (filter.action() != null) {
      conditions.add(builder.equal(record.get("action"), filter.action().name()));
    }
    if (filter.from() != null) {
      Instant start = filter.from().atStartOfDay(AuditFilter.TIME_ZONE).toInstant();
      conditions.add(builder.greaterThanOrEqualTo(record.<Instant>get("recordedAt"), start));
    }
    if (filter.to() != null) {
      Instant end = filter.to().plusDays(1).atStartOfDay(AuditFilter.TIME_ZONE).toInstant();
      conditions.add(builder.lessThan(record.<Instant>get("recordedAt"), end));
    }
    return conditions.toArray(Predicate[]::new);
  }
}
