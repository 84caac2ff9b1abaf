package no.planspor.plan.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.planspor.plan.Indicator;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.editing.IndicatorEditing;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;
import no.planspor.web.FormErrors;

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

	private final MessageSource messages;

	IndicatorPages(PlanReader plans, IndicatorEditing editing, PlanEditor editor, ItemFormView view,
			MessageSource messages) {
		this.plans = plans;
		this.editing = editing;
		this.editor = editor;
		this.view = view;
		this.messages = messages;
	}

	@PostMapping("/plans/{plan}/items/{item}/indicators")
	String addIndicator(@PathVariable String plan, @PathVariable String item,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "-1") String itemVersion,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		PlanTree tree = editor.tree(plan);
		PlanItem current = tree.requireItem(item);
		try {
			editing.addIndicator(plan, item, text, FormValues.version(itemVersion));
			redirect.addFlashAttribute("notice", editor.text(locale, "plan.indicator.added"));
			return "redirect:" + EditPaths.editItem(plan, item) + "#indicators";
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("newIndicator", text);
			model.addAttribute("newIndicatorErrors", FormErrors.of(prefixed(ex.problems(), "new-indicator"),
					messages, locale, null));
			return view.stored(model, tree, current);
		}
		catch (Conflict ex) {
			return staleIndicators(plan, item, model, response);
		}
	}

	@PostMapping("/plans/{plan}/items/{item}/indicators/{number}")
	String editIndicator(@PathVariable String plan, @PathVariable String item, @PathVariable int number,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "-1") String version,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		PlanTree tree = editor.tree(plan);
		PlanItem current = tree.requireItem(item);
		try {
			editing.editIndicator(plan, item, number, text, FormValues.version(version));
			redirect.addFlashAttribute("notice", editor.text(locale, "plan.indicator.saved", number));
			return "redirect:" + EditPaths.editItem(plan, item) + "#indicator-" + number;
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("indicatorErrors", Map.of(number,
					FormErrors.of(prefixed(ex.problems(), "indicator-" + number), messages, locale, null)));
			model.addAttribute("indicatorTyped", Map.of(number, text));
			return view.stored(model, tree, current);
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			PlanTree now = plans.tree(plan);
			Map<Integer, String> typed = new HashMap<>();
			typed.put(number, text);
			model.addAttribute("indicatorConflict", typed);
			return view.stored(model, now, now.requireItem(item));
		}
	}

	@PostMapping("/plans/{plan}/items/{item}/indicators/{number}/reorder")
	String reorderIndicator(@PathVariable String plan, @PathVariable String item, @PathVariable int number,
			@RequestParam(defaultValue = "down") String direction,
			@RequestParam(defaultValue = "-1") String itemVersion, Model model, HttpServletResponse response) {
		editor.tree(plan);
		try {
			int offset = "up".equals(direction) ? -1 : 1;
			editing.reorderIndicator(plan, item, number, offset, FormValues.version(itemVersion));
			return "redirect:" + EditPaths.editItem(plan, item) + "#indicator-" + Math.max(1, number + offset);
		}
		catch (Conflict ex) {
			return staleIndicators(plan, item, model, response);
		}
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
			@RequestParam(defaultValue = "-1") String itemVersion, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		editor.tree(plan);
		try {
			Indicator gone = editing.archiveIndicator(plan, item, number, FormValues.version(itemVersion));
			redirect.addFlashAttribute("notice", editor.text(locale, "plan.indicator.deleted", gone.text()));
			return "redirect:" + EditPaths.editItem(plan, item) + "#indicators";
		}
		catch (Conflict ex) {
			return staleIndicators(plan, item, model, response);
		}
	}

	/** An indicator list changed under the person's feet: show it as it is now, saying so. */
	private String staleIndicators(String plan, String item, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("staleIndicators", true);
		PlanTree now = plans.tree(plan);
		return view.stored(model, now, now.requireItem(item));
	}

	private static List<Problem> prefixed(List<Problem> problems, String field) {
		return problems.stream().map(p -> Problem.of(field, p.code(), p.args().toArray())).toList();
	}
}
