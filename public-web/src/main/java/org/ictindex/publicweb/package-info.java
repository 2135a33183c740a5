/** The public application: rankings, unit pages, statistics and the open-data API. */
package org.ictindex.publicweb;
