package org.ictindex.domain.published;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ictindex.domain.cycle.AssessmentYears;
import org.ictindex.domain.publication.CurrentRevisions;
import org.ictindex.domain.publication.Publication;
import org.ictindex.domain.publication.PublishableData;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.pkg.PackageReadResult;
import org.ictindex.scoring.pkg.PackageReader;
import org.ictindex.scoring.pkg.YearRange;

/**
 * The current revision of every published year as the public reads it, one {@link
 * PublishedRevision} each, read once and kept while it is current: a revision that a correction or
 * withdrawal replaced is forgotten when the next one is read.
 *
 * <p>A revision is read in one pass over its stored results, while its package (the framework, and
 * the check that every group has values) is read beside it on another thread.
 *
 * <p>One revision that cannot be shown never takes the site down: a year outside the configured
 * range, a package or results that cannot be read, a package of another year, or data with a group
 * without any value is left out of every list and page (which then answer as for an unpublished
 * year) and named once in the log, and every other year is served as usual.
 */
@ApplicationScoped
public class PublishedRevisions {

  private static final Logger LOG = Logger.getLogger(PublishedRevisions.class.getName());

  /** How long a revision that could not be read is left out before it is read again. */
  private static final long RETRY_NANOS = 60_000_000_000L;

  /** Slots to reserve before the first unit is read: a year of ordinary size fits. */
  private static final int FIRST_SLOTS = 64 * 1024;

  @Inject private CurrentRevisions currentRevisions;
  @Inject private AssessmentYears assessmentYears;

  private final Map<Long, PublishedRevision> byPublication = new ConcurrentHashMap<>();

  /** When each unreadable revision was last tried, by publication id. */
  private final Map<Long, Long> unreadable = new ConcurrentHashMap<>();

  /**
   * Names the current revisions of every published year: it changes exactly when a year is
   * published, corrected or withdrawn, so anything derived from published data may be kept under
   * it.
   */
  public String version() {
    return currentRevisions.version();
  }

  /** The current revision of the year, if it is published and can be shown. */
  public Optional<PublishedRevision> year(int year) {
    return currentRevisions.of(year).flatMap(this::shown);
  }

  /** The current revision of every published year that can be shown, newest first. */
  public List<PublishedRevision> years() {
    return currentRevisions.all().stream().map(this::shown).flatMap(Optional::stream).toList();
  }

  /** The exact package of the year's current revision, if the year is published and shown. */
  public Optional<byte[]> packageOf(int year) {
    return currentRevisions
        .of(year)
        .filter(publication -> shown(publication).isPresent())
        .map(Publication::packageBytes);
  }

  private Optional<PublishedRevision> shown(Publication publication) {
    Long id = publication.id();
    PublishedRevision known = byPublication.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    // One reading at a time: two at once would hold two copies of a large year.
    synchronized (this) {
      known = byPublication.get(id);
      if (known != null) {
        return Optional.of(known);
      }
      Long failedAt = unreadable.get(id);
      if (failedAt != null && System.nanoTime() - failedAt < RETRY_NANOS) {
        return Optional.empty();
      }
      forgetSuperseded();
      try {
        PublishedRevision read = read(publication);
        byPublication.put(id, read);
        unreadable.remove(id);
        return Optional.of(read);
      } catch (RuntimeException cannotShow) {
        if (unreadable.put(id, System.nanoTime()) == null) {
          LOG.log(
              Level.SEVERE,
              "Revision "
                  + publication.revision()
                  + " of the year "
                  + publication.cycle().year()
                  + " (publication "
                  + id
                  + ") cannot be shown and is left out of the public site: "
                  + cannotShow.getMessage(),
              cannotShow);
        }
        return Optional.empty();
      }
    }
  }

  private void forgetSuperseded() {
    Set<Long> current =
        currentRevisions.all().stream().map(Publication::id).collect(Collectors.toSet());
    byPublication.keySet().retainAll(current);
  }

  private PublishedRevision read(Publication publication) {
    int year = publication.cycle().year();
    if (!assessmentYears.allows(year)) {
      throw new IllegalStateException(
          "the year is outside the configured range "
              + assessmentYears.range().first()
              + "–"
              + assessmentYears.range().last());
    }
    byte[] packageBytes = publication.packageBytes();
    YearRange years = assessmentYears.range();
    CompletableFuture<CyclePackage> frozenPackage =
        CompletableFuture.supplyAsync(() -> checkedPackage(packageBytes, years, year));
    StreamedResults results;
    try (InputStream json = publication.resultsJson()) {
      results = StreamedResults.read(json, FIRST_SLOTS);
    } catch (IOException e) {
      frozenPackage.cancel(false);
      throw new UncheckedIOException("its stored results cannot be read", e);
    }
    CyclePackage frozen;
    try {
      frozen = frozenPackage.join();
    } catch (CompletionException failed) {
      throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
    }
    Publication previous = publication.previous();
    return new PublishedRevision(
        year,
        publication.revision(),
        publication.publishedAt(),
        publication.packageSha256(),
        publication.resultsSha256(),
        publication.reason(),
        previous == null ? null : previous.cycle().year(),
        frozen.framework(),
        results);
  }

  private static CyclePackage checkedPackage(byte[] packageBytes, YearRange years, int year) {
    PackageReadResult readPackage = new PackageReader().withYears(years).read(packageBytes);
    CyclePackage frozen =
        readPackage
            .cyclePackage()
            .orElseThrow(
                () -> new IllegalStateException("its package is invalid: " + readPackage.errors()));
    if (frozen.year() != year) {
      throw new IllegalStateException("its package is of the year " + frozen.year());
    }
    List<String> empty = PublishableData.groupsWithoutValues(frozen);
    if (!empty.isEmpty()) {
      throw new IllegalStateException("the groups " + empty + " have no values");
    }
    return frozen;
  }
}
