package org.ictindex.domain.publication;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The current revision of every published year as this instance last read it (a withdrawn revision
 * is not current: the year is not public until a later revision is published). Every public request
 * needs it, so it is read from the database at most once per recheck interval rather than per
 * request; a new revision is announced across the cluster ({@link RevisionNotices}) and read at
 * once, and the interval bounds how long an instance that missed the announcement (or reads a
 * replica that had not yet received the revision) serves the previous one.
 */
@ApplicationScoped
public class CurrentRevisions {

  private static final long DEFAULT_RECHECK_MILLIS = 1000;

  @Inject private PublishedYears publishedYears;

  private final AtomicLong announcements = new AtomicLong();
  private long recheckNanos;
  private volatile Snapshot snapshot;

  /**
   * The revisions read at one moment, the name of that set, and how many announcements had arrived
   * before the reading began: a reading that overlapped an announcement may have missed it.
   */
  private record Snapshot(
      List<Publication> publications, String version, long readAt, long announcementsSeen) {

    boolean isFresh(long now, long recheckNanos, long announcements) {
      return announcementsSeen == announcements && now - readAt < recheckNanos;
    }
  }

  @PostConstruct
  void configure() {
    recheckNanos = recheckInterval().toNanos();
  }

  /**
   * The configured interval ({@code ICTINDEX_REVISIONS_RECHECK_MILLIS}): a cache in front of the
   * instances keeps an answer no longer than this, so it adds no staleness of its own kind.
   */
  public static Duration recheckInterval() {
    long millis =
        ConfigProvider.getConfig(CurrentRevisions.class.getClassLoader())
            .getOptionalValue("ictindex.revisions.recheck.millis", Long.class)
            .orElse(DEFAULT_RECHECK_MILLIS);
    return Duration.ofMillis(Math.max(0, millis));
  }

  /** The current revision of each published year, newest year first. */
  public List<Publication> all() {
    return fresh().publications();
  }

  /** The current revision of the year, if it is published. */
  public Optional<Publication> of(int year) {
    return all().stream().filter(publication -> publication.cycle().year() == year).findFirst();
  }

  /**
   * Names the current revisions: it changes exactly when a year is published, corrected or
   * withdrawn, so anything derived from published data may be kept under it.
   */
  public String version() {
    return fresh().version();
  }

  /** Makes the next use read the revisions again: a new one has been announced. */
  public void forget() {
    announcements.incrementAndGet();
  }

  private Snapshot fresh() {
    Snapshot current = snapshot;
    if (current != null && current.isFresh(System.nanoTime(), recheckNanos, announcements.get())) {
      return current;
    }
    synchronized (this) {
      current = snapshot;
      if (current == null
          || !current.isFresh(System.nanoTime(), recheckNanos, announcements.get())) {
        current = read();
        snapshot = current;
      }
      return current;
    }
  }

  private Snapshot read() {
    long announcementsSeen = announcements.get();
    long readAt = System.nanoTime();
    List<Publication> publications = publishedYears.currentRevisions();
    String version =
        publications.stream()
            .map(publication -> Long.toString(publication.id()))
            .collect(Collectors.joining(","));
    return new Snapshot(List.copyOf(publications), version, readAt, announcementsSeen);
  }
}
