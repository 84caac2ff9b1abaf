package no.planspor.plan;

import java.util.List;

import no.planspor.shared.Problem;

/**
 * The item writes another module may make, through the same rules, versions and audit as the editor's
 * own pages: the review carries out its decisions with these. Each joins the caller's transaction, so
 * that several writes stand or fall together.
 */
public interface ItemEditor {

	/** Adds an item (a new measure) with these indicators, last among its new siblings. */
	PlanItem add(String planCode, ItemFields fields, List<String> indicatorTexts);

	/**
	 * Changes an item's fields and makes its indicators these texts in order: the first ones keep the
	 * item's existing indicators (and their targets) in those places, more are added, fewer archive the
	 * rest. {@code indicatorTexts} null leaves the indicators as they are.
	 *
	 * @throws no.planspor.shared.Conflict when the item was saved since {@code expectedVersion}
	 */
	PlanItem rewrite(String planCode, String itemCode, ItemFields fields, List<String> indicatorTexts,
			int expectedVersion);

	/**
	 * Archives the item with everything below it.
	 *
	 * @throws no.planspor.shared.Conflict when the item was saved since {@code expectedVersion}
	 */
	void archive(String planCode, String itemCode, int expectedVersion);

	/** What adding ({@code itemCode} null) or changing an item with these fields would find wrong; writes nothing. */
	List<Problem> problems(String planCode, String itemCode, ItemFields fields);
}
