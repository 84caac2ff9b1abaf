package no.planspor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.planspor.plan.ItemRef;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanReader.LinkingItem;
import no.planspor.plan.PlanTree;

/**
 * One goal, sub-goal or measure with its place in the plan.
 *
 * @param path the goal down to the item, both included
 * @param referredFrom items of the same plan whose "se pkt" points here
 * @param linkingPlans for a strategy item: the plans whose items build on it, each with those items
 */
record ItemPage(PlanTree tree, PlanItem item, List<PlanItem> path, String anchor, Map<Long, String> anchors,
		List<PlanItem> referredFrom, List<LinkingPlan> linkingPlans) {

	/** The items of one plan that link up to a strategy item. */
	record LinkingPlan(String planCode, String planTitle, String unitName, List<ItemRef> items) {
	}

	static ItemPage of(PlanTree tree, PlanItem item, List<LinkingItem> linking) {
		Map<Long, String> anchors = Anchors.forPlan(tree);
		List<PlanItem> referredFrom = tree.allItems()
			.filter(other -> other.seeAlso().stream().anyMatch(ref -> ref.id() == item.id()))
			.toList();
		Map<String, LinkingPlan> byPlan = new LinkedHashMap<>();
		for (LinkingItem link : linking) {
			byPlan.computeIfAbsent(link.item().planCode(),
					code -> new LinkingPlan(code, link.planTitle(), link.unitName(), new ArrayList<>()))
				.items()
				.add(link.item());
		}
		return new ItemPage(tree, item, tree.pathTo(item), anchors.get(item.id()), anchors, referredFrom,
				List.copyOf(byPlan.values()));
	}

	public boolean isStrategy() {
		return tree.plan().kind() == PlanKind.STRATEGY;
	}

	/** The item's parent, or null for a goal. */
	public PlanItem parent() {
		return path.size() < 2 ? null : path.get(path.size() - 2);
	}

	/**
	 * The code as the plan prints it under its parent ("ii" for 1a.ii). Decimal numbering is printed
	 * whole: the strategy's 1.1 under goal 1 reads "1.1", never a bare "1".
	 */
	public String shortCode(PlanItem item) {
		PlanItem parent = item.parentId() == null ? null : tree.itemsById().get(item.parentId());
		String shortCode = item.shortCode(parent == null ? null : parent.code());
		return shortCode.chars().allMatch(Character::isDigit) ? item.code() : shortCode;
	}
}
