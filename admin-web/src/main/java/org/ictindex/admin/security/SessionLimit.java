package org.ictindex.admin.security;

import java.time.Duration;
import java.time.Instant;

/**
 * The longest a screen session may last since its login, however busy it is: past it the person
 * logs in again. Idle sessions end sooner, by the session timeout of {@code web.xml}.
 *
 * <p>Set with {@code ictindex.session.max.minutes} (environment variable {@code
 * ICTINDEX_SESSION_MAX_MINUTES}), {@value #DEFAULT_MINUTES} minutes unless given.
 */
public record SessionLimit(Duration maximum) {

  public static final long DEFAULT_MINUTES = 600;

  /**
   * The limit for the configured number of minutes; blank, unreadable or below 1 is the default.
   */
  public static SessionLimit ofMinutes(String configured) {
    long minutes = DEFAULT_MINUTES;
    if (configured != null && !configured.isBlank()) {
      try {
        minutes = Long.parseLong(configured.trim());
      } catch (NumberFormatException unreadable) {
        minutes = DEFAULT_MINUTES;
      }
    }
    return new SessionLimit(Duration.ofMinutes(minutes < 1 ? DEFAULT_MINUTES : minutes));
  }

  /** Whether a session whose login was at {@code loginAt} must end at {@code now}. */
  public boolean isOver(Instant loginAt, Instant now) {
    return loginAt == null || !now.isBefore(loginAt.plus(maximum));
  }
}
