package no.planspor.plan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.plan.ItemFields;
import no.planspor.plan.ItemKind;
import no.planspor.plan.ItemRef;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.editing.ItemFieldsEditing;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;
import no.planspor.web.ThreeWayMerge;

/**
 * Adding an item and editing its fields. The form keeps what the person typed when something is wrong,
 * names every problem beside its field and at the top, and on a conflict joins what was typed with what
 * someone else saved meanwhile, asking only about fields both changed, having written nothing.
 */
@Controller
class ItemFormPages {

	static final String LABELS = "plan.item.field.";

	private final PlanReader plans;

	private final ItemFieldsEditing editing;

	private final PlanEditor editor;

	private final ItemFormView view;

	ItemFormPages(PlanReader plans, ItemFieldsEditing editing, PlanEditor editor, ItemFormView view) {
		this.plans = plans;
		this.editing = editing;
		this.editor = editor;
		this.view = view;
	}

	@GetMapping("/plans/{plan}/new-item")
	String newItem(@PathVariable String plan, @RequestParam(required = false) String parent,
			@RequestParam(required = false) String returnTo, Model model) {
		PlanTree tree = editor.tree(plan);
		PlanItem under = parent == null || parent.isBlank() ? null : tree.requireItem(parent);
		return view.newItem(model, tree, under, ItemForm.blank(under == null ? null : under.code(),
				ItemFormView.defaultKind(tree, under), returnTo), FormErrors.none());
	}

	@PostMapping("/plans/{plan}/new-item")
	String add(@PathVariable String plan, @ModelAttribute("form") ItemForm form, FormPost post) {
		PlanTree tree = editor.tree(plan);
		PlanItem under = form.parent() == null || form.parent().isBlank() ? null : tree.requireItem(form.parent());
		List<Problem> problems = new ArrayList<>();
		ItemFields fields = fields(form, null, problems);
		Integer position = FormValues.integer(form.position(), "position", problems);
		return post.write(() -> {
			if (!problems.isEmpty()) {
				problems.addAll(editing.problems(plan, null, fields));
				throw new InvalidInput(problems);
			}
			return editing.add(plan, fields, position, FormValues.lines(form.indicators()));
		})
			.labels(LABELS)
			.problems(ItemFormPages::indicatorsAsOneField)
			.whenInvalid(errors -> view.newItem(post.model(), tree, under, form, errors))
			.answer(added -> post.redirect(afterSave(form.returnTo(), plan, added), "plan.item.added",
					kindName(tree.plan().kind(), added.kind(), post.locale()), added.code()));
	}

	@GetMapping("/plans/{plan}/items/{item}/edit")
	String edit(@PathVariable String plan, @PathVariable String item, @RequestParam(required = false) String returnTo,
			Model model) {
		PlanTree tree = editor.tree(plan);
		PlanItem current = tree.requireItem(item);
		return view.edit(model, tree, current, ItemForm.of(current, ItemFormView.parentCode(tree, current), returnTo),
				FormErrors.none());
	}

