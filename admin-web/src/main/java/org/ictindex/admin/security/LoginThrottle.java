package org.ictindex.admin.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ictindex.domain.account.AccountNames;

/**
 * Slows down password guessing without letting anyone lock the real user out.
 *
 * <ul>
 *   <li><b>Per account and address.</b> Failures are counted per pair of canonical account name and
 *       source address. From a pair's third failure on ({@link #PAIR_FREE_FAILURES}), its next
 *       attempt waits 1, 2, 4, 8, 16, then at most {@link #PAIR_CAP} seconds, and is refused
 *       without checking the password until then. Failures from other addresses never delay a pair,
 *       so guessing from changing addresses cannot keep the owner out.
 *   <li><b>Per address.</b> One address trying many names waits from its tenth failure on ({@link
 *       #ADDRESS_FREE_FAILURES}), 1, 2, 4… up to {@link #ADDRESS_CAP}.
 *   <li><b>Known devices.</b> A browser that logged in to the account before presents a signed
 *       device cookie ({@link DeviceCookies}); its attempts count only against that device, with
 *       the pair's figures, and ignore the pair and address counts, so others' failures from the
 *       same address (a shared office network) do not hold it back either.
 * </ul>
 *
 * <p>A success clears its pair and device, not its address (one's own login must not wipe the count
 * of the names one guessed). Memory is bounded: each of the three tables keeps at most {@value
 * #MAX_KEYS} keys, forgetting the least recently failed first, and a key quiet for {@link
 * #FORGET_AFTER} starts again from nothing.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int PAIR_FREE_FAILURES = 3;
  static final Duration PAIR_CAP = Duration.ofSeconds(30);
  static final int ADDRESS_FREE_FAILURES = 10;
  static final Duration ADDRESS_CAP = Duration.ofSeconds(60);
  static final Duration FORGET_AFTER = Duration.ofMinutes(15);
  static final int MAX_KEYS = 10_000;

  private final Clock clock;
  private final Table pairs = new Table(PAIR_FREE_FAILURES, PAIR_CAP);
  private final Table addresses = new Table(ADDRESS_FREE_FAILURES, ADDRESS_CAP);
  private final Table devices = new Table(PAIR_FREE_FAILURES, PAIR_CAP);

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * How long an attempt must still wait; zero when its password may be checked now.
   *
   * @param account the account name as typed; counted by its canonical form ({@link AccountNames})
   * @param address the source address
   * @param device the id of a valid device cookie of this account, if the attempt presents one
   */
  public Duration waitFor(String account, String address, Optional<String> device) {
    Instant now = clock.instant();
    if (device.isPresent()) {
      return devices.waitFor(device.get(), now);
    }
    Duration byPair = pairs.waitFor(pair(account, address), now);
    Duration byAddress = addresses.waitFor(address, now);
    return byPair.compareTo(byAddress) >= 0 ? byPair : byAddress;
  }

  /** Counts a wrong password, or an unknown or disabled account. */
  public void failed(String account, String address, Optional<String> device) {
    Instant now = clock.instant();
    if (device.isPresent()) {
      devices.failed(device.get(), now);
    } else {
      pairs.failed(pair(account, address), now);
      addresses.failed(address, now);
    }
  }

  /**
   * After a successful login: clears the count of the device, or without one those of the pair and
   * the address.
   */
  public void succeeded(String account, String address, Optional<String> device) {
    if (device.isPresent()) {
      devices.clear(device.get());
    } else {
      pairs.clear(pair(account, address));
      addresses.clear(address);
    }
  }

  /**
   * The delay after {@code failures} failures, for a table where {@code free} failures cost nothing
   * and delays stop growing at {@code cap}.
   */
  static Duration delayAfter(int failures, int free, Duration cap) {
    if (failures < free) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - free, 20);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  /** How many keys the tables hold now, for the test of the bound. */
  int size() {
    return pairs.size() + addresses.size() + devices.size();
  }

  private static String pair(String account, String address) {
    return AccountNames.canonical(account) + '\n' + address;
  }

  private record Failures(int count, Instant last) {}

  /** Failures by key, least recently failed first. */
  private static final class Table {
    private final int free;
    private final Duration cap;
    private final Map<String, Failures> failures =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_KEYS;
          }
        };

    Table(int free, Duration cap) {
      this.free = free;
      this.cap = cap;
    }

    synchronized Duration waitFor(String key, Instant now) {
      Failures known = current(key, now);
      if (known == null) {
        return Duration.ZERO;
      }
      Duration left =
          Duration.between(now, known.last().plus(delayAfter(known.count(), free, cap)));
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

    synchronized int size() {
      return failures.size();
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
