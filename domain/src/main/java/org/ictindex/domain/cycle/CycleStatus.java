package org.ictindex.domain.cycle;

/** Where a cycle is in its life. */
public enum CycleStatus {
  /** Framework, units and values can be edited; an import replaces the data. */
  DRAFT,
  /** Revision 1 is frozen and public. */
  PUBLISHED,
  /** A later revision with a reason replaced the public one; earlier ones stay readable. */
  CORRECTED,
  /**
   * An administrator withdrew the current revision from the public site, with a reason. Every
   * revision stays for auditors; the year can be edited like a draft and published again as its
   * next revision.
   */
  WITHDRAWN;

  /** Whether the public site shows the year. */
  public boolean isPublic() {
    return this == PUBLISHED || this == CORRECTED;
  }

  /** Whether the year's framework, units and values may change: a draft, or a withdrawn year. */
  public boolean isEditable() {
    return this == DRAFT || this == WITHDRAWN;
  }
}
