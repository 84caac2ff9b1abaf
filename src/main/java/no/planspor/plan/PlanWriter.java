package no.planspor.plan;

import java.util.Map;

/** Creates whole plans: the importer's and the seed loader's way in. */
public interface PlanWriter {

	/**
	 * Writes the plan and everything in it, or nothing. Returns the new plan's id and the ids of its
	 * items by code, for callers that attach more to them (the importer's status updates). The plan
	 * is taken as checked (the importer checks every member first); codes that name nothing are still
	 * refused, and nothing is written.
	 *
	 * @throws no.planspor.shared.Conflict when a plan with the code exists
	 */
	Created create(NewPlan plan);

	/**
	 * Records that plan {@code planId} was made from plan {@code originPlanId} ("Ny plan fra denne"),
	 * and each of its items from an item of that plan: {@code originItemIds} maps a new item's id to
	 * the id of the item it came from. In the caller's transaction, right after {@link #create}.
	 */
	void recordOrigins(long planId, long originPlanId, Map<Long, Long> originItemIds);

	/** The new plan's id, and its items' ids by code. */
	record Created(long planId, Map<String, Long> itemIds) {
	}
}
