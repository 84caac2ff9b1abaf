package no.planspor.plan.editing;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import no.planspor.plan.ItemKind;

/**
 * An item that was deleted (archived) with everything below it at the same moment, and may be restored.
 *
 * @param parentCode the code of the live item it lay under, or null when it stood at the top or its parent is gone too
 * @param below how many items were archived with it
 */
public record ArchivedItem(long id, ItemKind kind, String code, String label, Instant archivedAt, String parentCode,
		boolean parentArchived, int below) {

	/** When it was deleted, in Norwegian time (Planspor's time everywhere). */
	public LocalDateTime archivedAtLocal() {
		return LocalDateTime.ofInstant(archivedAt, ZoneId.of("Europe/Oslo"));
	}
}
