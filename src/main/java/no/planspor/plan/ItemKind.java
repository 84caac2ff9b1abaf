package no.planspor.plan;

/** The levels of a plan: Mål, Delmål (or a strategy item such as 1.1), Tiltak. */
public enum ItemKind {
	GOAL, SUBGOAL, MEASURE;

	/** A goal holds sub-goals and measures, a sub-goal holds measures, a measure holds nothing. */
	public boolean mayContain(ItemKind child) {
		return switch (this) {
			case GOAL -> child != GOAL;
			case SUBGOAL -> child == MEASURE;
			case MEASURE -> false;
		};
	}

	/** Goals stand at the top of a plan; nothing else does. */
	public boolean mayBeRoot() {
		return this == GOAL;
	}
}
