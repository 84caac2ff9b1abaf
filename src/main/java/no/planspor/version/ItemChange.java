package no.planspor.version;

import tools.jackson.databind.JsonNode;

/**
 * One difference between two versions of a plan.
 *
 * @param item the item's code (its newer one); null for a change to the plan itself
 * @param change ADDED, REMOVED, MOVED or CHANGED
 * @param field the member that changed, named as in the item API ({@code text}, {@code responsible},
 *     {@code indicators}, … and {@code status} for the latest state, {@code parent} for a move); null
 *     for an item added or removed
 * @param before the value before (for REMOVED: the item), null if none
 * @param after the value after (for ADDED: the item), null if none
 * @param goal the code of the goal the item stands under (itself for a goal), to group by; null for the plan
 * @param kind the item's kind (GOAL, SUBGOAL, MEASURE), null for the plan
 * @param label the item's title, else its text, to name it by
 */
public record ItemChange(String item, String change, String field, JsonNode before, JsonNode after, String goal,
		String kind, String label) {

	public static final String ADDED = "ADDED";

	public static final String REMOVED = "REMOVED";

	public static final String MOVED = "MOVED";

	public static final String CHANGED = "CHANGED";
}
