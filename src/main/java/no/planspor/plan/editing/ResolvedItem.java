package no.planspor.plan.editing;

import java.util.List;

import no.planspor.plan.ItemFields;

/**
 * An item's fields as they will be written (cleaned, checked), with the ids that its codes name: links
 * are stored by id, so that a later change of a code keeps them. A shape of its own only for those ids;
 * the fields themselves are the {@link ItemFields} it holds.
 *
 * @param parentId null at the top of the plan
 */
record ResolvedItem(ItemFields fields, Long parentId, List<Long> parties, List<Long> strategyRefs,
		List<Long> seeAlso) {
}
