package no.planspor.review;

/** What a review decides about a measure, or NEW for a measure it adds. */
public enum DecisionKind {
	CONTINUE, ADJUST, STOP, NEW;

	/** The kinds that decide on a measure the plan has (all but NEW). */
	public boolean onMeasure() {
		return this != NEW;
	}
}
