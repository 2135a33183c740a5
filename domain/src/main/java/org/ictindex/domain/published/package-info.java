/**
 * A published revision as the public reads it: one compact model per revision, built once while
 * streaming its stored results, shared by every public page, the open-data API and the downloads.
 */
package org.ictindex.domain.published;
