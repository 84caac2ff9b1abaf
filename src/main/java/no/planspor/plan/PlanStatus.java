package no.planspor.plan;

/**
 * Where a plan is in its life: being written, submitted for consideration (til behandling), in force,
 * or of historical interest only. A submitted plan is adopted or sent back to be a draft again.
 */
public enum PlanStatus {
	DRAFT, SUBMITTED, ADOPTED, ARCHIVED;

	/** Not (yet) in force: readers see such a plan marked as a revision in progress. */
	public boolean inProgress() {
		return this == DRAFT || this == SUBMITTED;
	}
}
