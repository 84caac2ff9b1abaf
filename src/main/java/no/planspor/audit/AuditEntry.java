package no.planspor.audit;

import java.time.Instant;

/** One recorded change, as read back: who ({@code actor}, a username or "system"), when, and what. */
public record AuditEntry(long id, Instant at, String actor, String action, String entityType, Long entityId,
		Long planId, Long itemId, String label, String field, String oldValue, String newValue) {
}
