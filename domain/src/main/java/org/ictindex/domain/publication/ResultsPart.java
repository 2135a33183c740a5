package org.ictindex.domain.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One part of a revision's compressed results (see {@link CompressedResults}); never updated. */
@Entity
@Table(name = "publication_results_part")
class ResultsPart {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "publication_id", updatable = false)
  private Publication publication;

  @Column(name = "part", nullable = false, updatable = false)
  private int part;

  @Lob
  @Column(name = "bytes", nullable = false, updatable = false)
  private byte[] bytes;

  protected ResultsPart() {}

  ResultsPart(Publication publication, int part, byte[] bytes) {
    this.publication = publication;
    this.part = part;
    this.bytes = bytes;
  }

  byte[] bytes() {
    return bytes;
  }
}
