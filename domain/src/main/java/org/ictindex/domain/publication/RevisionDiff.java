package org.ictindex.domain.publication;

import java.util.List;

/** What differs between two versions of a year: the values, and the results they give. */
public record RevisionDiff(List<ChangedValue> values, List<ResultChange> results) {}
