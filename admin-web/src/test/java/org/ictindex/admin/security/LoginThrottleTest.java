package org.ictindex.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private static final String HOME = "10.0.0.1";
  private static final String ELSEWHERE = "10.0.0.2";
  private static final Optional<String> NO_DEVICE = Optional.empty();
  private static final Optional<String> LAPTOP = Optional.of("laptop");

  private final MovableClock clock = new MovableClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  @Test
  void afterThreeFailuresOfAPairItsNextAttemptWaitsASecond() {
    fail("admin", HOME, 2);
    assertThat(waitFor("admin", HOME)).isZero();

    fail("admin", HOME, 1);

    assertThat(waitFor("admin", HOME)).isEqualTo(Duration.ofSeconds(1));
    assertThat(waitFor("admin", ELSEWHERE)).isZero();
    assertThat(waitFor("someone", HOME)).isZero();
  }

  @Test
  void theDelayDoublesUpToThirtySeconds() {
    fail("admin", HOME, 3);
    assertThat(waitFor("admin", HOME)).isEqualTo(Duration.ofSeconds(1));
    fail("admin", HOME, 1);
    assertThat(waitFor("admin", HOME)).isEqualTo(Duration.ofSeconds(2));
    fail("admin", HOME, 1);
    assertThat(waitFor("admin", HOME)).isEqualTo(Duration.ofSeconds(4));

    clock.advance(Duration.ofMillis(2500));
    assertThat(waitFor("admin", HOME)).isEqualTo(Duration.ofMillis(1500));
    clock.advance(Duration.ofMillis(1500));
    assertThat(waitFor("admin", HOME)).isZero();

    assertThat(LoginThrottle.delayAfter(7, 3, LoginThrottle.PAIR_CAP))
        .isEqualTo(Duration.ofSeconds(16));
    assertThat(LoginThrottle.delayAfter(8, 3, LoginThrottle.PAIR_CAP))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(LoginThrottle.delayAfter(1000, 3, LoginThrottle.PAIR_CAP))
        .isEqualTo(Duration.ofSeconds(30));
  }

  /**
   * The tester's scenario: one wrong password every time the delay ran out, each from a new
   * address, for 55 seconds, while the owner tries the right password every few seconds from home.
   * The old throttle, counting per name, refused the owner 6 times of 7; now none of the owner's
   * attempts waits.
   */
  @Test
  void guessingFromChangingAddressesNeverHoldsTheOwnerBack() {
    int refusedOwner = 0;
    int ownerAttempts = 0;
    for (int second = 0; second <= 55; second++) {
      fail("admin", "198.51.100." + second, 1);
      if (second % 8 == 0) {
        ownerAttempts++;
        if (!waitFor("admin", HOME).isZero()) {
          refusedOwner++;
        } else {
          throttle.succeeded("admin", HOME, NO_DEVICE);
        }
      }
      clock.advance(Duration.ofSeconds(1));
    }

    assertThat(ownerAttempts).isEqualTo(7);
    assertThat(refusedOwner).isZero();
  }

  @Test
  void manyAddressesGuessingOneNameAreEachSlowedDown() {
    for (int i = 0; i < 50; i++) {
      fail("admin", "198.51.100." + i, 5);
    }

    assertThat(waitFor("admin", "198.51.100.7")).isEqualTo(Duration.ofSeconds(4));
    assertThat(waitFor("admin", HOME)).isZero();
  }

  @Test
  void oneAddressGuessingManyNamesWaitsFromItsTenthFailureUpToAMinute() {
    for (int i = 0; i < 9; i++) {
      throttle.failed("guess" + i, ELSEWHERE, NO_DEVICE);
    }
    assertThat(waitFor("someone", ELSEWHERE)).isZero();

    throttle.failed("guess9", ELSEWHERE, NO_DEVICE);
    assertThat(waitFor("someone", ELSEWHERE)).isEqualTo(Duration.ofSeconds(1));

    for (int i = 10; i < 40; i++) {
      throttle.failed("guess" + i, ELSEWHERE, NO_DEVICE);
    }
    assertThat(waitFor("someone", ELSEWHERE)).isEqualTo(Duration.ofSeconds(60));
    assertThat(waitFor("guess1", HOME)).isZero();
    assertThat(LoginThrottle.delayAfter(1000, 10, LoginThrottle.ADDRESS_CAP))
        .isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void aKnownDeviceIsNotHeldBackByOthersFailuresFromItsOwnAddress() {
    // Someone in the same office network guesses the administrator's password and other names.
    fail("admin", HOME, 10);
    for (int i = 0; i < 20; i++) {
      throttle.failed("guess" + i, HOME, NO_DEVICE);
    }
    assertThat(waitFor("admin", HOME)).isPositive();

    assertThat(throttle.waitFor("admin", HOME, LAPTOP)).isZero();
  }

  @Test
  void aKnownDeviceIsSlowedDownByItsOwnFailures() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("admin", HOME, LAPTOP);
    }

    assertThat(throttle.waitFor("admin", HOME, LAPTOP)).isEqualTo(Duration.ofSeconds(2));
    assertThat(throttle.waitFor("admin", HOME, Optional.of("another-device"))).isZero();
    assertThat(waitFor("admin", HOME)).isZero();
  }

  @Test
  void theVariantsOfANameThatLogInAsItShareItsCount() {
    throttle.failed("admin", HOME, NO_DEVICE);
    throttle.failed("ádmin", HOME, NO_DEVICE);
    throttle.failed("àdmỉn", HOME, NO_DEVICE);
    throttle.failed("ＡＤＭＩＮ", HOME, NO_DEVICE);

    assertThat(waitFor("Admin ", HOME)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aSuccessClearsItsDeviceOrElseItsPairAndAddressButNotOtherNamesCounts() {
    fail("admin", HOME, 5);
    for (int i = 0; i < 12; i++) {
      throttle.failed("guess" + i, HOME, NO_DEVICE);
    }
    for (int i = 0; i < 5; i++) {
      throttle.failed("admin", HOME, LAPTOP);
    }

    fail("guess0", HOME, 3);
    assertThat(waitFor("someone", HOME)).isPositive();

    throttle.succeeded("admin", HOME, LAPTOP);

    assertThat(throttle.waitFor("admin", HOME, LAPTOP)).isZero();
    assertThat(waitFor("admin", HOME))
        .as("a device's login leaves the network's counts")
        .isPositive();

    throttle.succeeded("admin", HOME, NO_DEVICE);

    assertThat(waitFor("admin", HOME)).isZero();
    assertThat(waitFor("someone", HOME)).isZero();
    assertThat(waitFor("guess0", HOME)).isPositive();
  }

  @Test
  void failuresLongAgoAreForgotten() {
    fail("admin", HOME, 10);

    clock.advance(LoginThrottle.FORGET_AFTER.plusSeconds(1));
    assertThat(waitFor("admin", HOME)).isZero();
    throttle.failed("admin", HOME, NO_DEVICE);
    assertThat(waitFor("admin", HOME)).isZero();
  }

  @Test
  void memoryIsBoundedForgettingTheLeastRecentlyFailed() {
    fail("first", "addr-first", 5);
    assertThat(waitFor("first", "addr-first")).isPositive();

    for (int i = 0; i < 2 * LoginThrottle.MAX_KEYS; i++) {
      throttle.failed("name" + i, "addr" + i, NO_DEVICE);
      throttle.failed("name" + i, HOME, Optional.of("device" + i));
    }

    assertThat(waitFor("first", "addr-first")).isZero();
    assertThat(throttle.size()).isEqualTo(3 * LoginThrottle.MAX_KEYS);
  }

  private Duration waitFor(String account, String address) {
    return throttle.waitFor(account, address, NO_DEVICE);
  }

  private void fail(String account, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(account, address, NO_DEVICE);
    }
  }

  static final class MovableClock extends Clock {
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
