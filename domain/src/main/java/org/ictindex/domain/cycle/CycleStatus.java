package org.ictindex.domain.cycle;

/** Where a cycle is in its life. */
public enum CycleStatus {
  /** Framework, units and values can be edited; an import replaces the data. */
  DRAFT,
  /** Revision 1 is frozen and public. */
  PUBLISHED,
  /** A later revision with a reason replaced the public one; earlier ones stay readable. */
  CORRECTED
}
