package org.ictindex.domain.account;

import java.io.Serializable;
import java.time.Instant;

/**
 * An account as the administrators' list shows it; the last change is the newest audit record about
 * the account (its creation when nothing changed since).
 */
public record AccountSummary(
    String username, Role role, boolean enabled, Instant createdAt, Instant lastChangedAt)
    implements Serializable {}
