package org.ictindex.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Failed and held-back login attempts: anyone can make them, so they go neither to the permanent
 * audit trail nor, without limit, to the server log.
 *
 * <ul>
 *   <li>The logger {@value #LOGGER} writes at most {@value #BURST} lines at once and one more each
 *       {@link #REFILL} (a token bucket); events beyond are counted, and the next line written says
 *       how many were left out.
 *   <li>The newest {@value #RECENT} events are kept in memory, whatever the rate, for the
 *       administrators' accounts screen, with counts per kind since the start.
 * </ul>
 *
 * Account names are clipped to {@value #MAX_TEXT} characters and control characters replaced, so a
 * typed name cannot forge log lines.
 */
@ApplicationScoped
public class SecurityLog {

  static final String LOGGER = "ictindex.security";
  static final int BURST = 30;
  static final Duration REFILL = Duration.ofSeconds(2);
  public static final int RECENT = 200;
  static final int MAX_TEXT = 100;

  private static final Logger LOG = Logger.getLogger(LOGGER);

  /** What happened. */
  public enum Kind {
    /** A name no account has. */
    UNKNOWN_ACCOUNT,
    /** A wrong password for an existing account. */
    WRONG_PASSWORD,
    /** The right or a wrong password for a disabled account. */
    DISABLED_ACCOUNT,
    /** Refused without checking the password, because of earlier failures. */
    THROTTLED,
    /** A logged-in person gave a wrong current password when changing it. */
    WRONG_CURRENT_PASSWORD
  }

  /** One attempt, as administrators see it. */
  public record Event(Instant at, Kind kind, String account, String address, boolean api) {}

  private final Clock clock;
  private final Deque<Event> recent = new ArrayDeque<>();
  private final Map<Kind, Long> counts = new EnumMap<>(Kind.class);
  private double tokens = BURST;
  private Instant refilledAt;
  private long leftOut;

  public SecurityLog() {
    this(Clock.systemUTC());
  }

  SecurityLog(Clock clock) {
    this.clock = clock;
    this.refilledAt = clock.instant();
  }

  /** Records an attempt; writes a log line unless the rate limit is reached. */
  public void record(Kind kind, String account, String address, boolean api) {
    Event event = new Event(clock.instant(), kind, clean(account), clean(address), api);
    String line = null;
    synchronized (this) {
      recent.addFirst(event);
      if (recent.size() > RECENT) {
        recent.removeLast();
      }
      counts.merge(kind, 1L, Long::sum);
      if (takeToken(event.at())) {
        line = line(event, leftOut);
        leftOut = 0;
      } else {
        leftOut++;
      }
    }
    if (line != null) {
      LOG.log(Level.WARNING, line);
    }
  }

  /** The newest events, newest first. */
  public synchronized List<Event> recent() {
    return new ArrayList<>(recent);
  }

  /** How many events of each kind since the start. */
  public synchronized Map<Kind, Long> counts() {
    Map<Kind, Long> copy = new EnumMap<>(Kind.class);
    copy.putAll(counts);
    return copy;
  }

  /** How many events were left out of the server log by the rate limit since the last line. */
  public synchronized long leftOut() {
    return leftOut;
  }

  private boolean takeToken(Instant now) {
    if (now.isAfter(refilledAt)) {
      double earned = (double) Duration.between(refilledAt, now).toMillis() / REFILL.toMillis();
      tokens = Math.min(BURST, tokens + earned);
      refilledAt = now;
    }
    if (tokens >= 1) {
      tokens--;
      return true;
    }
    return false;
  }

  private static String line(Event event, long leftOutBefore) {
    return (event.api() ? "API login " : "Login ")
        + event.kind()
        + " for '"
        + event.account()
        + "' from "
        + event.address()
        + (leftOutBefore > 0
            ? " (" + leftOutBefore + " earlier events left out by the rate limit)"
            : "");
  }

  private static String clean(String text) {
    if (text == null) {
      return "";
    }
    String clipped = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
    StringBuilder cleaned = new StringBuilder(clipped.length());
    clipped
        .codePoints()
        .forEach(
            c ->
                cleaned.appendCodePoint(
                    Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        ? '\uFFFD'
                        : c));
    return cleaned.toString();
  }
}
