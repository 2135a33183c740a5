/** Assessment cycles (one a year) and their life from draft to published revisions. */
package org.ictindex.domain.cycle;
