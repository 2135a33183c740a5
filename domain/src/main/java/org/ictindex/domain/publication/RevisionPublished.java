package org.ictindex.domain.publication;

/** A year's new revision has been frozen: published for the first time or corrected. */
public record RevisionPublished(int year, int revision) {}
