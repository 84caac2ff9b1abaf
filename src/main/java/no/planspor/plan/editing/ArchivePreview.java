package no.planspor.plan.editing;

import java.util.List;

import no.planspor.plan.PlanItem;

/**
 * What archiving an item takes with it, for the person to confirm first.
 *
 * @param items the item and everything below it, in plan order
 * @param indicators how many indicators those items have
 * @param referredFrom items elsewhere in the plan whose "se også" points into what goes
 * @param linkingItems how many items of other plans build on it (a strategy item); their links stop showing
 */
public record ArchivePreview(PlanItem item, List<PlanItem> items, int indicators, List<PlanItem> referredFrom,
		int linkingItems) {

	/** Items below the item itself. */
	public int descendants() {
		return items.size() - 1;
	}
}
