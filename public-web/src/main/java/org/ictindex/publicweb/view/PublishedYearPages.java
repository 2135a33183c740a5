package org.ictindex.publicweb.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ictindex.domain.cycle.AssessmentYears;
import org.ictindex.domain.publication.CurrentRevisions;
import org.ictindex.domain.publication.Publication;
import org.ictindex.domain.publication.PublishableData;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.pkg.PackageReadResult;
import org.ictindex.scoring.pkg.PackageReader;
import org.ictindex.scoring.results.ResultsJson;

/**
 * The published years as the pages read them. A revision never changes, so each is read from its
 * frozen package and results once and kept for as long as the application runs.
 *
 * <p>One revision that cannot be shown never takes the site down: a year outside the configured
 * range, a package or results that cannot be read, a package of another year, or data with a group
 * without any value is left out of every list and page (which then answer as for an unpublished
 * year) and named once in the log, and every other year is served as usual.
 */
@ApplicationScoped
public class PublishedYearPages {

  private static final Logger LOG = Logger.getLogger(PublishedYearPages.class.getName());

  /** How long a revision that could not be read is left out before it is read again. */
  private static final long RETRY_NANOS = 60_000_000_000L;

  @Inject private CurrentRevisions currentRevisions;
  @Inject private AssessmentYears assessmentYears;

  private final Map<Long, PublishedYear> byPublication = new ConcurrentHashMap<>();

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
  public Optional<PublishedYear> year(int year) {
    return currentRevisions.of(year).flatMap(this::shown);
  }

  /** The current revision of every published year that can be shown, newest first. */
  public List<PublishedYear> years() {
    return currentRevisions.all().stream().map(this::shown).flatMap(Optional::stream).toList();
  }

  /** Whether the public may be shown the revision (the open-data API asks too). */
  public boolean isShown(Publication publication) {
    return shown(publication).isPresent();
  }

  private Optional<PublishedYear> shown(Publication publication) {
    Long id = publication.id();
    PublishedYear known = byPublication.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    Long failedAt = unreadable.get(id);
    if (failedAt != null && System.nanoTime() - failedAt < RETRY_NANOS) {
      return Optional.empty();
    }
    try {
      PublishedYear read = read(publication);
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

  private PublishedYear read(Publication publication) {
    int year = publication.cycle().year();
    if (!assessmentYears.allows(year)) {
      throw new IllegalStateException(
          "the year is outside the configured range "
              + assessmentYears.range().first()
              + "–"
              + assessmentYears.range().last());
    }
    PackageReadResult readPackage =
        new PackageReader().withYears(assessmentYears.range()).read(publication.packageBytes());
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
    CycleResults results;
    try (InputStream json = publication.resultsJson()) {
      results = ResultsJson.read(json);
    } catch (IOException e) {
      throw new UncheckedIOException("its stored results cannot be read", e);
    }
    Publication previous = publication.previous();
    return new PublishedYear(
        year,
        publication.revision(),
        publication.publishedAt(),
        publication.packageSha256(),
        publication.resultsSha256(),
        publication.reason(),
        previous == null ? null : previous.cycle().year(),
        frozen.framework(),
        frozen.units(),
        results);
  }
}
