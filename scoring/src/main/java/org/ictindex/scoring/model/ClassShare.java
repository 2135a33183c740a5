package org.ictindex.scoring.model;

import java.math.BigDecimal;

/**
 * How many ranked units of a group are in one class at one node, and their share.
 *
 * @param share percent of the ranked units, 1 decimal
 * @param shareChange change of the share in percentage points against the previous cycle, or null
 */
public record ClassShare(
    String node, String classCode, int count, BigDecimal share, BigDecimal shareChange) {}
