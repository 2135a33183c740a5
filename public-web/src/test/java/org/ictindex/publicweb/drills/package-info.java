/**
 * Failure drills: the built system and its database run as separate processes that the tests kill
 * and restart, to check that the system recovers on its own and never keeps half a publication.
 */
package org.ictindex.publicweb.drills;
