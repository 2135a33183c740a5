package org.ictindex.domain.publication;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.ictindex.domain.account.Permission;
import org.ictindex.domain.cycle.Cycle;
import org.ictindex.domain.cycle.CycleCatalog;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;

/**
 * Results computed to be looked at, never stored: a year as publishing it would freeze it, the same
 * year under other weights, a correction before it is made, two revisions side by side.
 */
@Stateless
@RolesAllowed(Permission.READ_YEARS_NAME)
public class DraftPreview {

  @Inject private Publisher publisher;
  @Inject private CycleCatalog cycles;

  /** What publishing the year now would freeze. */
  public YearFacts facts(int year) {
    CyclePackage data = publisher.currentData(year);
    boolean published = cycles.find(year).map(Cycle::isPublic).orElse(false);
    return YearFacts.of(
        data, cycles.previousPublished(year).map(Cycle::year).orElse(null), published);
  }

  /**
   * The year's current data with the results publishing it would freeze, rank intervals included
   * (the slow part: a thousand draws).
   */
  public YearResults preview(int year) {
    CyclePackage data = publisher.currentData(year);
    return new YearResults(data, publisher.resultsAsPublished(data));
  }

  /** The year's results, without rank intervals, had the nodes the given weights. */
  public YearResults whatIf(int year, Map<String, BigDecimal> weights) {
    CyclePackage data = publisher.currentData(year);
    CyclePackage reweighted =
        new CyclePackage(
            WeightOverride.apply(data.framework(), weights), data.units(), data.values());
    return new YearResults(reweighted, publisher.resultsWithoutIntervals(reweighted));
  }

  /** What correcting the values would change, computed without storing anything. */
  public RevisionDiff correction(int year, List<ValueChange> changes) {
    CyclePackage current = publisher.currentRevisionData(year);
    ValueCorrection correction = ValueCorrection.of(current, changes);
    CycleResults before = publisher.resultsWithoutIntervals(current);
    CycleResults after = publisher.resultsWithoutIntervals(correction.corrected());
    return new RevisionDiff(correction.changes(), ResultChange.between(before, after));
  }

  /** The values and results that differ between two revisions of a year. */
  public RevisionDiff compare(int year, int fromRevision, int toRevision) {
    YearResults from = publisher.revisionResultsWithoutIntervals(year, fromRevision);
    YearResults to = publisher.revisionResultsWithoutIntervals(year, toRevision);
    return new RevisionDiff(
        ValueCorrection.differences(from.data(), to.data()),
        ResultChange.between(from.results(), to.results()));
  }

  /**
   * The framework and units of a published year's current revision, to choose values to correct
   * from, without reading its values.
   */
  public CorrectionChoices correctionChoices(int year) {
    return publisher.correctionChoices(year);
  }
}
