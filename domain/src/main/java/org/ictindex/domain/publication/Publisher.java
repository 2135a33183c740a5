package org.ictindex.domain.publication;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.ictindex.domain.audit.AuditAction;
import org.ictindex.domain.audit.AuditChain;
import org.ictindex.domain.audit.AuditEntry;
import org.ictindex.domain.audit.AuditTrail;
import org.ictindex.domain.cycle.AssessmentYears;
import org.ictindex.domain.cycle.Cycle;
import org.ictindex.domain.cycle.CycleCatalog;
import org.ictindex.domain.cycle.CycleData;
import org.ictindex.domain.cycle.CycleStateException;
import org.ictindex.domain.cycle.CycleStatus;
import org.ictindex.domain.cycle.InvalidRequestException;
import org.ictindex.domain.cycle.UnknownCycleException;
import org.ictindex.domain.cycle.YearPackage;
import org.ictindex.domain.persistence.Timestamps;
import org.ictindex.scoring.engine.Methodology;
import org.ictindex.scoring.engine.PublicationRecipe;
import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;
import org.ictindex.scoring.pkg.FreeText;
import org.ictindex.scoring.pkg.PackageWriter;
import org.ictindex.scoring.results.ResultsJson;

/**
 * Freezes years into revisions and checks them, on behalf of an actor whose right to do so the
 * caller has checked. Runs inside the caller's transaction, so a publication and its audit record
 * commit or roll back together.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Publisher {

  /** A correction typed on the screen explains itself in at least this many characters. */
  public static final int MINIMUM_REASON_LENGTH = 10;

  @PersistenceContext(unitName = "ictindex")
  private EntityManager entityManager;

  @Inject private CycleCatalog cycles;
  @Inject private CycleData cycleData;
  @Inject private AuditTrail auditTrail;
  @Inject private Event<RevisionPublished> revisionPublished;
  @Inject private Event<RevisionWithdrawn> revisionWithdrawn;
  @Inject private AssessmentYears years;

  /**
   * Freezes the draft of the year as revision 1, or a withdrawn year's data as its next revision.
   * Refused for a year outside the configured range and for data with a group of units without any
   * value.
   */
  public Publication publish(int year, String actor) {
    Cycle cycle = cycles.find(year).orElseThrow(() -> unknownYear(year));
    if (cycle.isPublic()) {
      throw new CycleStateException(
          "Năm " + year + " đã được công bố; hãy đính chính thay vì công bố lại.",
          year + " is already published; submit a correction instead.");
    }
    years.require(year);
    CyclePackage data = cycleData.load(cycle);
    PublishableData.require(data);
    List<Publication> earlier = revisions(cycle);
    int revision = earlier.isEmpty() ? 1 : earlier.get(earlier.size() - 1).revision() + 1;
    Instant now = now();
    Publication publication = freeze(cycle, data, revision, actor, null, now);
    cycle.markPublished(now);
    auditTrail.record(
        new AuditEntry(
            actor,
            AuditAction.PUBLISH,
            year,
            "revision " + revision,
            earlier.isEmpty() ? null : hashes(earlier.get(earlier.size() - 1)),
            hashes(publication),
            null));
    return publication;
  }

  /**
   * Takes the year's current revision off the public site, with a reason: a withdrawal record and
   * its audit record are added, and nothing published is changed or removed. The year can then be
   * edited and published again as its next revision.
   */
  public Withdrawal withdraw(int year, String reason, String actor) {
    requireReason(reason);
    String why = checkedReason(reason);
    Cycle cycle = cycles.find(year).orElseThrow(() -> unknownYear(year));
    if (!cycle.isPublic()) {
      throw new CycleStateException(
          cycle.status() == CycleStatus.WITHDRAWN
              ? "Năm " + year + " đã được rút khỏi trang công khai."
              : "Năm " + year + " chưa được công bố; không có gì để rút lại.",
          cycle.status() == CycleStatus.WITHDRAWN
              ? year + " is already withdrawn from the public site."
              : year + " is not published; there is nothing to withdraw.");
    }
    Publication current = latest(cycle);
    Instant now = now();
    Withdrawal withdrawal = new Withdrawal(current, actor, now, why);
    entityManager.persist(withdrawal);
    entityManager.flush();
    cycle.markWithdrawn(now);
    auditTrail.record(
        new AuditEntry(
            actor,
            AuditAction.WITHDRAW,
            year,
            "revision " + current.revision(),
            hashes(current),
            "withdrawn from the public site",
            why));
    revisionWithdrawn.fire(new RevisionWithdrawn(year, current.revision()));
    return withdrawal;
  }

  /** Every withdrawal of the year's revisions, oldest revision first. */
  public List<Withdrawal> withdrawals(int year) {
    return entityManager
        .createNamedQuery(Withdrawal.FIND_BY_CYCLE, Withdrawal.class)
        .setParameter("cycle", cycles.find(year).orElseThrow(() -> unknownYear(year)))
        .getResultList();
  }

  /** Replaces a published year's data with the package and freezes it as the next revision. */
  public Publication correct(int year, byte[] zip, String reason, String actor) {
    String why = checkedReason(reason);
    Cycle cycle = published(year);
    return correct(cycle, YearPackage.read(zip, year, years.range()), why, actor);
  }

  /** A published year in the range of years accepted today. */
  private Cycle published(int year) {
    Cycle cycle = cycles.find(year).orElseThrow(() -> unknownYear(year));
    if (!cycle.isPublic()) {
      throw notPublished(year);
    }
    years.require(year);
    return cycle;
  }

  /** Replaces a published year's data with valid corrected data and freezes the next revision. */
  private Publication correct(Cycle cycle, CyclePackage corrected, String why, String actor) {
    int year = cycle.year();
    PublishableData.require(corrected);
    Publication latest = latest(cycle);
    if (AuditChain.sha256Hex(PackageWriter.toZip(corrected)).equals(latest.packageSha256())) {
      throw nothingChanged(year, latest);
    }
    Instant now = now();
    cycleData.replace(cycle, corrected, actor, now);
    Publication publication = freeze(cycle, corrected, latest.revision() + 1, actor, why, now);
    cycle.markCorrected(now);
    auditTrail.record(
        new AuditEntry(
            actor,
            AuditAction.CORRECT,
            year,
            "revision " + publication.revision(),
            hashes(latest),
            hashes(publication),
            why));
    return publication;
  }

  /**
   * The reason as it is stored: required, in NFC, without surrounding spaces, and held to the one
   * rule for free text ({@link FreeText#checkReason}).
   */
  private static String checkedReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidRequestException("Cần ghi lý do.", "A reason is needed.");
    }
    String stored = FreeText.normalized(reason).strip();
    FreeText.Problem problem = FreeText.checkReason(stored);
    if (problem != null) {
      throw new InvalidRequestException(
          "Lý do không hợp lệ. " + problem.messageVi(),
          "The reason is refused. " + problem.messageEn());
    }
    return stored;
  }

  /** A correction whose package is the current revision's, byte for byte once written. */
  private static CycleStateException nothingChanged(int year, Publication latest) {
    return new CycleStateException(
        "Không có gì thay đổi: dữ liệu đính chính giống hệt phiên bản hiện hành "
            + latest.revision()
            + " của năm "
            + year
            + " (cùng mã SHA-256 của gói), nên không tạo phiên bản mới.",
        "Nothing changed: the corrected data are identical to "
            + year
            + "'s current revision "
            + latest.revision()
            + " (the same package SHA-256), so no new revision was made.");
  }

  /**
   * Changes some values of a published year's current revision and freezes the result as the next
   * revision, with one audit record per changed value besides the correction's own.
   */
  public Publication correctValues(
      int year, List<ValueChange> changes, String reason, String actor) {
    requireReason(reason);
    String why = checkedReason(reason);
    ValueCorrection correction = ValueCorrection.of(currentRevisionData(year), changes);
    Cycle cycle = published(year);
    Publication publication =
        correct(cycle, YearPackage.validated(correction.corrected(), year, null), why, actor);
    for (ChangedValue changed : correction.changes()) {
      auditTrail.record(
          new AuditEntry(
              actor,
              AuditAction.CORRECT_VALUE,
              year,
              changed.unitCode() + " / " + changed.indicatorCode(),
              plain(changed.oldValue()),
              plain(changed.newValue()),
              why));
    }
    return publication;
  }

  /** The data of a published year's current revision, as frozen. */
  public CyclePackage currentRevisionData(int year) {
    Cycle cycle = cycles.find(year).orElseThrow(() -> unknownYear(year));
    if (!cycle.isPublic()) {
      throw notPublished(year);
    }
    return YearPackage.readKept(latest(cycle).packageBytes(), year);
  }

  /**
   * The framework and units of a published year's current revision, read from the year's stored
   * data without its values: a published year's data change only by a correction, which stores its
   * revision's data.
   */
  public CorrectionChoices correctionChoices(int year) {
    Cycle cycle = cycles.find(year).orElseThrow(() -> unknownYear(year));
    if (!cycle.isPublic()) {
      throw notPublished(year);
    }
    return new CorrectionChoices(year, cycleData.framework(cycle), cycleData.units(cycle));
  }

  /** A revision's data and its results (without rank intervals) against its previous year. */
  public YearResults revisionResultsWithoutIntervals(int year, int revision) {
    Publication publication = revision(year, revision);
    CyclePackage data = YearPackage.readKept(publication.packageBytes(), year);
    return new YearResults(
        data,
        publication
            .recipe()
            .withoutIntervals()
            .compute(data, previousResults(Optional.ofNullable(publication.previous()))));
  }

  /** Every revision of a year, oldest first. */
  public List<Publication> revisions(int year) {
    return revisions(cycles.find(year).orElseThrow(() -> unknownYear(year)));
  }

  /** One revision of a year. */
  public Publication revision(int year, int revision) {
    return revisions(year).stream()
        .filter(publication -> publication.revision() == revision)
        .findFirst()
        .orElseThrow(
            () ->
                new UnknownCycleException(
                    "Năm " + year + " không có phiên bản " + revision + ".",
                    year + " has no revision " + revision + "."));
  }

  /** Recomputes a revision from its stored package and compares both hashes. */
  public Verification verify(int year, int revision) {
    Publication publication = revision(year, revision);
    byte[] bytes = publication.packageBytes();
    CyclePackage data = YearPackage.readKept(bytes, year);
    CycleResults recomputed =
        publication
            .recipe()
            .compute(data, previousResults(Optional.ofNullable(publication.previous())));
    return new Verification(
        year,
        revision,
        publication.packageSha256(),
        AuditChain.sha256Hex(bytes),
        publication.resultsSha256(),
        CompressedResults.sha256(data, recomputed));
  }

  /**
   * The draft's results as the public would see them if it were published now, in the results JSON
   * form (without rank intervals, which only a publication computes).
   */
  public String preview(int year) {
    CyclePackage data = currentData(year);
    return ResultsJson.write(data, resultsWithoutIntervals(data));
  }

  /** The year's data as it stands: the draft, or the current revision's data once published. */
  public CyclePackage currentData(int year) {
    return cycleData.load(cycles.find(year).orElseThrow(() -> unknownYear(year)));
  }

  /**
   * The results that publishing the data now would freeze: against the same previous year, with
   * rank intervals from the same draws and seed.
   */
  public CycleResults resultsAsPublished(CyclePackage data) {
    Optional<Publication> previous = latestPublishedBefore(data.year());
    return recipeFor(data, previous).compute(data, previousResults(previous));
  }

  /** The same results without rank intervals, which are the slow part. */
  public CycleResults resultsWithoutIntervals(CyclePackage data) {
    Optional<Publication> previous = latestPublishedBefore(data.year());
    return recipeFor(data, previous).withoutIntervals().compute(data, previousResults(previous));
  }

  private Publication freeze(
      Cycle cycle, CyclePackage data, int revision, String actor, String reason, Instant now) {
    Optional<Publication> previous = latestPublishedBefore(cycle.year());
    byte[] packageBytes = PackageWriter.toZip(data);
    PublicationRecipe recipe = recipeFor(data, previous);
    CompressedResults results;
    try {
      results = CompressedResults.of(data, recipe.compute(data, previousResults(previous)));
    } catch (OutOfMemoryError tooLarge) {
      // What filled the heap was this computation's own, and it is garbage now.
      throw YearTooLargeException.forHeap(Runtime.getRuntime().maxMemory());
    }
    FrozenResults frozen =
        new FrozenResults(packageBytes, AuditChain.sha256Hex(packageBytes), results, recipe);
    Publication publication =
        new Publication(cycle, revision, frozen, previous.orElse(null), actor, now, reason);
    entityManager.persist(publication);
    try {
      // Written now rather than at commit, so that a database refusal can be told as such.
      entityManager.flush();
    } catch (PersistenceException refused) {
      throw YearTooLargeException.causing(refused).orElseThrow(() -> refused);
    }
    revisionPublished.fire(new RevisionPublished(cycle.year(), revision));
    return publication;
  }

  /** How publishing the data against the previous revision computes its results. */
  private static PublicationRecipe recipeFor(CyclePackage data, Optional<Publication> previous) {
    return PublicationRecipe.forPublication(
        data, previous.map(publication -> publication.cycle().year()).orElse(null));
  }

  private Optional<Publication> latestPublishedBefore(int year) {
    return cycles.previousPublished(year).map(this::latest);
  }

  /** A previous year's results, recomputed from the package of the revision that was public. */
  private static CycleResults previousResults(Optional<Publication> previous) {
    return previous
        .map(
            publication ->
                Methodology.compute(
                    YearPackage.readKept(publication.packageBytes(), publication.cycle().year()),
                    null))
        .orElse(null);
  }

  private Publication latest(Cycle cycle) {
    List<Publication> revisions = revisions(cycle);
    return revisions.get(revisions.size() - 1);
  }

  private List<Publication> revisions(Cycle cycle) {
    return entityManager
        .createNamedQuery(Publication.FIND_BY_CYCLE, Publication.class)
        .setParameter("cycle", cycle)
        .getResultList();
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.strip().length() < MINIMUM_REASON_LENGTH) {
      throw new InvalidRequestException(
          "Lý do phải có ít nhất " + MINIMUM_REASON_LENGTH + " ký tự.",
          "A reason needs at least " + MINIMUM_REASON_LENGTH + " characters.");
    }
  }

  private static CycleStateException notPublished(int year) {
    return new CycleStateException(
        "Năm " + year + " chưa được công bố; hãy công bố bản nháp.",
        year + " is not published yet; publish the draft instead.");
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  private static UnknownCycleException unknownYear(int year) {
    return new UnknownCycleException(
        "Không có năm đánh giá " + year + ".", "There is no assessment year " + year + ".");
  }

  private static String hashes(Publication publication) {
    return "package sha256 "
        + publication.packageSha256()
        + ", results sha256 "
        + publication.resultsSha256();
  }

  private static Instant now() {
    return Timestamps.now();
  }
}
