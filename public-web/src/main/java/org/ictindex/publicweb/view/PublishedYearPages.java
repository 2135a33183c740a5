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
import org.ictindex.domain.publication.CurrentRevisions;
import org.ictindex.domain.publication.Publication;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.pkg.PackageReader;
import org.ictindex.scoring.results.ResultsJson;

/**
 * The published years as the pages read them. A revision never changes, so each is read from its
 * frozen package and results once and kept for as long as the application runs.
 */
@ApplicationScoped
public class PublishedYearPages {

  @Inject private CurrentRevisions currentRevisions;

  private final Map<Long, PublishedYear> byPublication = new ConcurrentHashMap<>();

  /**
   * Names the current revisions of every published year: it changes exactly when a year is
   * published or corrected, so anything derived from published data may be kept under it.
   */
  public String version() {
    return currentRevisions.version();
  }

  /** The current revision of the year, if it is published. */
  public Optional<PublishedYear> year(int year) {
    return currentRevisions.of(year).map(this::read);
  }

  /** The current revision of every published year, newest first. */
  public List<PublishedYear> years() {
    return currentRevisions.all().stream().map(this::read).toList();
  }

  private PublishedYear read(Publication publication) {
    return byPublication.computeIfAbsent(
        publication.id(),
        id -> {
          CyclePackage frozen =
              new PackageReader().read(publication.packageBytes()).cyclePackage().orElseThrow();
          Publication previous = publication.previous();
          CycleResults results;
          try (InputStream json = publication.resultsJson()) {
            results = ResultsJson.read(json);
          } catch (IOException e) {
            throw new UncheckedIOException("Stored results cannot be read", e);
          }
          return new PublishedYear(
              publication.cycle().year(),
              publication.revision(),
              publication.publishedAt(),
              publication.packageSha256(),
              publication.resultsSha256(),
              publication.reason(),
              previous == null ? null : previous.cycle().year(),
              frozen.framework(),
              frozen.units(),
              results);
        });
  }
}
