package no.planspor.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Shortlists;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Plan;
import no.planspor.account.Permissions;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

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

	ShortlistPages(Shortlists shortlists, PlanReader plans, Permissions permissions) {
		this.shortlists = shortlists;
		this.plans = plans;
		this.permissions = permissions;
	}

	@GetMapping("/plans/{code}/shortlists")
	String list(@PathVariable String code, Model model) {
		return listPage(model, code, new NewForm("", ""), FormErrors.none());
	}

	@PostMapping("/plans/{code}/shortlists")
	String create(@PathVariable String code, @RequestParam(defaultValue = "") String shortlistCode,
			@RequestParam(defaultValue = "") String title, FormPost post) {
		return post.write(() -> shortlists.create(code, shortlistCode, title))
			.problems(ShortlistPages::formField)
			.errors(linkedTo(""))
			.whenInvalid(errors -> listPage(post.model(), code, new NewForm(shortlistCode, title), errors))
			.answer(created -> post.redirect(pageOf(code, created.code()), "shortlist.created", created.title()));
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
			@RequestParam(defaultValue = "-1") int version, FormPost post) {
		List<String> chosen = items == null ? List.of() : items;
		return post.write(() -> shortlists.setItems(code, list, chosen, version))
			.whenConflict(stale -> {
				// The boxes now show what is stored; what this person chose is listed beside it, to redo if still wanted.
				PlanTree tree = plans.tree(code);
				Shortlists.Summary stored = summary(tree, list);
				Set<String> on = onList(tree, stored);
				post.model().addAttribute("itemsConflict", true);
				post.model().addAttribute("wouldAdd", chosen.stream().filter(c -> !on.contains(c)).distinct().toList());
				post.model().addAttribute("wouldRemove", on.stream().filter(c -> !chosen.contains(c)).toList());
				return shortlistPage(post.model(), tree, stored, on,
						new RenameForm(stored.code(), stored.title(), stored.version()));
			})
			.problems(ShortlistPages::formField)
			.errors(linkedTo("items-"))
			.whenInvalid("itemErrors", () -> {
				PlanTree tree = plans.tree(code);
				Shortlists.Summary stored = summary(tree, list);
				return shortlistPage(post.model(), tree, stored, Set.copyOf(chosen),
						new RenameForm(stored.code(), stored.title(), stored.version()));
			})
			.answer(saved -> post.redirect(pageOf(code, list), "shortlist.items.saved", saved.title(), saved.items()));
	}

	@PostMapping("/plans/{code}/shortlists/{list}")
	String rename(@PathVariable String code, @PathVariable String list,
			@RequestParam(defaultValue = "") String shortlistCode, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "-1") int version, FormPost post) {
		return post.write(() -> shortlists.rename(code, list, shortlistCode, title, version))
			.whenConflict(stale -> {
				PlanTree tree = plans.tree(code);
				Shortlists.Summary stored = summary(tree, list);
				post.model().addAttribute("renameConflict", stored);
				post.model().addAttribute("attempted", new RenameForm(shortlistCode, title, version));
				return shortlistPage(post.model(), tree, stored, onList(tree, stored),
						new RenameForm(stored.code(), stored.title(), stored.version()));
			})
			.problems(ShortlistPages::formField)
			.errors(linkedTo("rename-"))
			.whenInvalid("renameErrors", () -> {
				PlanTree tree = plans.tree(code);
				Shortlists.Summary stored = summary(tree, list);
				return shortlistPage(post.model(), tree, stored, onList(tree, stored),
						new RenameForm(shortlistCode, title, version));
			})
			.answer(saved -> post.redirect(pageOf(code, saved.code()), "shortlist.renamed", saved.title()));
	}

	@PostMapping("/plans/{code}/shortlists/{list}/delete")
	String delete(@PathVariable String code, @PathVariable String list, @RequestParam(defaultValue = "-1") int version,
			FormPost post) {
		Shortlists.Summary before = shortlists.get(code, list);
		return post.write(() -> shortlists.delete(code, list, version))
			.whenConflict(stale -> {
				PlanTree tree = plans.tree(code);
				Shortlists.Summary stored = summary(tree, list);
				post.model().addAttribute("deleteConflict", true);
				return shortlistPage(post.model(), tree, stored, onList(tree, stored),
						new RenameForm(stored.code(), stored.title(), stored.version()));
			})
			.answer(() -> post.redirect(UriComponentsBuilder.fromPath("/plans/{code}/shortlists")
				.buildAndExpand(code)
				.encode()
				.toUriString(), "shortlist.deleted", before.title()));
	}

	/**
	 * One item on or off one list (the item page's buttons). {@code back} brings the person back where
	 * they were; only an address within this site's plans is followed.
	 */
	@PostMapping("/plans/{code}/items/{itemCode}/shortlists")
	String mark(@PathVariable String code, @PathVariable String itemCode, @RequestParam(defaultValue = "") String shortlist,
			@RequestParam(defaultValue = "false") boolean on, @RequestParam(required = false) String back, FormPost post) {
		Shortlists.Summary list = shortlists.get(code, shortlist);
		if (on) {
			shortlists.putOn(code, shortlist, itemCode);
		}
		else {
			shortlists.takeOff(code, shortlist, itemCode);
		}
		String notice = on ? "shortlist.item.on" : "shortlist.item.off";
		if (back != null && back.startsWith("/plans/") && !back.startsWith("//") && !back.contains("\\")) {
			return post.redirect(back, notice, itemCode, list.title());
		}
		return post.redirect(UriComponentsBuilder.fromPath("/plans/{code}/items/{item}")
			.buildAndExpand(code, itemCode)
			.encode()
			.toUriString(), notice, itemCode, list.title());
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

	/** The service's {@code code} is the form's {@code shortlistCode}. */
	private static Problem formField(Problem problem) {
		return "code".equals(problem.path()) ? new Problem("shortlistCode", problem.code(), problem.args()) : problem;
	}

	/** The shortlist page has two forms, so the summary links to ids that start with {@code prefix} ("rename-"). */
	private static UnaryOperator<FormErrors> linkedTo(String prefix) {
		return errors -> errors.linking(field -> FormErrors.FORM.equals(field) ? null : prefix + field);
	}

	record NewForm(String code, String title) {
	}

	record RenameForm(String code, String title, int version) {
	}
}
