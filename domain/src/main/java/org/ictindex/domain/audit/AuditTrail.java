package org.ictindex.domain.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.ictindex.domain.persistence.Timestamps;

/**
 * Appends to the audit trail inside the caller's transaction, so a change and its record commit or
 * roll back together. Open to every caller because it only runs inside the transaction of a service
 * that checked the caller's permission; reading the trail goes through {@link AuditQueries}.
 */
@Stateless
@PermitAll
public class AuditTrail {

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(AuditEntry entry) {
    AuditChainHead head =
        entityManager.find(
            AuditChainHead.class,
            AuditChainHead.ID,
            jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    Instant now = Timestamps.now();
    AuditRecord record = new AuditRecord(entry, now, head.lastHash());
    entityManager.persist(record);
    // Inserted now, so that ids follow the chain even when one transaction records several.
    entityManager.flush();
    head.advanceTo(record.recordHash());
  }
}
