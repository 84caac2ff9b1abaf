package no.planspor.plan.editing;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import no.planspor.plan.ItemFields;
import no.planspor.plan.ItemKind;
import no.planspor.plan.ItemRules;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;
import no.planspor.shared.Problem;

/**
 * An item's fields checked against {@link ItemRules} and the plan as it stands now, and their codes
 * turned into the ids they name. What the rules cannot say without the tree is said here: whether the
 * parent code names an item of the plan, and whether that is the item itself or below it.
 */
@Component
class ItemChecks {

	private final ItemStore store;

	ItemChecks(ItemStore store) {
		this.store = store;
	}

	/**
	 * Adds every problem with the fields to {@code problems}. The answer is only to be written when
	 * none was found.
	 *
	 * @param current the item as stored, or null for a new item
	 */
	ResolvedItem check(PlanTree tree, PlanItem current, ItemFields given, List<Problem> problems) {
		ItemFields fields = given.cleaned();
		PlanItem parent = null;
		ItemRules.Place place = ItemRules.Place.TOP;
		if (fields.parent() != null) {
			parent = tree.item(fields.parent()).orElse(null);
			if (parent == null) {
				problems.add(Problem.of("parent", "plan.edit.parent.unknown", fields.parent()));
				place = null;
			}
			else if (current != null && within(tree, parent, current)) {
				problems.add(Problem.of("parent", "plan.edit.parent.self"));
				place = null;
			}
			else {
				place = new ItemRules.Place(parent.kind(), tree.pathTo(parent).size());
			}
		}
		Map<String, Long> items = tree.allItems().collect(Collectors.toMap(PlanItem::code, PlanItem::id));
		Map<String, Party> parties = tree.parties()
			.stream()
			.collect(Collectors.toMap(Party::code, Function.identity(), (a, b) -> a));
		String strategy = tree.plan().parentCode();
		Map<String, Long> strategyItems = strategy == null || fields.strategyRefs().isEmpty() ? Map.of()
				: store.liveItemIds(strategy);
		Map<String, Long> taken = new HashMap<>(items);
		if (current != null) {
			taken.remove(current.code());
		}
		ItemRules.Known known = new ItemRules.Known(parties.keySet(), taken.keySet(), items.keySet(),
				strategy == null ? null : tree.plan().parentTitle(), strategyItems.keySet());
		problems.addAll(ItemRules.check(fields, place, current == null ? null : stored(current), known));
		return new ResolvedItem(fields, parent == null ? null : parent.id(),
				ids(fields.responsible(), code -> parties.containsKey(code) ? parties.get(code).id() : null),
				ids(fields.strategyRefs(), strategyItems::get), ids(fields.seeAlso(), items::get));
	}

	/** The item as the rules need to know it. */
	static ItemRules.Stored stored(PlanItem item) {
		Map<String, ItemKind> children = new LinkedHashMap<>();
		item.children().forEach(child -> children.put(child.code(), child.kind()));
		return new ItemRules.Stored(item.kind(), item.code(), levels(item), children);
	}

	/** Levels from the item down to its deepest descendant, the item included. */
	private static int levels(PlanItem item) {
		return 1 + item.children().stream().mapToInt(ItemChecks::levels).max().orElse(0);
	}

	/** Whether {@code candidate} is {@code item} or lies below it. */
	private static boolean within(PlanTree tree, PlanItem candidate, PlanItem item) {
		return tree.pathTo(candidate).stream().anyMatch(step -> step.id() == item.id());
	}

	private static List<Long> ids(List<String> codes, Function<String, Long> id) {
		return codes.stream().filter(Objects::nonNull).map(id).filter(Objects::nonNull).toList();
	}
}
