package no.planspor.report.committee;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a committee report tells: a plan as it stood on {@code asOf}, compared with {@code since}.
 * For a plan at a date nothing more; for a reporting round, its title and which items were answered
 * while it was open, which is what "no answer" means there (instead of "no update since").
 *
 * @param roundTitle the round's title for the running header, or null
 * @param asked the ids of the items the round asked about (the report shows only these), or null
 *     outside a round
 * @param answered the ids of the items answered in the round, or null outside a round
 */
record ReportScope(LocalDate asOf, LocalDate since, String roundTitle, Set<Long> asked, Set<Long> answered) {

	static ReportScope atDate(LocalDate asOf, LocalDate since) {
		return new ReportScope(asOf, since, null, null, null);
	}

	/** Whether the report shows the item: every measure, or in a round those it asked about. */
	boolean shows(long itemId) {
		return asked == null || asked.contains(itemId);
	}

	public boolean isRound() {
		return answered != null;
	}
}
