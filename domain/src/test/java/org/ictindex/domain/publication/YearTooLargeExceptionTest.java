package org.ictindex.domain.publication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class YearTooLargeExceptionTest {

  @Test
  void theDriversPacketRefusalBecomesAMessageForTheAssessor() {
    PersistenceException failure =
        new PersistenceException(
            new SQLException(
                "Packet for query is too large (17,000,123 > 16,777,216). You can change this"
                    + " value on the server by setting the 'max_allowed_packet' variable."));

    YearTooLargeException refusal = YearTooLargeException.causing(failure).orElseThrow();

    assertThat(refusal.message("vi"))
        .contains("17,000,123 > 16,777,216 bytes", "max_allowed_packet", "chưa có gì được công bố");
    assertThat(refusal.message("en"))
        .contains("too large", "17,000,123 > 16,777,216 bytes", "nothing has been published");
  }

  @Test
  void otherDatabaseFailuresAreNotDisguised() {
    PersistenceException failure =
        new PersistenceException(new SQLException("Duplicate entry '2013-1' for key"));

    assertThat(YearTooLargeException.causing(failure)).isEmpty();
  }

  @Test
  void aHeapTooSmallIsToldWithItsSize() {
    YearTooLargeException refusal = YearTooLargeException.forHeap(768L * 1024 * 1024);

    assertThat(refusal.message("vi")).contains("768 MiB", "-Xmx", "chưa có gì được công bố");
    assertThat(refusal.message("en")).contains("768 MiB", "-Xmx", "nothing has been published");
  }
}
