/** Frozen revisions of published years: the exact package, the results and their hashes. */
package org.ictindex.domain.publication;
