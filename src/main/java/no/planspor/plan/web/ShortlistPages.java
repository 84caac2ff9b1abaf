package no.planspor.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.springframework.web.util.UriComponentsBuilder;

import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Shortlists;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Plan;
import no.planspor.account.Permissions;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;
import no.planspor.web.FormErrors;

/**
 * The shortlist pages: a plan's shortlists (and a new one), one shortlist with its items as checkboxes,
 * rename and delete; and putting one item on or off a list from the item page or the plan table.
 * Everyone signed in reads them; changes go through {@link Shortlists}, which checks who may.
 */
@Controller
class ShortlistPages {

	/** The items a shortlist page offers, grouped under their goal. */
	record Group(PlanItem goal, List<Choice> choices) {
	}

	/** One checkbox: the item, the sub-goal it sits under (or null), and whether it is on the list. */
	record Choice(PlanItem item, PlanItem subgoal, boolean on) {
	}

	private final Shortlists shortlists;

	private final PlanReader plans;

	private final Permissions permissions;

	private final MessageSource messages;

	ShortlistPages(Shortlists shortlists, PlanReader plans, Permissions permissions, MessageSource messages) {
		this.shortlists = shortlists;
		this.plans = plans;
		this.permissions = permissions;
		this.messages = messages;
	}

	@GetMapping("/plans/{code}/shortlists")
	String list(@PathVariable String code, Model model) {
		return listPage(model, code, new NewForm("", ""), FormErrors.none());
	}

