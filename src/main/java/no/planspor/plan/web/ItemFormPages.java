package no.planspor.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

import no.planspor.plan.ItemFields;
import no.planspor.plan.ItemKind;
import no.planspor.plan.ItemRef;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.editing.ItemField;
import no.planspor.plan.editing.ItemFieldsEditing;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;
import no.planspor.web.ConflictRow;
import no.planspor.web.FormErrors;

/**
 * Adding an item and editing its fields. The form keeps what the person typed when something is wrong,
 * names every problem beside its field and at the top, and on a conflict shows what is stored now next
 * to what was typed, having written nothing.
 */
@Controller
class ItemFormPages {

	static final String LABELS = "plan.item.field.";

	private final PlanReader plans;

	private final ItemFieldsEditing editing;

	private final PlanEditor editor;

	private final ItemFormView view;

	private final MessageSource messages;

	ItemFormPages(PlanReader plans, ItemFieldsEditing editing, PlanEditor editor, ItemFormView view,
			MessageSource messages) {
		this.plans = plans;
		this.editing = editing;
		this.editor = editor;
		this.view = view;
		this.messages = messages;
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
	String add(@PathVariable String plan, @ModelAttribute("form") ItemForm form, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		PlanTree tree = editor.tree(plan);
		PlanItem under = form.parent() == null || form.parent().isBlank() ? null : tree.requireItem(form.parent());
		List<Problem> problems = new ArrayList<>();
		ItemFields fields = fields(form, null, problems);
		Integer position = FormValues.integer(form.position(), "position", problems);
		try {
			if (!problems.isEmpty()) {
				problems.addAll(editing.problems(plan, null, fields));
				throw new InvalidInput(problems);
			}
			PlanItem added = editing.add(plan, fields, position, FormValues.lines(form.indicators()));
			redirect.addFlashAttribute("notice", editor.text(locale, "plan.item.added",
					kindName(tree.plan().kind(), added.kind(), locale), added.code()));
			return "redirect:" + afterSave(form.returnTo(), plan, added);
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			List<Problem> shown = ex.problems().stream().map(ItemFormPages::indicatorsAsOneField).toList();
			return view.newItem(model, tree, under, form, FormErrors.of(shown, messages, locale, LABELS));
		}
	}

	@GetMapping("/plans/{plan}/items/{item}/edit")
	String edit(@PathVariable String plan, @PathVariable String item, @RequestParam(required = false) String returnTo,
			Model model) {
		PlanTree tree = editor.tree(plan);
		PlanItem current = tree.requireItem(item);
		return view.edit(model, tree, current, ItemForm.of(current, ItemFormView.parentCode(tree, current), returnTo),
				FormErrors.none());
	}

	@PostMapping("/plans/{plan}/items/{item}/edit")
	String save(@PathVariable String plan, @PathVariable String item, @ModelAttribute("form") ItemForm form,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		PlanTree tree = editor.tree(plan);
		PlanItem current = tree.requireItem(item);
		List<Problem> problems = new ArrayList<>();
		ItemFields fields = fields(form, current, problems);
		int version = FormValues.version(form.version());
		try {
			if (!problems.isEmpty()) {
				problems.addAll(editing.problems(plan, item, fields));
				throw new InvalidInput(problems);
			}
			PlanItem saved = editing.edit(plan, item, fields, version);
			redirect.addFlashAttribute("notice", editor.text(locale, "plan.item.saved",
					kindName(tree.plan().kind(), saved.kind(), locale), saved.code()));
			return "redirect:" + afterSave(form.returnTo(), plan, saved);
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return view.edit(model, tree, current, form, FormErrors.of(ex.problems(), messages, locale, LABELS));
		}
		catch (Conflict ex) {
			// The form now holds what is stored (and its version); what the person typed stands beside it.
			response.setStatus(HttpStatus.CONFLICT.value());
			PlanTree now = plans.tree(plan);
			PlanItem stored = now.itemsById().get(((PlanItem) ex.current()).id());
			ItemForm storedForm = ItemForm.of(stored, ItemFormView.parentCode(now, stored), form.returnTo());
			model.addAttribute("conflict", conflictRows(storedForm, form, locale));
			return view.edit(model, now, stored, storedForm, FormErrors.none());
		}
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

	/** Every field of the item where what is stored and what was typed differ. */
	private List<ConflictRow> conflictRows(ItemForm stored, ItemForm typed, Locale locale) {
		List<ConflictRow> rows = new ArrayList<>();
		for (ItemField field : ItemField.values()) {
			editor.conflictRow(rows, locale, LABELS + field.key(), stored.shown(field, stored),
					typed.shown(field, stored));
		}
		return rows;
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
