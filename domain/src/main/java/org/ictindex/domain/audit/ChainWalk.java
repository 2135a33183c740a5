package org.ictindex.domain.audit;

/** Follows the audit chain record by record, oldest first, until it breaks. */
final class ChainWalk {

  private String previousHash = AuditChain.GENESIS;
  private long intactRecords;
  private AuditRecord firstBroken;

  /**
   * Checks the next record: it must link to the one before and its content still give its hash.
   *
   * @return whether the chain still holds
   */
  boolean follow(AuditRecord record) {
    if (firstBroken != null) {
      return false;
    }
    if (!record.previousHash().equals(previousHash) || !AuditChain.verify(record)) {
      firstBroken = record;
      return false;
    }
    previousHash = record.recordHash();
    intactRecords++;
    return true;
  }

  /** The outcome, given the hash the chain head holds as the newest record's. */
  ChainVerification result(String headHash) {
    return new ChainVerification(
        intactRecords, firstBroken, firstBroken == null && previousHash.equals(headHash));
  }
}
