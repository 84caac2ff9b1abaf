package no.planspor.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import no.planspor.plan.ItemKind;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.web.FormErrors;

/**
 * The item form page (plan/item-form) as its pages fill it: a new item, or an item to edit with its
 * indicators. Adding and editing items, and editing its indicators, all answer with it.
 */
@Component
class ItemFormView {

	/** A goal of the parent strategy and the items under it, for choosing strategy references. */
	record StrategyGroup(PlanItem goal, List<PlanItem> items) {

		/** The goal itself and everything under it, each one a choice. */
		public List<PlanItem> choices() {
			List<PlanItem> all = new ArrayList<>();
			all.add(goal);
			all.addAll(items);
			return all;
		}

		public boolean anyChosen(List<String> chosen) {
			return choices().stream().anyMatch(item -> chosen.contains(item.code()));
		}
	}

	/** A place among the new siblings: its index and the code of the item it goes after (null: first). */
	record Place(int index, String after) {
	}

	private final PlanReader plans;

	ItemFormView(PlanReader plans) {
		this.plans = plans;
	}

	String newItem(Model model, PlanTree tree, PlanItem parent, ItemForm form, FormErrors errors) {
		model.addAttribute("mode", "new");
		model.addAttribute("parentItem", parent);
		List<PlanItem> siblings = parent == null ? tree.items() : parent.children();
		List<Place> places = new ArrayList<>();
		places.add(new Place(0, null));
		for (int i = 0; i < siblings.size(); i++) {
			places.add(new Place(i + 1, siblings.get(i).code()));
		}
		model.addAttribute("places", places);
		model.addAttribute("kinds", kindsUnder(parent, List.of()));
		return page(model, tree, null, form, errors);
	}

	String edit(Model model, PlanTree tree, PlanItem item, ItemForm form, FormErrors errors) {
		model.addAttribute("mode", "edit");
		model.addAttribute("item", item);
		model.addAttribute("parentItem", item.parentId() == null ? null : tree.itemsById().get(item.parentId()));
		model.addAttribute("kinds", kindsUnder(item.parentId() == null ? null : tree.itemsById().get(item.parentId()),
				item.children()));
		for (String attribute : List.of("indicatorErrors", "indicatorTyped", "indicatorConflict")) {
			if (!model.containsAttribute(attribute)) {
				model.addAttribute(attribute, Map.of());
			}
		}
		if (!model.containsAttribute("base")) {
			// The values this form starts from, for joining a stale save with what is stored (ItemFormPages.save).
			model.addAttribute("base", form.values());
		}
		if (!model.containsAttribute("newIndicatorErrors")) {
			model.addAttribute("newIndicatorErrors", FormErrors.none());
		}
		return page(model, tree, item, form, errors);
	}

	/** The item as stored now, in a form of its own; for answers about its indicators. */
	String stored(Model model, PlanTree tree, PlanItem item) {
		return edit(model, tree, item, ItemForm.of(item, parentCode(tree, item), null), FormErrors.none());
	}

	private String page(Model model, PlanTree tree, PlanItem item, ItemForm form, FormErrors errors) {
		model.addAttribute("tree", tree);
		model.addAttribute("plan", tree.plan());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("parties", tree.parties());
		model.addAttribute("strategy", strategyGroups(tree));
		model.addAttribute("liveCodes", tree.allItems().filter(i -> item == null || i.id() != item.id())
			.map(PlanItem::code)
			.toList());
		return "plan/item-form";
	}

	private List<StrategyGroup> strategyGroups(PlanTree tree) {
		if (tree.plan().parentCode() == null) {
			return List.of();
		}
		PlanTree strategy = plans.tree(tree.plan().parentCode());
		return strategy.items()
			.stream()
			.map(goal -> new StrategyGroup(goal, goal.flatten().skip(1).toList()))
			.toList();
	}

	/** The kinds that fit under {@code parent} and can hold {@code children}. */
	private static List<ItemKind> kindsUnder(PlanItem parent, List<PlanItem> children) {
		List<ItemKind> kinds = new ArrayList<>();
		for (ItemKind kind : ItemKind.values()) {
			boolean fits = parent == null ? kind.mayBeRoot() : parent.kind().mayContain(kind);
			if (fits && children.stream().allMatch(child -> kind.mayContain(child.kind()))) {
				kinds.add(kind);
			}
		}
		return kinds;
	}

	/** A goal gets what its plan usually puts under goals: sub-goals (TIK) or measures straight away (KRN). */
	static ItemKind defaultKind(PlanTree tree, PlanItem parent) {
		if (parent == null) {
			return ItemKind.GOAL;
		}
		if (!parent.children().isEmpty()) {
			return parent.children().get(parent.children().size() - 1).kind();
		}
		if (parent.kind() == ItemKind.GOAL) {
			boolean subgoals = tree.items().stream().flatMap(goal -> goal.children().stream())
				.anyMatch(child -> child.kind() == ItemKind.SUBGOAL);
			return subgoals ? ItemKind.SUBGOAL : ItemKind.MEASURE;
		}
		return ItemKind.MEASURE;
	}

	static String parentCode(PlanTree tree, PlanItem item) {
		return item.parentId() == null ? null : tree.itemsById().get(item.parentId()).code();
	}
}
