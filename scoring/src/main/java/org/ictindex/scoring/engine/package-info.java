/** The methodology as code: scores, ranks, classes, changes, statistics and rank uncertainty. */
package org.ictindex.scoring.engine;
