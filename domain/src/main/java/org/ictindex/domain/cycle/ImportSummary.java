package org.ictindex.domain.cycle;

/** What an import stored. */
public record ImportSummary(int year, int units, int indicators, int values) {}
