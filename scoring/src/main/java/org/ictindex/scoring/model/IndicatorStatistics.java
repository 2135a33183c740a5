package org.ictindex.scoring.model;

import java.math.BigDecimal;

/**
 * Raw-value statistics of one indicator over one group's units (before points).
 *
 * @param reporting units with a value
 * @param positive units with a value &gt; 0
 * @param positiveChange change of {@code positive} against the previous cycle, or null
 * @param sumChange change of {@code sum} against the previous cycle, or null
 */
public record IndicatorStatistics(
    String code,
    int reporting,
    int positive,
    BigDecimal sum,
    BigDecimal mean,
    BigDecimal median,
    BigDecimal min,
    BigDecimal max,
    Integer positiveChange,
    BigDecimal sumChange) {}
