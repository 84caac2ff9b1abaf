package no.planspor.report.committee;

/**
 * What happened to a measure between the earlier date (or round) and the report's date, as the
 * committee asks it: the first that applies, in this order.
 */
enum Change {
	/** Done now, not before. */
	FINISHED,
	/** At risk now, not before. */
	NEWLY_AT_RISK,
	/** Delayed now, not before. */
	NEWLY_DELAYED,
	/** Another state than before (or a first one). */
	STATE_CHANGED,
	/** Nobody answered: no update since the earlier date (in a round: none while it was open). */
	NO_ANSWER,
	/** Answered, in the same state as before. */
	UNCHANGED;

	/** Changes the committee should see first. */
	public boolean isNews() {
		return this != UNCHANGED;
	}
}
