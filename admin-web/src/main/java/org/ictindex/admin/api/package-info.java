/** The admin HTTP API for automation: packages, previews, publications, revisions, accounts. */
package org.ictindex.admin.api;
