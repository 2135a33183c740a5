package org.ictindex.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down password guessing: failed logins are counted per account name and per source address,
 * and after {@value #FREE_FAILURES} failures each further attempt for that name or address must
 * wait a delay that doubles with every failure (1, 2, 4, 8… seconds), up to {@link #ACCOUNT_CAP}
 * for a name and {@link #ADDRESS_CAP} for an address. The delay is bounded, so an administrator
 * whose name is being guessed is slowed down, never locked out. A successful login clears the
 * counters of its name and address.
 *
 * <p>Memory is bounded: each table keeps at most {@value #MAX_KEYS} names or addresses, forgetting
 * the least recently failed first, and a name or address quiet for {@link #FORGET_AFTER} starts
 * again from nothing.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FREE_FAILURES = 3;
  static final Duration ACCOUNT_CAP = Duration.ofSeconds(30);
  static final Duration ADDRESS_CAP = Duration.ofSeconds(60);
  static final Duration FORGET_AFTER = Duration.ofMinutes(15);
  static final int MAX_KEYS = 10_000;

  private final Clock clock;
  private final Table accounts = new Table(ACCOUNT_CAP);
  private final Table addresses = new Table(ADDRESS_CAP);

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * How long an attempt for this account name from this address must still wait; zero when it may
   * be checked now.
   */
  public Duration waitFor(String account, String address) {
    Instant now = clock.instant();
    Duration byAccount = accounts.waitFor(accountKey(account), now);
    Duration byAddress = addresses.waitFor(address, now);
    return byAccount.compareTo(byAddress) >= 0 ? byAccount : byAddress;
  }

  /** Counts a wrong password (or an unknown or disabled account). */
  public void failed(String account, String address) {
    Instant now = clock.instant();
    accounts.failed(accountKey(account), now);
    addresses.failed(address, now);
  }

  /** Clears the counters of the account name and the address after a successful login. */
  public void succeeded(String account, String address) {
    accounts.clear(accountKey(account));
    addresses.clear(address);
  }

  /** The delay after {@code failures} failures, for a key whose delay is capped at {@code cap}. */
  static Duration delayAfter(int failures, Duration cap) {
    if (failures < FREE_FAILURES) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - FREE_FAILURES, 20);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  private static String accountKey(String account) {
    return account == null ? "" : account.trim().toLowerCase(Locale.ROOT);
  }

  private record Failures(int count, Instant last) {}

  /** Failures by key, least recently failed first. */
  private static final class Table {
    private final Duration cap;
    private final Map<String, Failures> failures =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_KEYS;
          }
        };

    Table(Duration cap) {
      this.cap = cap;
    }

    synchronized Duration waitFor(String key, Instant now) {
      Failures known = current(key, now);
      if (known == null) {
        return Duration.ZERO;
      }
      Duration left = Duration.between(now, known.last().plus(delayAfter(known.count(), cap)));
      return left.isNegative() ? Duration.ZERO : left;
    }

    synchronized void failed(String key, Instant now) {
      Failures known = current(key, now);
      failures.remove(key);
      failures.put(key, new Failures(known == null ? 1 : known.count() + 1, now));
    }

    synchronized void clear(String key) {
      failures.remove(key);
    }

    private Failures current(String key, Instant now) {
      Failures known = failures.get(key);
      if (known != null && known.last().plus(FORGET_AFTER).isBefore(now)) {
        failures.remove(key);
        return null;
      }
      return known;
    }
  }
}
