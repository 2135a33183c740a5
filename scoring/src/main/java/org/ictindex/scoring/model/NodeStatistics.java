package org.ictindex.scoring.model;

import java.math.BigDecimal;

/** The spread of percents of the ranked units of a group at one node; nulls when none is ranked. */
public record NodeStatistics(
    String node,
    int ranked,
    BigDecimal meanPercent,
    BigDecimal medianPercent,
    BigDecimal minPercent,
    BigDecimal maxPercent) {}
