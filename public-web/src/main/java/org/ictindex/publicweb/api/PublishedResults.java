package org.ictindex.publicweb.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import org.ictindex.publicweb.view.PublishedYearPages;

/**
 * The published years as the public API serves them. A revision never changes, so its parsed
 * results are kept in memory for as long as the application runs.
 */
@ApplicationScoped
public class PublishedResults {

  /** Exact decimals in and out: figures are served exactly as they were frozen. */
  static final ObjectMapper JSON =
      JsonMapper.builder()
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  @Inject private CurrentRevisions currentRevisions;
  @Inject private PublishedYearPages pages;

  private final Map<Long, YearResults> byPublication = new ConcurrentHashMap<>();

  /**
   * The current revision of every published year that the public site shows, newest first: a
   * revision the pages cannot show ({@link PublishedYearPages}) is left out here too.
   */
  public List<Publication> currentRevisions() {
    return currentRevisions.all().stream().filter(pages::isShown).toList();
  }

  /** The current revision's results of the year, if the year is published and shown. */
  Optional<YearResults> year(int year) {
    return shown(year).map(this::parsed);
  }

  /** The exact package of the year's current revision, if the year is published and shown. */
  Optional<byte[]> packageOf(int year) {
    return shown(year).map(Publication::packageBytes);
  }

  private Optional<Publication> shown(int year) {
    return currentRevisions.of(year).filter(pages::isShown);
  }

  private YearResults parsed(Publication publication) {
    return byPublication.computeIfAbsent(
        publication.id(),
        id -> {
          try (InputStream json = publication.resultsJson()) {
            return new YearResults(
                publication.cycle().year(),
                publication.revision(),
                publication.publishedAt(),
                publication.packageSha256(),
                publication.resultsSha256(),
                JSON.readTree(json));
          } catch (IOException e) {
            throw new UncheckedIOException("Stored results cannot be read", e);
          }
        });
  }
}
