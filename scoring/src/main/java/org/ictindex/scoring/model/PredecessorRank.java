package org.ictindex.scoring.model;

/**
 * A predecessor's rank at a node in the previous cycle, shown for a merged unit instead of a
 * change.
 */
public record PredecessorRank(String unitCode, int rank, int of) {}
