package org.ictindex.domain.audit;

import java.util.Optional;

/**
 * The outcome of recomputing the audit chain: how many records held, and the first record whose
 * hash or link no longer matches. A chain whose newest records were deleted has no broken record,
 * but its end no longer matches the stored head.
 */
public record ChainVerification(long intactRecords, AuditRecord firstBroken, boolean headMatches) {

  public boolean intact() {
    return firstBroken == null && headMatches;
  }

  public Optional<AuditRecord> brokenRecord() {
    return Optional.ofNullable(firstBroken);
  }
}
