package no.planspor.workbook.internal;

import no.planspor.plan.ItemKind;

/**
 * What a column of the plan sheet holds. The three level columns hold an item's title or text in the
 * column of its kind (a goal's in Mål, a measure's in Tiltak); {@link #KEY} is hidden and keeps each row
 * matched to its item even if its code is edited.
 */
public enum Column {
	CODE, GOAL, SUBGOAL, MEASURE, INDICATORS, RESPONSIBLE, DEADLINE, COMMENT, SHORTLISTS, STATE, PROGRESS, AS_OF,
	NARRATIVE, KEY;

	/** The level column of an item kind. */
	public static Column of(ItemKind kind) {
		return switch (kind) {
			case GOAL -> GOAL;
			case SUBGOAL -> SUBGOAL;
			case MEASURE -> MEASURE;
		};
	}

	public ItemKind kind() {
		return switch (this) {
			case GOAL -> ItemKind.GOAL;
			case SUBGOAL -> ItemKind.SUBGOAL;
			case MEASURE -> ItemKind.MEASURE;
			default -> null;
		};
	}

	public boolean isStatus() {
		return this == STATE || this == PROGRESS || this == AS_OF || this == NARRATIVE;
	}
}
