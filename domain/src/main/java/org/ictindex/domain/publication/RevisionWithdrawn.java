package org.ictindex.domain.publication;

/** A year's current revision has been withdrawn from the public site. */
public record RevisionWithdrawn(int year, int revision) {}
