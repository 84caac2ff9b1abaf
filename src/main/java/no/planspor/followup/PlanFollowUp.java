package no.planspor.followup;

import java.util.List;
import java.util.Map;

import no.planspor.plan.Party;

/**
 * Where a whole plan stands: every item's state, who answers for it, and every indicator's progress,
 * computed together so that pages showing a plan need one call (and a fixed number of SQL statements).
 *
 * @param answering by item id, the parties that answer for the item (the read model says which item's
 *     parties they are, the loaded tree says who those are); empty when nobody does
 */
public record PlanFollowUp(Map<Long, ItemFollowUp> items, Map<Long, IndicatorProgress> indicators,
		Map<Long, List<Party>> answering) {

	public ItemFollowUp item(long itemId) {
		return items.getOrDefault(itemId, ItemFollowUp.NONE);
	}

	public IndicatorProgress indicator(long indicatorId) {
		return indicators.getOrDefault(indicatorId, IndicatorProgress.noTarget(indicatorId));
	}

	/** The parties that answer for the item: its own, or those of the nearest item above it that names any. */
	public List<Party> answering(long itemId) {
		return answering.getOrDefault(itemId, List.of());
	}
}
