package no.planspor.workbook.internal;

import java.util.List;

import no.planspor.plan.ItemKind;
import no.planspor.plan.PlanTree;

/**
 * The two shapes of plans, each with the columns its people know: goal → measure plans like KRN's
 * (Mål, Tiltak as the code, Hovedtiltak, Resultatindikator, Hovedansvar …) and goal → sub-goal → measure
 * plans like TIK's (Nr., Mål, Delmål, Tiltak, Indikator, Ansvar …); the follow-up columns and the hidden
 * key come last in both. Column names are in the bundles, by layout where they differ.
 */
public enum Layout {
	GOAL_MEASURE(List.of(Column.GOAL, Column.CODE, Column.MEASURE)),
	GOAL_SUBGOAL_MEASURE(List.of(Column.CODE, Column.GOAL, Column.SUBGOAL, Column.MEASURE));

	private final List<Column> columns;

	Layout(List<Column> first) {
		this.columns = java.util.stream.Stream.concat(first.stream(), Rest.COLUMNS.stream()).toList();
	}

	/** The columns after the levels, the same in both layouts (a holder: an enum's constructor sees no static field of its own). */
	private static final class Rest {

		static final List<Column> COLUMNS = List.of(Column.INDICATORS, Column.RESPONSIBLE, Column.DEADLINE,
				Column.COMMENT, Column.SHORTLISTS, Column.STATE, Column.PROGRESS, Column.AS_OF, Column.NARRATIVE,
				Column.KEY);
	}

	public List<Column> columns() {
		return columns;
	}

	/** The layout of a plan: with sub-goals (a strategy's items, TIK's 1a, 1b …) or without. */
	public static Layout of(PlanTree tree) {
		return tree.allItems().anyMatch(item -> item.kind() == ItemKind.SUBGOAL) ? GOAL_SUBGOAL_MEASURE
				: GOAL_MEASURE;
	}

	/** The bundle key of a column's name: layouts name some columns differently. */
	public String headerKey(Column column) {
		return switch (column) {
			case CODE, MEASURE, INDICATORS, RESPONSIBLE -> "workbook.column." + column + "." + name();
			default -> "workbook.column." + column;
		};
	}
}
