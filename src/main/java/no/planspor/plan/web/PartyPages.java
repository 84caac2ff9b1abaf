package no.planspor.plan.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.plan.PartyKind;
import no.planspor.plan.Plan;
import no.planspor.plan.editing.PartyEditing;
import no.planspor.plan.editing.PartyEditing.EditableParty;
import no.planspor.shared.Problem;
import no.planspor.web.ConflictRow;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/**
 * The plan editor's tab for the plan's parties ("Ansvarlige"), its table of abbreviations.
 * {@link SectionPages} works the same way; what the two share is in {@link PlanPart}.
 */
@Controller
class PartyPages {

	static final String LABELS = "plan.parties.field.";

	private static final PlanPart PART = PlanPart.PARTY;

	/** A party form as stored or typed; id null for a new party. */
	record PartyForm(Long id, String code, String name, String kind, String version) {
	}

	private final PartyEditing editing;

	private final PlanEditor editor;

	PartyPages(PartyEditing editing, PlanEditor editor) {
		this.editing = editing;
		this.editor = editor;
	}

	@GetMapping("/plans/{plan}/edit/parties")
	String parties(@PathVariable String plan, Model model) {
		return PART.listPage(model, editor.plan(plan), editing.parties(plan));
	}

	@GetMapping("/plans/{plan}/edit/parties/new")
	String newParty(@PathVariable String plan, Model model) {
		return formPage(model, editor.plan(plan), new PartyForm(null, "", "", PartyKind.ROLE.name(), "0"), null,
				FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/parties")
	String add(@PathVariable String plan, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind, FormPost post) {
		Plan current = editor.plan(plan);
		List<Problem> problems = new ArrayList<>();
		PartyKind chosen = FormValues.choice(kind, PartyKind.class, "kind", problems);
		return post.write(() -> editing.addParty(plan, code, name, chosen))
			.reading(problems)
			.labels(LABELS)
			.whenInvalid(errors -> formPage(post.model(), current, new PartyForm(null, code, name, kind, "0"), null,
					errors))
			.answer(added -> post.redirect(PART.anchor(plan, added.id()), "plan.parties.added", added.code()));
	}

	@GetMapping("/plans/{plan}/edit/parties/{id}")
	String party(@PathVariable String plan, @PathVariable long id, Model model) {
		Plan current = editor.plan(plan);
		EditableParty party = editing.party(plan, id);
		return formPage(model, current, stored(party), party, FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/parties/{id}")
	String save(@PathVariable String plan, @PathVariable long id, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "-1") String version, FormPost post) {
		Plan current = editor.plan(plan);
		List<Problem> problems = new ArrayList<>();
		PartyKind chosen = FormValues.choice(kind, PartyKind.class, "kind", problems);
		return post.write(() -> editing.editParty(plan, id, code, name, chosen, FormValues.version(version)))
			.reading(problems)
			.labels(LABELS)
			.whenInvalid(errors -> formPage(post.model(), current, new PartyForm(id, code, name, kind, version),
					editing.party(plan, id), errors))
			.whenConflict(stale -> {
				EditableParty stored = editing.party(plan, id);
				List<ConflictRow> rows = new ArrayList<>();
				editor.conflictRow(rows, post.locale(), LABELS + "code", stored.code(), code);
				editor.conflictRow(rows, post.locale(), LABELS + "name", stored.name(), name);
				editor.conflictRow(rows, post.locale(), LABELS + "kind", post.text("plan.party-kind." + stored.kind()),
						chosen == null ? kind : post.text("plan.party-kind." + chosen));
				post.model().addAttribute("conflict", rows);
				return formPage(post.model(), current, stored(stored), stored, FormErrors.none());
			})
			.answer(() -> post.redirect(PART.anchor(plan, id), "plan.parties.saved", code.strip()));
	}

	@PostMapping("/plans/{plan}/edit/parties/{id}/reorder")
	String reorder(@PathVariable String plan, @PathVariable long id,
			@RequestParam(defaultValue = "down") String direction, @RequestParam(defaultValue = "-1") String version,
			FormPost post) {
		editor.plan(plan);
		return PART.reorder(post, plan, id, direction,
				step -> editing.reorderParty(plan, id, step, FormValues.version(version)));
	}

	@GetMapping("/plans/{plan}/edit/parties/{id}/delete")
	String confirmDelete(@PathVariable String plan, @PathVariable long id, Model model) {
		return PART.deletePage(model, editor.plan(plan), editing.party(plan, id), FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/parties/{id}/delete")
	String delete(@PathVariable String plan, @PathVariable long id, @RequestParam(defaultValue = "-1") String version,
			@RequestParam(defaultValue = "false") boolean removeFromItems, FormPost post) {
		Plan current = editor.plan(plan);
		return post.write(() -> {
			EditableParty party = editing.party(plan, id);
			editing.deleteParty(plan, id, FormValues.version(version), removeFromItems);
			return party;
		})
			.whenInvalid(errors -> PART.deletePage(post.model(), current, editing.party(plan, id), errors))
			.whenConflict(stale -> {
				post.model().addAttribute("staleNotice", true);
				return PART.deletePage(post.model(), current, editing.party(plan, id), FormErrors.none());
			})
			.answer(party -> post.redirect(PART.list(plan), "plan.parties.deleted", party.code()));
	}

	/**
	 * The frame every part's form has, with what only a party's form shows: the kinds, and the stored
	 * party (null for a new one).
	 */
	private String formPage(Model model, Plan plan, PartyForm form, EditableParty party, FormErrors errors) {
		model.addAttribute("party", party);
		model.addAttribute("kinds", PartyKind.values());
		return PART.formPage(model, plan, form, errors);
	}

	private static PartyForm stored(EditableParty party) {
		return new PartyForm(party.id(), party.code(), party.name(), party.kind().name(),
				String.valueOf(party.version()));
	}
}
