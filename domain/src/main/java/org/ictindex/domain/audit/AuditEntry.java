package org.ictindex.domain.audit;

/**
 * What a service tells the audit trail: who did what to which subject, with the old and new values
 * (as text) and the reason when one was given.
 */
public record AuditEntry(
    String actor,
    AuditAction action,
    Integer cycleYear,
    String subject,
    String oldValue,
    String newValue,
    String reason) {}
