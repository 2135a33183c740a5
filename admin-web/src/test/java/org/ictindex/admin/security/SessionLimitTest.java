package org.ictindex.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLimitTest {

  private static final Instant LOGIN = Instant.parse("2026-01-01T08:00:00Z");

  @Test
  void aSessionLastsUpToTheLimitSinceItsLogin() {
    SessionLimit limit = SessionLimit.ofMinutes("60");

    assertThat(limit.isOver(LOGIN, LOGIN.plus(Duration.ofMinutes(59)))).isFalse();
    assertThat(limit.isOver(LOGIN, LOGIN.plus(Duration.ofMinutes(60)))).isTrue();
    assertThat(limit.isOver(LOGIN, LOGIN.plus(Duration.ofDays(2)))).isTrue();
  }

  @Test
  void tenHoursUnlessConfiguredReadably() {
    assertThat(SessionLimit.ofMinutes(null).maximum()).isEqualTo(Duration.ofMinutes(600));
    assertThat(SessionLimit.ofMinutes(" ").maximum()).isEqualTo(Duration.ofMinutes(600));
    assertThat(SessionLimit.ofMinutes("ten").maximum()).isEqualTo(Duration.ofMinutes(600));
    assertThat(SessionLimit.ofMinutes("0").maximum()).isEqualTo(Duration.ofMinutes(600));
    assertThat(SessionLimit.ofMinutes(" 45 ").maximum()).isEqualTo(Duration.ofMinutes(45));
  }

  @Test
  void aSessionWithoutALoginTimeIsOver() {
    assertThat(SessionLimit.ofMinutes("600").isOver(null, LOGIN)).isTrue();
  }
}
