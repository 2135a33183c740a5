package org.ictindex.domain.publication;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ictindex.domain.cycle.Cycle;
import org.ictindex.scoring.engine.PublicationRecipe;

/**
 * One revision of a published year, frozen: it is inserted once and never updated. Revision 1 is
 * the publication; every later revision is a correction with a reason.
 */
@Entity
@Table(name = "publication")
@NamedQuery(
    name = Publication.FIND_BY_CYCLE,
    query = "SELECT p FROM Publication p WHERE p.cycle = :cycle ORDER BY p.revision")
@NamedQuery(
    name = Publication.FIND_CURRENT,
    query =
        "SELECT p FROM Publication p WHERE p.revision = (SELECT MAX(q.revision) FROM Publication q"
            + " WHERE q.cycle = p.cycle) AND NOT EXISTS (SELECT w FROM Withdrawal w"
            + " WHERE w.publication = p) ORDER BY p.cycle.year DESC")
public class Publication {

  public static final String FIND_BY_CYCLE = "Publication.findByCycle";
  public static final String FIND_CURRENT = "Publication.findCurrent";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "cycle_id", updatable = false)
  private Cycle cycle;

  @Column(name = "revision", nullable = false, updatable = false)
  private int revision;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "package_bytes", nullable = false, updatable = false)
  private byte[] packageBytes;

  @Column(name = "package_sha256", nullable = false, updatable = false, length = 64)
  private String packageSha256;

  @OneToMany(mappedBy = "publication", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
  @OrderBy("part")
  private List<ResultsPart> resultsParts;

  @Column(name = "results_sha256", nullable = false, updatable = false, length = 64)
  private String resultsSha256;

  @Column(name = "uncertainty_draws", nullable = false, updatable = false)
  private int uncertaintyDraws;

  @Column(name = "uncertainty_seed", nullable = false, updatable = false)
  private long uncertaintySeed;

  @Column(name = "uncertainty_epsilon", nullable = false, updatable = false)
  private double uncertaintyEpsilon;

  /** The revision of the previous year that changes were computed against, if any. */
  @ManyToOne
  @JoinColumn(name = "previous_publication_id", updatable = false)
  private Publication previous;

  @Column(name = "published_by", nullable = false, updatable = false, length = 100)
  private String publishedBy;

  @Column(name = "published_at", nullable = false, updatable = false)
  private Instant publishedAt;

  @Column(name = "reason", updatable = false, length = 4000)
  private String reason;

  protected Publication() {}

  Publication(
      Cycle cycle,
      int revision,
      FrozenResults frozen,
      Publication previous,
      String publishedBy,
      Instant publishedAt,
      String reason) {
    this.cycle = cycle;
    this.revision = revision;
    this.packageBytes = frozen.packageBytes();
    this.packageSha256 = frozen.packageSha256();
    List<byte[]> parts = frozen.results().parts();
    this.resultsParts = new ArrayList<>();
    for (int part = 0; part < parts.size(); part++) {
      resultsParts.add(new ResultsPart(this, part, parts.get(part)));
    }
    this.resultsSha256 = frozen.results().sha256();
    this.uncertaintyDraws = frozen.recipe().draws();
    this.uncertaintySeed = frozen.recipe().seed();
    this.uncertaintyEpsilon = frozen.recipe().epsilon();
    this.previous = previous;
    this.publishedBy = publishedBy;
    this.publishedAt = publishedAt;
    this.reason = reason;
  }

  public Long id() {
    return id;
  }

  public Cycle cycle() {
    return cycle;
  }

  public int revision() {
    return revision;
  }

  public byte[] packageBytes() {
    return packageBytes.clone();
  }

  public String packageSha256() {
    return packageSha256;
  }

  /** The canonical results text (UTF-8), read from its stored parts. */
  public InputStream resultsJson() {
    return CompressedResults.text(resultsParts.stream().map(ResultsPart::bytes).toList());
  }

  public String resultsSha256() {
    return resultsSha256;
  }

  public int uncertaintyDraws() {
    return uncertaintyDraws;
  }

  public long uncertaintySeed() {
    return uncertaintySeed;
  }

  /** How the revision's results were computed, so that anyone can compute them again. */
  public PublicationRecipe recipe() {
    return new PublicationRecipe(
        previous == null ? null : previous.cycle().year(),
        uncertaintyDraws,
        uncertaintySeed,
        uncertaintyEpsilon);
  }

  public Publication previous() {
    return previous;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public String reason() {
    return reason;
  }
}