	@PostMapping("/plans/{code}/shortlists")
	String create(@PathVariable String code, @RequestParam(defaultValue = "") String shortlistCode,
			@RequestParam(defaultValue = "") String title, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			Shortlists.Summary created = shortlists.create(code, shortlistCode, title);
			redirect.addFlashAttribute("notice", text("shortlist.created", locale, created.title()));
			return "redirect:" + pageOf(code, created.code());
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return listPage(model, code, new NewForm(shortlistCode, title), errors(ex, locale, ""));
		}
	}

	@GetMapping("/plans/{code}/shortlists/{list}")
	String shortlist(@PathVariable String code, @PathVariable String list, Model model) {
		PlanTree tree = plans.tree(code);
		Shortlists.Summary summary = summary(tree, list);
		Set<String> on = onList(tree, summary);
		return shortlistPage(model, tree, summary, on, new RenameForm(summary.code(), summary.title(), summary.version()));
	}

	@PostMapping("/plans/{code}/shortlists/{list}/items")
	String saveItems(@PathVariable String code, @PathVariable String list,
			@RequestParam(name = "item", required = false) List<String> items,
			@RequestParam(defaultValue = "-1") int version, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		List<String> chosen = items == null ? List.of() : items;
		try {
			Shortlists.Summary saved = shortlists.setItems(code, list, chosen, version);
			redirect.addFlashAttribute("notice", text("shortlist.items.saved", locale, saved.title(), saved.items()));
			return "redirect:" + pageOf(code, list);
		}
		catch (Conflict ex) {
			// The boxes now show what is stored; what this person chose is listed beside it, to redo if still wanted.
			response.setStatus(HttpStatus.CONFLICT.value());
			PlanTree tree = plans.tree(code);
			Shortlists.Summary stored = summary(tree, list);
			Set<String> on = onList(tree, stored);
			model.addAttribute("itemsConflict", true);
			model.addAttribute("wouldAdd", chosen.stream().filter(c -> !on.contains(c)).distinct().toList());
			model.addAttribute("wouldRemove", on.stream().filter(c -> !chosen.contains(c)).toList());
			return shortlistPage(model, tree, stored, on,
					new RenameForm(stored.code(), stored.title(), stored.version()));
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			PlanTree tree = plans.tree(code);
			Shortlists.Summary stored = summary(tree, list);
			model.addAttribute("itemErrors", errors(ex, locale, "items-"));
			return shortlistPage(model, tree, stored, Set.copyOf(chosen),
					new RenameForm(stored.code(), stored.title(), stored.version()));
		}
	}

	@PostMapping("/plans/{code}/shortlists/{list}")
	String rename(@PathVariable String code, @PathVariable String list,
			@RequestParam(defaultValue = "") String shortlistCode, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "-1") int version, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			Shortlists.Summary saved = shortlists.rename(code, list, shortlistCode, title, version);
			redirect.addFlashAttribute("notice", text("shortlist.renamed", locale, saved.title()));
			return "redirect:" + pageOf(code, saved.code());
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			PlanTree tree = plans.tree(code);
			Shortlists.Summary stored = summary(tree, list);
			model.addAttribute("renameConflict", stored);
			model.addAttribute("attempted", new RenameForm(shortlistCode, title, version));
			return shortlistPage(model, tree, stored, onList(tree, stored),
					new RenameForm(stored.code(), stored.title(), stored.version()));
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			PlanTree tree = plans.tree(code);
			Shortlists.Summary stored = summary(tree, list);
			model.addAttribute("renameErrors", errors(ex, locale, "rename-"));
			return shortlistPage(model, tree, stored, onList(tree, stored), new RenameForm(shortlistCode, title, version));
		}
	}

	@PostMapping("/plans/{code}/shortlists/{list}/delete")
	String delete(@PathVariable String code, @PathVariable String list, @RequestParam(defaultValue = "-1") int version,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Shortlists.Summary before = shortlists.get(code, list);
		try {
			shortlists.delete(code, list, version);
			redirect.addFlashAttribute("notice", text("shortlist.deleted", locale, before.title()));
			return "redirect:" + UriComponentsBuilder.fromPath("/plans/{code}/shortlists").buildAndExpand(code).encode().toUriString();
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			PlanTree tree = plans.tree(code);
			Shortlists.Summary stored = summary(tree, list);
			model.addAttribute("deleteConflict", true);
			return shortlistPage(model, tree, stored, onList(tree, stored),
					new RenameForm(stored.code(), stored.title(), stored.version()));
		}
	}

	/**
	 * One item on or off one list (the item page's buttons). {@code back} brings the person back where
	 * they were; only an address within this site's plans is followed.
	 */
	@PostMapping("/plans/{code}/items/{itemCode}/shortlists")
	String mark(@PathVariable String code, @PathVariable String itemCode, @RequestParam(defaultValue = "") String shortlist,
			@RequestParam(defaultValue = "false") boolean on, @RequestParam(required = false) String back, Locale locale,
			RedirectAttributes redirect) {
		Shortlists.Summary list = shortlists.get(code, shortlist);
		if (on) {
			shortlists.putOn(code, shortlist, itemCode);
		}
		else {
			shortlists.takeOff(code, shortlist, itemCode);
		}
		redirect.addFlashAttribute("notice",
				text(on ? "shortlist.item.on" : "shortlist.item.off", locale, itemCode, list.title()));
		if (back != null && back.startsWith("/plans/") && !back.startsWith("//") && !back.contains("\\")) {
			return "redirect:" + back;
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/plans/{code}/items/{item}")
			.buildAndExpand(code, itemCode)
			.encode()
			.toUriString();
	}

	private String listPage(Model model, String code, NewForm form, FormErrors errors) {
		Plan plan = plans.get(code);
		model.addAttribute("plan", plan);
		model.addAttribute("shortlists", shortlists.of(code));
		model.addAttribute("mayEdit", permissions.mayEditPlansOf(plan.unit().id()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "plan/shortlists";
	}

	private String shortlistPage(Model model, PlanTree tree, Shortlists.Summary summary, Set<String> on,
			RenameForm rename) {
		model.addAttribute("plan", tree.plan());
		model.addAttribute("list", summary);
		model.addAttribute("groups", groups(tree, summary, on));
		model.addAttribute("onCount", on.size());
		model.addAttribute("mayEdit", permissions.mayEditPlansOf(tree.plan().unit().id()));
		model.addAttribute("rename", rename);
		for (String errors : List.of("itemErrors", "renameErrors")) {
			if (!model.containsAttribute(errors)) {
				model.addAttribute(errors, FormErrors.none());
			}
		}
		return "plan/shortlist";
	}

	/**
	 * Every measure of the plan under its goal, and any other item that is on the list (an imported
	 * plan may shortlist a sub-goal), so that the page can show and take off everything on it.
	 */
	static List<Group> groups(PlanTree tree, Shortlists.Summary summary, Set<String> on) {
		List<Group> groups = new ArrayList<>();
		for (PlanItem goal : tree.items()) {
			List<Choice> choices = new ArrayList<>();
			collect(goal, null, on, choices);
			if (!choices.isEmpty()) {
				groups.add(new Group(goal, choices));
			}
		}
		return groups;
	}

	private static void collect(PlanItem item, PlanItem subgoal, Set<String> on, List<Choice> choices) {
		if (item.kind() == ItemKind.MEASURE || on.contains(item.code())) {
			choices.add(new Choice(item, subgoal, on.contains(item.code())));
		}
		PlanItem under = item.kind() == ItemKind.SUBGOAL ? item : subgoal;
		for (PlanItem child : item.children()) {
			collect(child, under, on, choices);
		}
	}

	private static Set<String> onList(PlanTree tree, Shortlists.Summary summary) {
		return tree.allItems()
			.filter(item -> item.isOn(summary.code()))
			.map(PlanItem::code)
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	/** The list with its version, from the tree already loaded (no extra statement). */
	private Shortlists.Summary summary(PlanTree tree, String list) {
		Shortlists.Summary summary = shortlists.of(tree.plan().code())
			.stream()
			.filter(s -> s.code().equals(list))
			.findFirst()
			.orElseThrow(() -> new NotFound("shortlist.not-found", tree.plan().code(), list));
		return summary;
	}

	private static String pageOf(String plan, String list) {
		return UriComponentsBuilder.fromPath("/plans/{code}/shortlists/{list}").buildAndExpand(plan, list).encode().toUriString();
	}

	/**
	 * Problems by form field: the service's {@code code} is the form's {@code shortlistCode}. The shortlist
	 * page has two forms, so the summary links to ids that start with {@code prefix} ("rename-").
	 */
	private FormErrors errors(InvalidInput ex, Locale locale, String prefix) {
		List<Problem> problems = ex.problems()
			.stream()
			.map(problem -> "code".equals(problem.path()) ? new Problem("shortlistCode", problem.code(), problem.args())
					: problem)
			.toList();
		return FormErrors.of(problems, messages, locale)
			.linking(field -> FormErrors.FORM.equals(field) ? null : prefix + field);
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	record NewForm(String code, String title) {
	}

	record RenameForm(String code, String title, int version) {
	}
}
