package org.ictindex.domain.cycle;

/**
 * A change to one value of a unit: the text as typed (empty for missing), a note, and the version
 * the person saw (null when there was no value).
 */
public record ValueEdit(String indicatorCode, String value, String note, Long expectedVersion) {}
