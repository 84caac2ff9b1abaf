package no.planspor.plan.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.editing.ItemPlacing;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/**
 * Where items stand: the plan editor's tree of goals and measures ("Mål og tiltak") with a step up or
 * down for each, and the page that moves an item under another.
 */
@Controller
class ItemPlacePages {

	private final PlanReader plans;

	private final ItemPlacing placing;

	private final PlanEditor editor;

	ItemPlacePages(PlanReader plans, ItemPlacing placing, PlanEditor editor) {
		this.plans = plans;
		this.placing = placing;
		this.editor = editor;
	}

	@GetMapping("/plans/{plan}/edit/items")
	String structure(@PathVariable String plan, Model model) {
		editor.plan(plan);
		return structurePage(model, plans.tree(plan), null, null);
	}

	/**
	 * One step up or down among its siblings. With htmx the answer is the tree alone, with focus kept
	 * on the button that moved the item; without, the page again, scrolled to the item.
	 */
	@PostMapping("/plans/{plan}/items/{item}/reorder")
	String reorder(@PathVariable String plan, @PathVariable String item,
			@RequestParam(defaultValue = "down") String direction, @RequestParam(defaultValue = "-1") String version,
			FormPost post) {
		editor.plan(plan);
		boolean up = "up".equals(direction);
		return post.write(() -> placing.reorder(plan, item, up ? -1 : 1, FormValues.version(version)))
			.whenConflict(stale -> {
				post.model().addAttribute("stale", true);
				String view = structurePage(post.model(), plans.tree(plan), null, null);
				return post.isHtmx() ? view + " :: tree" : view;
			})
			.answer(moved -> {
				if (!post.isHtmx()) {
					return post.redirect(EditPaths.structure(plan, moved.id()));
				}
				PlanTree now = plans.tree(plan);
				List<PlanItem> siblings = moved.parentId() == null ? now.items()
						: now.itemsById().get(moved.parentId()).children();
				int place = siblings.stream().map(PlanItem::id).toList().indexOf(moved.id()) + 1;
				post.model().addAttribute("announcement", post.text(
						up ? "plan.structure.moved-up" : "plan.structure.moved-down", moved.code(), place, siblings.size()));
				return structurePage(post.model(), now, moved.id(), direction) + " :: tree";
			});
	}

	private String structurePage(Model model, PlanTree tree, Long movedId, String direction) {
		model.addAttribute("tree", tree);
		model.addAttribute("plan", tree.plan());
		model.addAttribute("tab", "items");
		model.addAttribute("movedId", movedId);
		model.addAttribute("movedDirection", direction);
		return "plan/edit-items";
	}

	@GetMapping("/plans/{plan}/items/{item}/move")
	String movePage(@PathVariable String plan, @PathVariable String item, Model model) {
		PlanTree tree = editor.tree(plan);
		PlanItem current = tree.requireItem(item);
		return movePage(model, tree, current, ItemFormView.parentCode(tree, current), "last",
				String.valueOf(current.version()), FormErrors.none());
	}

	@PostMapping("/plans/{plan}/items/{item}/move")
	String move(@PathVariable String plan, @PathVariable String item, @RequestParam(defaultValue = "") String parent,
			@RequestParam(defaultValue = "last") String place, @RequestParam(defaultValue = "-1") String version,
			FormPost post) {
		PlanTree tree = editor.tree(plan);
		PlanItem current = tree.requireItem(item);
		return post.write(() -> placing.move(plan, item, parent.isBlank() ? null : parent,
				"first".equals(place) ? 0 : null, FormValues.version(version)))
			.labels("plan.move.field.")
			.whenInvalid(errors -> movePage(post.model(), tree, current, parent, place, version, errors))
			.whenConflict(stale -> {
				PlanTree now = plans.tree(plan);
				PlanItem stored = now.itemsById().get(((PlanItem) stale.current()).id());
				post.model().addAttribute("staleNotice", true);
				return movePage(post.model(), now, stored, ItemFormView.parentCode(now, stored), place,
						String.valueOf(stored.version()), FormErrors.none());
			})
			.answer(moved -> post.redirect(EditPaths.structure(plan, moved.id()), "plan.item.moved", moved.code()));
	}

	private String movePage(Model model, PlanTree tree, PlanItem item, String parent, String place, String version,
			FormErrors errors) {
		List<PlanItem> below = item.flatten().toList();
		List<PlanItem> targets = tree.allItems()
			.filter(candidate -> candidate.kind().mayContain(item.kind()))
			.filter(candidate -> below.stream().noneMatch(b -> b.id() == candidate.id()))
			.toList();
		model.addAttribute("tree", tree);
		model.addAttribute("plan", tree.plan());
		model.addAttribute("item", item);
		model.addAttribute("currentParent", ItemFormView.parentCode(tree, item));
		model.addAttribute("targets", targets);
		model.addAttribute("mayBeRoot", item.kind().mayBeRoot());
		model.addAttribute("chosenParent", parent == null ? "" : parent);
		model.addAttribute("place", place);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		return "plan/item-move";
	}
}
