package org.ictindex.scoring.model;

import java.math.BigDecimal;

/**
 * One unit's raw value of one indicator.
 *
 * @param value the value, or null when the row is present but empty (a missing value)
 * @param note free text such as evidence or source; empty when absent
 */
public record IndicatorValue(
    String unitCode, String indicatorCode, BigDecimal value, String note) {}
