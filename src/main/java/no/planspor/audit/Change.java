package no.planspor.audit;

/**
 * One recorded change. {@code field} with {@code oldValue → newValue} for an edit; for a creation or
 * deletion field may be null and the values summarise the thing. A value a person reads in their
 * own language (a state, a role, a count) is written as an {@link AuditValue}, never as words.
 *
 * @param action CREATED, UPDATED, DELETED, MOVED, RECORDED (a status or measurement), IMPORTED
 * @param entityType PLAN, ITEM, INDICATOR, PARTY, SHORTLIST, SECTION, STATUS, MEASUREMENT, USER, …
 */
public record Change(String action, String entityType, Long entityId, Long planId, Long itemId, String label,
		String field, String oldValue, String newValue) {

	public static Change created(String entityType, Long entityId, Long planId, Long itemId, String label) {
		return new Change("CREATED", entityType, entityId, planId, itemId, label, null, null, null);
	}

	public static Change updated(String entityType, Long entityId, Long planId, Long itemId, String label,
			String field, Object oldValue, Object newValue) {
		return new Change("UPDATED", entityType, entityId, planId, itemId, label, field, text(oldValue),
				text(newValue));
	}

	public static Change deleted(String entityType, Long entityId, Long planId, Long itemId, String label) {
		return new Change("DELETED", entityType, entityId, planId, itemId, label, null, null, null);
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}
}
