package org.ictindex.domain.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Test access to the audit table as it is stored, every record oldest first. */
@Stateless
public class StoredAuditRecords {

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  public List<AuditRecord> all() {
    return entityManager
        .createQuery("SELECT a FROM AuditRecord a ORDER BY a.id", AuditRecord.class)
        .getResultList();
  }
}
