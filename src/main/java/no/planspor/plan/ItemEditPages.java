package no.planspor.plan;

import java.util.ArrayList;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.planspor.account.Permissions;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;
import no.planspor.web.ConflictRow;
import no.planspor.web.FormErrors;

/**
 * The pages that change one item: add, edit (with its indicators), move and delete. Forms keep what
 * the person typed when something is wrong, name every problem beside its field and at the top, and
 * on a conflict show what is stored now next to what was typed, having written nothing.
 */
@Controller
class ItemEditPages {

	static final String LABELS = "plan.item.field.";

	/** What the item form holds: what is stored, or what the person typed. */
	record ItemForm(String parent, String kind, String code, String title, String text, String deadline,
			String comment, List<String> responsible, List<String> strategyRefs, String seeAlso, String indicators,
			String position, String version, String returnTo) {

		ItemForm {
			responsible = responsible == null ? List.of() : responsible;
			strategyRefs = strategyRefs == null ? List.of() : strategyRefs;
		}

		static ItemForm of(PlanItem item, String parentCode, String returnTo) {
			ItemFields fields = ItemFields.of(item, parentCode);
			return new ItemForm(parentCode, item.kind().name(), item.code(), item.title(), item.text(),
					item.deadline() == null ? "" : item.deadline().toString(), item.comment(), fields.responsible(),
					fields.strategyRefs(), String.join("\n", fields.seeAlso()), "", "",
					String.valueOf(item.version()), returnTo);
		}

		static ItemForm blank(String parentCode, ItemKind kind, String returnTo) {
			return new ItemForm(parentCode, kind == null ? "" : kind.name(), "", "", "", "", "", List.of(), List.of(), "",
					"", "", "0", returnTo);
		}
	}

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

	private final ItemEditing editing;

	private final Permissions permissions;

	private final MessageSource messages;

	ItemEditPages(PlanReader plans, ItemEditing editing, Permissions permissions, MessageSource messages) {
		this.plans = plans;
		this.editing = editing;
		this.permissions = permissions;
		this.messages = messages;
	}

	// ---------------------------------------------------------------------------------------------
	// Add

	@GetMapping("/plans/{plan}/new-item")
	String newItem(@PathVariable String plan, @RequestParam(required = false) String parent,
			@RequestParam(required = false) String returnTo, Model model) {
		PlanTree tree = editableTree(plan);
		PlanItem under = parent == null || parent.isBlank() ? null
				: tree.requireItem(parent);
		return newPage(model, tree, under, ItemForm.blank(under == null ? null : under.code(), defaultKind(tree, under),
				returnTo), FormErrors.none());
	}

	@PostMapping("/plans/{plan}/new-item")
	String add(@PathVariable String plan, @ModelAttribute("form") ItemForm form, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		PlanTree tree = editableTree(plan);
		PlanItem under = form.parent() == null || form.parent().isBlank() ? null
				: tree.requireItem(form.parent());
		List<Problem> problems = new ArrayList<>();
		ItemFields fields = fields(form, null, problems);
		Integer position = FormValues.integer(form.position(), "position", problems);
		try {
			if (!problems.isEmpty()) {
				problems.addAll(editing.problems(plan, null, fields));
				throw new InvalidInput(problems);
			}
			PlanItem added = editing.add(plan, fields, position, FormValues.lines(form.indicators()));
			redirect.addFlashAttribute("notice", text(locale, "plan.item.added",
					kindName(tree.plan().kind(), added.kind(), locale), added.code()));
			return "redirect:" + afterSave(form.returnTo(), plan, added);
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			List<Problem> shown = ex.problems().stream().map(ItemEditPages::indicatorsAsOneField).toList();
			return newPage(model, tree, under, form, FormErrors.of(shown, messages, locale, LABELS));
		}
	}

	// ---------------------------------------------------------------------------------------------
	// Edit

	@GetMapping("/plans/{plan}/items/{item}/edit")
	String edit(@PathVariable String plan, @PathVariable String item, @RequestParam(required = false) String returnTo,
			Model model) {
		PlanTree tree = editableTree(plan);
		PlanItem current = find(tree, item);
		return editPage(model, tree, current, ItemForm.of(current, parentCode(tree, current), returnTo),
				FormErrors.none());
	}

