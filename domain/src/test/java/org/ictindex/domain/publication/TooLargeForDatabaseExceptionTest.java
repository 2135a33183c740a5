package org.ictindex.domain.publication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TooLargeForDatabaseExceptionTest {

  @Test
  void theDriversPacketRefusalBecomesAMessageForTheAssessor() {
    PersistenceException failure =
        new PersistenceException(
            new SQLException(
                "Packet for query is too large (17,000,123 > 16,777,216). You can change this"
                    + " value on the server by setting the 'max_allowed_packet' variable."));

    TooLargeForDatabaseException refusal =
        TooLargeForDatabaseException.causing(failure).orElseThrow();

    assertThat(refusal.message("vi"))
        .contains("17,000,123 > 16,777,216 bytes", "max_allowed_packet", "chưa có gì được công bố");
    assertThat(refusal.message("en"))
        .contains("too large", "17,000,123 > 16,777,216 bytes", "nothing has been published");
  }

  @Test
  void otherDatabaseFailuresAreNotDisguised() {
    PersistenceException failure =
        new PersistenceException(new SQLException("Duplicate entry '2013-1' for key"));

    assertThat(TooLargeForDatabaseException.causing(failure)).isEmpty();
  }
}
