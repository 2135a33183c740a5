/** The open-data API under /api/v1: published years as JSON and CSV, cacheable per revision. */
package org.ictindex.publicweb.api;