	@PostMapping("/plans/{plan}/items/{item}/edit")
	String save(@PathVariable String plan, @PathVariable String item, @ModelAttribute("form") ItemForm form,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		PlanTree tree = editableTree(plan);
		PlanItem current = find(tree, item);
		List<Problem> problems = new ArrayList<>();
		ItemFields fields = fields(form, current, problems);
		int version = version(form.version());
		try {
			if (!problems.isEmpty()) {
				problems.addAll(editing.problems(plan, item, fields));
				throw new InvalidInput(problems);
			}
			PlanItem saved = editing.edit(plan, item, fields, version);
			redirect.addFlashAttribute("notice", text(locale, "plan.item.saved",
					kindName(tree.plan().kind(), saved.kind(), locale), saved.code()));
			return "redirect:" + afterSave(form.returnTo(), plan, saved);
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return editPage(model, tree, current, form, FormErrors.of(ex.problems(), messages, locale, LABELS));
		}
		catch (Conflict ex) {
			// The form now holds what is stored (and its version); what the person typed stands beside it.
			response.setStatus(HttpStatus.CONFLICT.value());
			PlanTree now = plans.tree(plan);
			PlanItem stored = now.itemsById().get(((PlanItem) ex.current()).id());
			ItemForm storedForm = ItemForm.of(stored, parentCode(now, stored), form.returnTo());
			model.addAttribute("conflict", conflictRows(storedForm, form, locale));
			return editPage(model, now, stored, storedForm, FormErrors.none());
		}
	}

	// ---------------------------------------------------------------------------------------------
	// Move

	@GetMapping("/plans/{plan}/items/{item}/move")
	String movePage(@PathVariable String plan, @PathVariable String item, Model model) {
		PlanTree tree = editableTree(plan);
		PlanItem current = find(tree, item);
		return movePage(model, tree, current, parentCode(tree, current), "last", String.valueOf(current.version()),
				FormErrors.none());
	}

	@PostMapping("/plans/{plan}/items/{item}/move")
	String move(@PathVariable String plan, @PathVariable String item, @RequestParam(defaultValue = "") String parent,
			@RequestParam(defaultValue = "last") String place, @RequestParam(defaultValue = "-1") String version,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		PlanTree tree = editableTree(plan);
		PlanItem current = find(tree, item);
		try {
			PlanItem moved = editing.move(plan, item, parent.isBlank() ? null : parent, "first".equals(place) ? 0 : null,
					version(version));
			redirect.addFlashAttribute("notice", text(locale, "plan.item.moved", moved.code()));
			return "redirect:" + EditPaths.structure(plan, moved.id());
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return movePage(model, tree, current, parent, place, version, FormErrors.of(ex.problems(), messages, locale,
					"plan.move.field."));
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			PlanTree now = plans.tree(plan);
			PlanItem stored = now.itemsById().get(((PlanItem) ex.current()).id());
			model.addAttribute("staleNotice", true);
			return movePage(model, now, stored, parentCode(now, stored), place, String.valueOf(stored.version()),
					FormErrors.none());
		}
	}

	// ---------------------------------------------------------------------------------------------
	// Delete

	@GetMapping("/plans/{plan}/items/{item}/delete")
	String confirmDelete(@PathVariable String plan, @PathVariable String item, Model model) {
		PlanTree tree = editableTree(plan);
		PlanItem current = find(tree, item);
		return deletePage(model, tree, editing.archivePreview(plan, item), current.version());
	}

	@PostMapping("/plans/{plan}/items/{item}/delete")
	String delete(@PathVariable String plan, @PathVariable String item,
			@RequestParam(defaultValue = "-1") String version, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		editableTree(plan);
		try {
			ArchivePreview gone = editing.archive(plan, item, version(version));
			redirect.addFlashAttribute("notice", text(locale, "plan.item.deleted", gone.item().code(),
					gone.descendants(), gone.indicators()));
			return "redirect:" + EditPaths.structure(plan, gone.item().parentId());
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			PlanItem stored = (PlanItem) ex.current();
			model.addAttribute("staleNotice", true);
			return deletePage(model, plans.tree(plan), editing.archivePreview(plan, stored.code()), stored.version());
		}
		catch (NotFound ex) {
			// Someone deleted it first: what the person wanted has happened.
			redirect.addFlashAttribute("notice", text(locale, "plan.item.already-deleted", item));
			return "redirect:" + EditPaths.structure(plan, null);
		}
	}

