/**
 * Results as files: the canonical results JSON that a publication freezes and hashes, reading it
 * back, comparing two results figure by figure, and the spreadsheet (CSV) form.
 */
package org.ictindex.scoring.results;
