package org.ictindex.domain.publication;

import java.math.BigDecimal;

/**
 * A value that differs between two versions of a year's data; null is a missing value.
 *
 * @param oldValue the value before, or null when missing
 * @param newValue the value after, or null when missing
 */
public record ChangedValue(
    String unitCode, String indicatorCode, BigDecimal oldValue, BigDecimal newValue) {}
