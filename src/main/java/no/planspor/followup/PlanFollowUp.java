package no.planspor.followup;

import java.util.Map;

/**
 * Where a whole plan stands: every item's state and every indicator's progress, computed together
 * so that pages showing a plan need one call (and a fixed number of SQL statements).
 */
public record PlanFollowUp(Map<Long, ItemFollowUp> items, Map<Long, IndicatorProgress> indicators) {

	public ItemFollowUp item(long itemId) {
		return items.getOrDefault(itemId, ItemFollowUp.NONE);
	}

	public IndicatorProgress indicator(long indicatorId) {
		return indicators.getOrDefault(indicatorId, IndicatorProgress.noTarget(indicatorId));
	}
}
