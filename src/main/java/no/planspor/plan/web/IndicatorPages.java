package no.planspor.plan.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.editing.IndicatorEditing;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;
import no.planspor.web.FormPost;

/**
 * An item's indicators on its edit page: add one, change its text, move it, delete it. Each has a form
 * of its own; a refusal answers with the item's edit page, the problem beside that indicator.
 */
@Controller
class IndicatorPages {

	private final PlanReader plans;

	private final IndicatorEditing editing;

	private final PlanEditor editor;

	private final ItemFormView view;

	IndicatorPages(PlanReader plans, IndicatorEditing editing, PlanEditor editor, ItemFormView view) {
		this.plans = plans;
		this.editing = editing;
		this.editor = editor;
		this.view = view;
	}

	@PostMapping("/plans/{plan}/items/{item}/indicators")
	String addIndicator(@PathVariable String plan, @PathVariable String item,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "-1") String itemVersion,
			FormPost post) {
		PlanTree tree = editor.tree(plan);
		PlanItem current = tree.requireItem(item);
		return post.write(() -> editing.addIndicator(plan, item, text, FormValues.version(itemVersion)))
			.problems(on("new-indicator"))
			.whenInvalid("newIndicatorErrors", () -> {
				post.model().addAttribute("newIndicator", text);
				return view.stored(post.model(), tree, current);
			})
			.whenConflict(stale -> staleIndicators(plan, item, post))
			.answer(() -> post.redirect(EditPaths.editItem(plan, item) + "#indicators", "plan.indicator.added"));
	}

	@PostMapping("/plans/{plan}/items/{item}/indicators/{number}")
	String editIndicator(@PathVariable String plan, @PathVariable String item, @PathVariable int number,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "-1") String version,
			FormPost post) {
		PlanTree tree = editor.tree(plan);
		PlanItem current = tree.requireItem(item);
		return post.write(() -> editing.editIndicator(plan, item, number, text, FormValues.version(version)))
			.problems(on("indicator-" + number))
			.whenInvalid(errors -> {
				post.model().addAttribute("indicatorErrors", Map.of(number, errors));
				post.model().addAttribute("indicatorTyped", Map.of(number, text));
				return view.stored(post.model(), tree, current);
			})
			.whenConflict(stale -> {
				PlanTree now = plans.tree(plan);
				Map<Integer, String> typed = new HashMap<>();
				typed.put(number, text);
				post.model().addAttribute("indicatorConflict", typed);
				return view.stored(post.model(), now, now.requireItem(item));
			})
			.answer(() -> post.redirect(EditPaths.editItem(plan, item) + "#indicator-" + number, "plan.indicator.saved",
					number));
	}

	@PostMapping("/plans/{plan}/items/{item}/indicators/{number}/reorder")
	String reorderIndicator(@PathVariable String plan, @PathVariable String item, @PathVariable int number,
			@RequestParam(defaultValue = "down") String direction,
			@RequestParam(defaultValue = "-1") String itemVersion, FormPost post) {
		editor.tree(plan);
		int offset = "up".equals(direction) ? -1 : 1;
		return post.write(() -> editing.reorderIndicator(plan, item, number, offset, FormValues.version(itemVersion)))
			.whenConflict(stale -> staleIndicators(plan, item, post))
			.answer(() -> post.redirect(EditPaths.editItem(plan, item) + "#indicator-" + Math.max(1, number + offset)));
	}

	@GetMapping("/plans/{plan}/items/{item}/indicators/{number}/delete")
	String confirmIndicatorDelete(@PathVariable String plan, @PathVariable String item, @PathVariable int number,
			Model model) {
		PlanTree tree = editor.tree(plan);
		PlanItem current = tree.requireItem(item);
		if (number < 1 || number > current.indicators().size()) {
			throw new NotFound("plan.indicator.not-found", plan, item, number);
		}
		model.addAttribute("plan", tree.plan());
		model.addAttribute("item", current);
		model.addAttribute("indicator", current.indicators().get(number - 1));
		return "plan/indicator-delete";
	}

	@PostMapping("/plans/{plan}/items/{item}/indicators/{number}/delete")
	String deleteIndicator(@PathVariable String plan, @PathVariable String item, @PathVariable int number,
			@RequestParam(defaultValue = "-1") String itemVersion, FormPost post) {
		editor.tree(plan);
		return post.write(() -> editing.archiveIndicator(plan, item, number, FormValues.version(itemVersion)))
			.whenConflict(stale -> staleIndicators(plan, item, post))
			.answer(gone -> post.redirect(EditPaths.editItem(plan, item) + "#indicators", "plan.indicator.deleted",
					gone.text()));
	}

	/** An indicator list changed under the person's feet: show it as it is now, saying so. */
	private String staleIndicators(String plan, String item, FormPost post) {
		post.model().addAttribute("staleIndicators", true);
		PlanTree now = plans.tree(plan);
		return view.stored(post.model(), now, now.requireItem(item));
	}

	/** Each indicator has a form of its own: its problems go to that form's one field. */
	private static UnaryOperator<Problem> on(String field) {
		return problem -> Problem.of(field, problem.code(), problem.args().toArray());
	}
}
