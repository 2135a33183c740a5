package org.ictindex.scoring.model;

/** What a missing indicator value does to the scores above it (methodology §3). */
public enum MissingPolicy {
  /** The unit has no score, rank or class at the node and every ancestor up to TOTAL. */
  EXCLUDE("exclude"),
  /** A missing value gives 0 points. */
  ZERO("zero");

  private final String code;

  MissingPolicy(String code) {
    this.code = code;
  }

  /** The spelling used in framework.json. */
  public String code() {
    return code;
  }
}