	// ---------------------------------------------------------------------------------------------
	// Indicators

	@PostMapping("/plans/{plan}/items/{item}/indicators")
	String addIndicator(@PathVariable String plan, @PathVariable String item,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "-1") String itemVersion,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		PlanTree tree = editableTree(plan);
		PlanItem current = find(tree, item);
		try {
			editing.addIndicator(plan, item, text, version(itemVersion));
			redirect.addFlashAttribute("notice", text(locale, "plan.indicator.added"));
			return "redirect:" + EditPaths.editItem(plan, item) + "#indicators";
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("newIndicator", text);
			model.addAttribute("newIndicatorErrors", FormErrors.of(prefixed(ex.problems(), "new-indicator"),
					messages, locale, null));
			return editPage(model, tree, current, ItemForm.of(current, parentCode(tree, current), null),
					FormErrors.none());
		}
		catch (Conflict ex) {
			return staleIndicators(plan, item, model, response);
		}
	}

	@PostMapping("/plans/{plan}/items/{item}/indicators/{number}")
	String editIndicator(@PathVariable String plan, @PathVariable String item, @PathVariable int number,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "-1") String version,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		PlanTree tree = editableTree(plan);
		PlanItem current = find(tree, item);
		try {
			editing.editIndicator(plan, item, number, text, version(version));
			redirect.addFlashAttribute("notice", text(locale, "plan.indicator.saved", number));
			return "redirect:" + EditPaths.editItem(plan, item) + "#indicator-" + number;
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("indicatorErrors", Map.of(number,
					FormErrors.of(prefixed(ex.problems(), "indicator-" + number), messages, locale, null)));
			model.addAttribute("indicatorTyped", Map.of(number, text));
			return editPage(model, tree, current, ItemForm.of(current, parentCode(tree, current), null),
					FormErrors.none());
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			PlanTree now = plans.tree(plan);
			PlanItem stored = find(now, item);
			Map<Integer, String> typed = new HashMap<>();
			typed.put(number, text);
			model.addAttribute("indicatorConflict", typed);
			return editPage(model, now, stored, ItemForm.of(stored, parentCode(now, stored), null), FormErrors.none());
		}
	}

	@PostMapping("/plans/{plan}/items/{item}/indicators/{number}/reorder")
	String reorderIndicator(@PathVariable String plan, @PathVariable String item, @PathVariable int number,
			@RequestParam(defaultValue = "down") String direction,
			@RequestParam(defaultValue = "-1") String itemVersion, Model model, HttpServletResponse response) {
		editableTree(plan);
		try {
			int offset = "up".equals(direction) ? -1 : 1;
			editing.reorderIndicator(plan, item, number, offset, version(itemVersion));
			return "redirect:" + EditPaths.editItem(plan, item) + "#indicator-" + Math.max(1, number + offset);
		}
		catch (Conflict ex) {
			return staleIndicators(plan, item, model, response);
		}
	}

	@GetMapping("/plans/{plan}/items/{item}/indicators/{number}/delete")
	String confirmIndicatorDelete(@PathVariable String plan, @PathVariable String item, @PathVariable int number,
			Model model) {
		PlanTree tree = editableTree(plan);
		PlanItem current = find(tree, item);
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
		editableTree(plan);
		try {
			Indicator gone = editing.archiveIndicator(plan, item, number, version(itemVersion));
			redirect.addFlashAttribute("notice", text(locale, "plan.indicator.deleted", gone.text()));
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
		PlanItem stored = find(now, item);
		return editPage(model, now, stored, ItemForm.of(stored, parentCode(now, stored), null), FormErrors.none());
	}

	// ---------------------------------------------------------------------------------------------
	// Page models

	private String newPage(Model model, PlanTree tree, PlanItem parent, ItemForm form, FormErrors errors) {
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
		return formPage(model, tree, null, form, errors);
	}

	private String editPage(Model model, PlanTree tree, PlanItem item, ItemForm form, FormErrors errors) {
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
		if (!model.containsAttribute("newIndicatorErrors")) {
			model.addAttribute("newIndicatorErrors", FormErrors.none());
		}
		return formPage(model, tree, item, form, errors);
	}

	private String formPage(Model model, PlanTree tree, PlanItem item, ItemForm form, FormErrors errors) {
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
		model.addAttribute("currentParent", parentCode(tree, item));
		model.addAttribute("targets", targets);
		model.addAttribute("mayBeRoot", item.kind().mayBeRoot());
		model.addAttribute("chosenParent", parent == null ? "" : parent);
		model.addAttribute("place", place);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		return "plan/item-move";
	}

	private String deletePage(Model model, PlanTree tree, ArchivePreview preview, int version) {
		model.addAttribute("plan", tree.plan());
		model.addAttribute("preview", preview);
		model.addAttribute("version", version);
		return "plan/item-delete";
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
	private static ItemKind defaultKind(PlanTree tree, PlanItem parent) {
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

	// ---------------------------------------------------------------------------------------------

	/** Reads the form into fields; codes chosen in lists keep the order the item had. */
	private static ItemFields fields(ItemForm form, PlanItem current, List<Problem> problems) {
		ItemKind kind = FormValues.choice(form.kind(), ItemKind.class, "kind", problems);
		List<String> responsible = current == null ? form.responsible()
				: FormValues.keepOrder(current.responsible().stream().map(Party::code).toList(), form.responsible());
		List<String> strategyRefs = current == null ? form.strategyRefs()
				: FormValues.keepOrder(current.strategyRefs().stream().map(ItemRef::code).toList(), form.strategyRefs());
		return new ItemFields(form.parent(), kind, form.code(), form.title(), form.text(),
				FormValues.date(form.deadline(), "deadline", problems), form.comment(), responsible, strategyRefs,
				FormValues.lines(form.seeAlso()));
	}

	private List<ConflictRow> conflictRows(ItemForm stored, ItemForm typed, Locale locale) {
		List<ConflictRow> rows = new ArrayList<>();
		row(rows, locale, "kind", stored.kind(), typed.kind());
		row(rows, locale, "code", stored.code(), typed.code());
		row(rows, locale, "title", stored.title(), typed.title());
		row(rows, locale, "text", stored.text(), typed.text());
		row(rows, locale, "deadline", stored.deadline(), typed.deadline());
		row(rows, locale, "comment", stored.comment(), typed.comment());
		row(rows, locale, "responsible", String.join(", ", stored.responsible()),
				String.join(", ", FormValues.keepOrder(stored.responsible(), typed.responsible())));
		row(rows, locale, "strategyRefs", String.join(", ", stored.strategyRefs()),
				String.join(", ", FormValues.keepOrder(stored.strategyRefs(), typed.strategyRefs())));
		row(rows, locale, "seeAlso", String.join(", ", FormValues.lines(stored.seeAlso())),
				String.join(", ", FormValues.lines(typed.seeAlso())));
		return rows;
	}

	private void row(List<ConflictRow> rows, Locale locale, String field, String stored, String typed) {
		ConflictRow.addIfDifferent(rows, text(locale, LABELS + field), stored, typed);
	}

	private PlanTree editableTree(String plan) {
		PlanTree tree = plans.tree(plan);
		permissions.requireEditPlansOf(tree.plan().unit().id());
		return tree;
	}

	private static PlanItem find(PlanTree tree, String item) {
		return tree.requireItem(item);
	}

	static String parentCode(PlanTree tree, PlanItem item) {
		return item.parentId() == null ? null : tree.itemsById().get(item.parentId()).code();
	}

	private static String afterSave(String returnTo, String plan, PlanItem item) {
		return "items".equals(returnTo) ? EditPaths.structure(plan, item.id()) : EditPaths.item(plan, item.code());
	}

	/** A version the form sent; anything unreadable is no version, and so stale. */
	private static int version(String raw) {
		try {
			return Integer.parseInt(raw.strip());
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	/** The new-item form takes its indicators in one box, one per line. */
	private static Problem indicatorsAsOneField(Problem problem) {
		return problem.path().startsWith("indicators[") ? Problem.of("indicators", problem.code(),
				problem.args().toArray()) : problem;
	}

	private static List<Problem> prefixed(List<Problem> problems, String field) {
		return problems.stream().map(p -> Problem.of(field, p.code(), p.args().toArray())).toList();
	}

	private String kindName(PlanKind planKind, ItemKind kind, Locale locale) {
		return text(locale, "plan.kind." + planKind + "." + kind);
	}

	private String text(Locale locale, String code, Object... args) {
		return messages.getMessage(code, args, code, locale);
	}
}
