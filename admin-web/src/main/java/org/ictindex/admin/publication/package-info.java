/**
 * Screens that look at a year's results and freeze them: preview with what-if weights, publishing,
 * corrections, revisions with their verification, and the comparison of two revisions.
 */
package org.ictindex.admin.publication;
