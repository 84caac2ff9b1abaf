package no.planspor.followup;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of an item's status history.
 *
 * @param authorName who recorded it (kept as text, so the history reads the same if the user goes)
 * @param correctsId the update this one corrects, or null
 */
public record StatusUpdate(long id, long itemId, State state, Integer progress, String text, LocalDate asOf,
		Long authorId, String authorName, Instant recordedAt, Long correctsId) {

	public StatusReport report() {
		return new StatusReport(state, asOf, progress, text);
	}
}
