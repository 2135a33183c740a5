package org.ictindex.domain.publication;

import java.io.Serializable;

/**
 * One value to change in a correction, as the assessor typed it.
 *
 * @param newValueText the new value in the form of values.csv; empty for a missing value
 */
public record ValueChange(String unitCode, String indicatorCode, String newValueText)
    implements Serializable {}