	/**
	 * Saves the item's fields. The form carries the values it was filled from ({@code base.<field>}); when
	 * someone else saved the item meanwhile, what the person typed is joined with what is stored against
	 * those, nothing is saved, and the form comes back with the joined values and a choice for each field
	 * both changed ({@code clash}, answered by {@code choice.<field>}: {@code mine} or {@code stored}).
	 */
	@PostMapping("/plans/{plan}/items/{item}/edit")
	String save(@PathVariable String plan, @PathVariable String item, @ModelAttribute("form") ItemForm form,
			@RequestParam Map<String, String> params, @RequestParam(name = "clash", required = false) List<String> clash,
			FormPost post) {
		PlanTree tree = editor.tree(plan);
		PlanItem current = tree.requireItem(item);
		Map<String, String> base = withPrefix(params, "base.");
		Map<String, String> choices = withPrefix(params, "choice.");
		List<String> clashes = clash == null ? List.of()
				: clash.stream().filter(ItemForm.keys()::contains).distinct().toList();
		ItemMerge.Words words = ItemMerge.words(editor, tree.plan().kind(), post.locale());
		Map<String, String> stored = ItemForm.of(current, ItemFormView.parentCode(tree, current), null).values();
		List<Problem> problems = new ArrayList<>();
		ItemForm chosen = choose(form, clashes, choices, stored, words, problems);
		ItemFields fields = fields(chosen, current, problems);
		int version = FormValues.version(form.version());
		post.model().addAttribute("base", base);
		return post.write(() -> {
			if (!problems.isEmpty()) {
				problems.addAll(editing.problems(plan, item, fields));
				throw new InvalidInput(problems);
			}
			return editing.edit(plan, item, fields, version);
		})
			.labels(LABELS)
			.whenInvalid(errors -> {
				if (!clashes.isEmpty()) {
					post.model().addAttribute("merge", ItemMerge.undecided(clashes, form.values(), stored, choices,
							words, post.locale()));
				}
				return view.edit(post.model(), tree, current, form, errors);
			})
			.whenConflict(stale -> joined(post, plan, ((PlanItem) stale.current()).id(), chosen, base, choices))
			.answer(saved -> post.redirect(afterSave(form.returnTo(), plan, saved), "plan.item.saved",
					kindName(tree.plan().kind(), saved.kind(), post.locale()), saved.code()));
	}

	/**
	 * The answer to a stale save: what the person typed joined with what is stored now, against what they
	 * started from, in a form of the stored version; nothing written.
	 */
	private String joined(FormPost post, String plan, long itemId, ItemForm typed, Map<String, String> base,
			Map<String, String> choices) {
		PlanTree now = plans.tree(plan);
		PlanItem stored = now.itemsById().get(itemId);
		ItemForm storedForm = ItemForm.of(stored, ItemFormView.parentCode(now, stored), typed.returnTo());
		Map<String, String> storedValues = storedForm.values();
		ThreeWayMerge.Result merge = ThreeWayMerge.of(ItemForm.keys(), base, typed.values(), storedValues);
		ItemForm joined = typed.with(merge.values(), storedForm.parent(), storedForm.version());
		post.model().addAttribute("base", storedValues);
		post.model().addAttribute("merge", ItemMerge.of(merge, typed.values(), storedValues, choices,
				ItemMerge.words(editor, now.plan().kind(), post.locale()), post.locale()));
		return view.edit(post.model(), now, stored, joined, FormErrors.none());
	}

	/**
	 * The form with the person's choice taken for each field both sides changed: what they typed, or what
	 * is stored. A field left undecided is a problem: nothing is saved on a guess.
	 */
	private static ItemForm choose(ItemForm form, List<String> clashes, Map<String, String> choices,
			Map<String, String> stored, ItemMerge.Words words, List<Problem> problems) {
		Map<String, String> values = form.values();
		for (String key : clashes) {
			String choice = choices.get(key);
			if ("stored".equals(choice)) {
				values.put(key, stored.get(key));
			}
			else if (!"mine".equals(choice)) {
				problems.add(Problem.of("choice-" + key, "plan.item.conflict.choose", words.label(key)));
			}
		}
		return form.with(values, form.parent(), form.version());
	}

	private static Map<String, String> withPrefix(Map<String, String> params, String prefix) {
		Map<String, String> found = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith(prefix)) {
				// A browser sends line ends in a form as CR LF; the values compare with plain ones.
				found.put(name.substring(prefix.length()), value.replace("\r\n", "\n"));
			}
		});
		return found;
	}

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

	private static String afterSave(String returnTo, String plan, PlanItem item) {
		return "items".equals(returnTo) ? EditPaths.structure(plan, item.id()) : EditPaths.item(plan, item.code());
	}

	/** The new-item form takes its indicators in one box, one per line. */
	private static Problem indicatorsAsOneField(Problem problem) {
		return problem.path().startsWith("indicators[") ? Problem.of("indicators", problem.code(),
				problem.args().toArray()) : problem;
	}

	private String kindName(PlanKind planKind, ItemKind kind, Locale locale) {
		return editor.text(locale, "plan.kind." + planKind + "." + kind);
	}
}
