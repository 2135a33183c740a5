package org.ictindex.publicweb.view;

import org.ictindex.domain.publication.CurrentRevisions;

/**
 * How long the public answers may be kept. A revision never changes, but which revision is current
 * can: browsers check back each minute, and a shared cache (the nginx of docs/DEPLOYMENT.md) no
 * later than an instance would notice a new revision itself, so a cache never serves a superseded
 * or withdrawn year for longer than the revision recheck interval.
 */
public final class PublicCaching {

  /** The Cache-Control header of every cacheable public page and open-data answer. */
  public static final String CACHE_CONTROL =
      "public, max-age=60, s-maxage=" + CurrentRevisions.recheckInterval().toSeconds();

  private PublicCaching() {}
}
