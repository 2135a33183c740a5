package org.ictindex.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verifying the chain over records as the database returns them. The in-server test cannot edit the
 * embedded database behind the server's back, so edits made directly in the database are simulated
 * here by changing a stored field without recomputing its hash.
 */
class ChainWalkTest {

  private static List<AuditRecord> chain(int length) {
    List<AuditRecord> records = new ArrayList<>();
    String previous = AuditChain.GENESIS;
    for (int i = 0; i < length; i++) {
      AuditRecord record =
          new AuditRecord(
              new AuditEntry(
                  "aud-admin",
                  AuditAction.EDIT_VALUE,
                  2601,
                  "value P01 HT.1",
                  String.valueOf(i),
                  String.valueOf(i + 1),
                  "lý do " + i),
              Instant.parse("2026-11-28T10:00:00Z").plusSeconds(i),
              previous);
      setId(record, i + 1L);
      records.add(record);
      previous = record.recordHash();
    }
    return records;
  }

  private static ChainVerification walk(List<AuditRecord> records, String headHash) {
    ChainWalk walk = new ChainWalk();
    for (AuditRecord record : records) {
      if (!walk.follow(record)) {
        break;
      }
    }
    return walk.result(headHash);
  }

  @Test
  void anUntouchedChainHolds() {
    List<AuditRecord> records = chain(5);

    ChainVerification result = walk(records, records.get(4).recordHash());

    assertThat(result.intact()).isTrue();
    assertThat(result.intactRecords()).isEqualTo(5);
    assertThat(result.brokenRecord()).isEmpty();
  }

  @Test
  void anEmptyChainHoldsWhenTheHeadIsStillTheGenesis() {
    assertThat(walk(List.of(), AuditChain.GENESIS).intact()).isTrue();
  }

  @Test
  void aRecordEditedInTheDatabaseIsTheFirstBrokenOne() throws Exception {
    List<AuditRecord> records = chain(5);
    set(records.get(2), "newValue", "99");

    ChainVerification result = walk(records, records.get(4).recordHash());

    assertThat(result.intact()).isFalse();
    assertThat(result.brokenRecord()).get().extracting(AuditRecord::id).isEqualTo(3L);
    assertThat(result.intactRecords()).isEqualTo(2);
  }

  @Test
  void anEditedTimeOrActorBreaksTheChainToo() throws Exception {
    List<AuditRecord> records = chain(3);
    set(records.get(0), "actor", "someone-else");

    assertThat(walk(records, records.get(2).recordHash()).brokenRecord())
        .get()
        .extracting(AuditRecord::id)
        .isEqualTo(1L);
  }

  @Test
  void aDeletedRecordBreaksTheLinkOfTheNextOne() {
    List<AuditRecord> records = new ArrayList<>(chain(4));
    records.remove(1);

    ChainVerification result = walk(records, records.get(2).recordHash());

    assertThat(result.brokenRecord()).get().extracting(AuditRecord::id).isEqualTo(3L);
  }

  @Test
  void deletingTheNewestRecordsLeavesTheHeadUnmatched() {
    List<AuditRecord> records = chain(4);
    String head = records.get(3).recordHash();

    ChainVerification result = walk(records.subList(0, 3), head);

    assertThat(result.brokenRecord()).isEmpty();
    assertThat(result.headMatches()).isFalse();
    assertThat(result.intact()).isFalse();
  }

  private static void setId(AuditRecord record, long id) {
    try {
      set(record, "id", id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(AuditRecord record, String field, Object value)
      throws ReflectiveOperationException {
    Field stored = AuditRecord.class.getDeclaredField(field);
    stored.setAccessible(true);
    stored.set(record, value);
  }
}
