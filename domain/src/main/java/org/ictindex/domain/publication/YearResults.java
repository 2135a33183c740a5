package org.ictindex.domain.publication;

import org.ictindex.scoring.model.CyclePackage;
import org.ictindex.scoring.model.CycleResults;

/** A year's data and the results computed from it. */
public record YearResults(CyclePackage data, CycleResults results) {}
