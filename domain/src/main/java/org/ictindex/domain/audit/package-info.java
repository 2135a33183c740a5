/** The audit trail: who changed what, when and why, append-only and hash-chained. */
package org.ictindex.domain.audit;
