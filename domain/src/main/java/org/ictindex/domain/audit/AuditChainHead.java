package org.ictindex.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row that holds the hash of the newest audit record. */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

  static final int ID = 1;

  @Id
  @Column(name = "id")
  private int id;

  @Column(name = "last_hash", nullable = false, length = 64)
  private String lastHash;

  protected AuditChainHead() {}

  String lastHash() {
    return lastHash;
  }

  void advanceTo(String hash) {
    this.lastHash = hash;
  }
}
