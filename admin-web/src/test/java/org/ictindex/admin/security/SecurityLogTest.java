package org.ictindex.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.ictindex.admin.security.SecurityLog.Kind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SecurityLogTest {

  private final LoginThrottleTest.MovableClock clock = new LoginThrottleTest.MovableClock();
  private final SecurityLog log = new SecurityLog(clock);
  private final List<String> lines = new ArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          lines.add(record.getMessage());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void listen() {
    Logger.getLogger(SecurityLog.LOGGER).addHandler(handler);
  }

  @AfterEach
  void stopListening() {
    Logger.getLogger(SecurityLog.LOGGER).removeHandler(handler);
  }

  @Test
  void aFloodWritesABurstOfLinesThenOneEachRefill() {
    for (int i = 0; i < 1000; i++) {
      log.record(Kind.UNKNOWN_ACCOUNT, "made-up-" + i, "10.0.0.1", true);
    }
    assertThat(lines).hasSize(SecurityLog.BURST);
    assertThat(log.leftOut()).isEqualTo(1000 - SecurityLog.BURST);

    clock.advance(SecurityLog.REFILL);
    log.record(Kind.WRONG_PASSWORD, "admin", "10.0.0.1", false);

    assertThat(lines).hasSize(SecurityLog.BURST + 1);
    assertThat(lines.get(SecurityLog.BURST))
        .contains("WRONG_PASSWORD", "'admin'", "970 earlier events left out");
    assertThat(log.leftOut()).isZero();
  }

  @Test
  void nothingRecordedIsNothingCounted() {
    assertThat(log.counts()).isEmpty();
    assertThat(log.recent()).isEmpty();
  }

  @Test
  void memoryKeepsOnlyTheNewestEventsAndCountsAll() {
    for (int i = 0; i < 1000; i++) {
      log.record(Kind.UNKNOWN_ACCOUNT, "made-up-" + i, "10.0.0.1", true);
      clock.advance(Duration.ofMillis(1));
    }
    log.record(Kind.THROTTLED, "admin", "10.0.0.2", false);

    assertThat(log.recent()).hasSize(SecurityLog.RECENT);
    assertThat(log.recent().get(0).kind()).isEqualTo(Kind.THROTTLED);
    assertThat(log.recent().get(1).account()).isEqualTo("made-up-999");
    assertThat(log.counts()).containsEntry(Kind.UNKNOWN_ACCOUNT, 1000L);
    assertThat(log.counts()).containsEntry(Kind.THROTTLED, 1L);
  }

  @Test
  void aTypedNameCannotForgeLogLinesNorFillMemory() {
    log.record(Kind.UNKNOWN_ACCOUNT, "x\nINFO forged line\u202e" + "y".repeat(5000), "::1", true);

    String account = log.recent().get(0).account();
    assertThat(account).doesNotContain("\n", "\u202e").hasSizeLessThanOrEqualTo(101);
    assertThat(lines.get(0)).doesNotContain("\n");
  }
}
