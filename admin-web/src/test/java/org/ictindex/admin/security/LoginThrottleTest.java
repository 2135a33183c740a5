package org.ictindex.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final String HOME = "10.0.0.1";
  private static final String ELSEWHERE = "10.0.0.2";

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void afterThreeFailuresTheNextAttemptWaitsASecond() {
    fail("admin", HOME, 3);

    assertThat(throttle.waitFor("admin", HOME)).isEqualTo(Duration.ofSeconds(1));
    assertThat(throttle.waitFor("someone", ELSEWHERE)).isZero();
  }

  @Test
  void theDelayDoublesFromTheFourthAttempt() {
    fail("admin", HOME, 2);
    assertThat(throttle.waitFor("admin", HOME)).isZero();

    fail("admin", HOME, 1);
    assertThat(throttle.waitFor("admin", HOME)).isEqualTo(Duration.ofSeconds(1));
    fail("admin", HOME, 1);
    assertThat(throttle.waitFor("admin", HOME)).isEqualTo(Duration.ofSeconds(2));
    fail("admin", HOME, 1);
    assertThat(throttle.waitFor("admin", HOME)).isEqualTo(Duration.ofSeconds(4));

    clock.advance(Duration.ofMillis(2500));
    assertThat(throttle.waitFor("admin", HOME)).isEqualTo(Duration.ofMillis(1500));
    clock.advance(Duration.ofMillis(1500));
    assertThat(throttle.waitFor("admin", HOME)).isZero();
  }

  @Test
  void anAccountWaitsAtMostThirtySecondsAndAnAddressAtMostSixty() {
    assertThat(LoginThrottle.delayAfter(40, LoginThrottle.ACCOUNT_CAP))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(LoginThrottle.delayAfter(40, LoginThrottle.ADDRESS_CAP))
        .isEqualTo(Duration.ofSeconds(60));
    assertThat(LoginThrottle.delayAfter(1000, LoginThrottle.ADDRESS_CAP))
        .isEqualTo(Duration.ofSeconds(60));

    // Many names guessed from one address: the address waits a minute, each name from elsewhere
    // no more than it earned itself.
    for (int i = 0; i < 20; i++) {
      throttle.failed("guess" + i, HOME);
    }
    assertThat(throttle.waitFor("someone", HOME)).isEqualTo(Duration.ofSeconds(60));
    assertThat(throttle.waitFor("guess1", ELSEWHERE)).isZero();
  }

  @Test
  void anAccountGuessedFromEverywhereIsSlowedNotLockedOut() {
    for (int i = 0; i < 50; i++) {
      throttle.failed("admin", "10.1.0." + i);
    }

    assertThat(throttle.waitFor("admin", ELSEWHERE)).isEqualTo(Duration.ofSeconds(30));
    clock.advance(Duration.ofSeconds(30));
    assertThat(throttle.waitFor("admin", ELSEWHERE)).isZero();
  }

  @Test
  void accountNamesAreComparedWithoutCaseOrSpaces() {
    fail("Admin ", ELSEWHERE, 4);

    assertThat(throttle.waitFor("admin", HOME)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aSuccessClearsItsAccountAndAddress() {
    fail("admin", HOME, 5);

    throttle.succeeded("admin", HOME);

    assertThat(throttle.waitFor("admin", HOME)).isZero();
  }

  @Test
  void failuresLongAgoAreForgotten() {
    fail("admin", HOME, 10);

    clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
    assertThat(throttle.waitFor("admin", HOME)).isZero();
    throttle.failed("admin", HOME);
    assertThat(throttle.waitFor("admin", HOME)).isZero();
  }

  @Test
  void memoryIsBoundedForgettingTheLeastRecentlyFailed() {
    fail("first", "addr-first", 5);
    assertThat(throttle.waitFor("first", "addr-first")).isPositive();

    for (int i = 0; i < LoginThrottle.MAX_KEYS; i++) {
      throttle.failed("name" + i, "addr" + i);
    }

    assertThat(throttle.waitFor("first", "addr-first")).isZero();
  }

  private void fail(String account, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(account, address);
    }
  }

  private static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
