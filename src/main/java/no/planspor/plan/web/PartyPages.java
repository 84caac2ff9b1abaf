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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.planspor.plan.PartyKind;
import no.planspor.plan.Plan;
import no.planspor.plan.editing.PartyEditing;
import no.planspor.plan.editing.PartyEditing.EditableParty;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;
import no.planspor.web.ConflictRow;
import no.planspor.web.FormErrors;

/** The plan editor's tab for the plan's parties ("Ansvarlige"), its table of abbreviations. */
@Controller
class PartyPages {

	static final String LABELS = "plan.parties.field.";

	/** A party form as stored or typed; id null for a new party. */
	record PartyForm(Long id, String code, String name, String kind, String version) {
	}

	private final PartyEditing editing;

	private final PlanEditor editor;

	private final MessageSource messages;

	PartyPages(PartyEditing editing, PlanEditor editor, MessageSource messages) {
		this.editing = editing;
		this.editor = editor;
		this.messages = messages;
	}

	@GetMapping("/plans/{plan}/edit/parties")
	String parties(@PathVariable String plan, Model model) {
		model.addAttribute("plan", editor.plan(plan));
		model.addAttribute("tab", "parties");
		model.addAttribute("parties", editing.parties(plan));
		return "plan/edit-parties";
	}

	@GetMapping("/plans/{plan}/edit/parties/new")
	String newParty(@PathVariable String plan, Model model) {
		return formPage(model, editor.plan(plan), new PartyForm(null, "", "", PartyKind.ROLE.name(), "0"), null,
				FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/parties")
	String add(@PathVariable String plan, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = editor.plan(plan);
		List<Problem> problems = new ArrayList<>();
		PartyKind chosen = FormValues.choice(kind, PartyKind.class, "kind", problems);
		try {
			EditableParty added = editing.addParty(plan, code, name, chosen);
			redirect.addFlashAttribute("notice", editor.text(locale, "plan.parties.added", added.code()));
			return "redirect:" + anchor(plan, added.id());
		}
		catch (InvalidInput ex) {
			problems.addAll(ex.problems());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formPage(model, current, new PartyForm(null, code, name, kind, "0"), null,
					FormErrors.of(FormValues.withoutDuplicates(problems), messages, locale, LABELS));
		}
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
			@RequestParam(defaultValue = "-1") String version, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = editor.plan(plan);
		List<Problem> problems = new ArrayList<>();
		PartyKind chosen = FormValues.choice(kind, PartyKind.class, "kind", problems);
		try {
			editing.editParty(plan, id, code, name, chosen, FormValues.version(version));
			redirect.addFlashAttribute("notice", editor.text(locale, "plan.parties.saved", code.strip()));
			return "redirect:" + anchor(plan, id);
		}
		catch (InvalidInput ex) {
			problems.addAll(ex.problems());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formPage(model, current, new PartyForm(id, code, name, kind, version), editing.party(plan, id),
					FormErrors.of(FormValues.withoutDuplicates(problems), messages, locale, LABELS));
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			EditableParty stored = editing.party(plan, id);
			List<ConflictRow> rows = new ArrayList<>();
			editor.conflictRow(rows, locale, LABELS + "code", stored.code(), code);
			editor.conflictRow(rows, locale, LABELS + "name", stored.name(), name);
			editor.conflictRow(rows, locale, LABELS + "kind", editor.text(locale, "plan.party-kind." + stored.kind()),
					chosen == null ? kind : editor.text(locale, "plan.party-kind." + chosen));
			model.addAttribute("conflict", rows);
			return formPage(model, current, stored(stored), stored, FormErrors.none());
		}
	}

	@PostMapping("/plans/{plan}/edit/parties/{id}/reorder")
	String reorder(@PathVariable String plan, @PathVariable long id,
			@RequestParam(defaultValue = "down") String direction, @RequestParam(defaultValue = "-1") String version,
			Locale locale, RedirectAttributes redirect) {
		editor.plan(plan);
		try {
			editing.reorderParty(plan, id, "up".equals(direction) ? -1 : 1, FormValues.version(version));
		}
		catch (Conflict ex) {
			redirect.addFlashAttribute("warning", editor.text(locale, "plan.parts.stale"));
		}
		return "redirect:" + anchor(plan, id);
	}

	@GetMapping("/plans/{plan}/edit/parties/{id}/delete")
	String confirmDelete(@PathVariable String plan, @PathVariable long id, Model model) {
		return deletePage(model, editor.plan(plan), editing.party(plan, id), FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/parties/{id}/delete")
	String delete(@PathVariable String plan, @PathVariable long id, @RequestParam(defaultValue = "-1") String version,
			@RequestParam(defaultValue = "false") boolean removeFromItems, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = editor.plan(plan);
		try {
			EditableParty party = editing.party(plan, id);
			editing.deleteParty(plan, id, FormValues.version(version), removeFromItems);
			redirect.addFlashAttribute("notice", editor.text(locale, "plan.parties.deleted", party.code()));
			return "redirect:" + EditPaths.editPlan(plan) + "/parties";
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return deletePage(model, current, editing.party(plan, id), FormErrors.of(ex.problems(), messages, locale, null));
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("staleNotice", true);
			return deletePage(model, current, editing.party(plan, id), FormErrors.none());
		}
	}

	private String formPage(Model model, Plan plan, PartyForm form, EditableParty party, FormErrors errors) {
		model.addAttribute("plan", plan);
		model.addAttribute("tab", "parties");
		model.addAttribute("form", form);
		model.addAttribute("party", party);
		model.addAttribute("kinds", PartyKind.values());
		model.addAttribute("errors", errors);
		return "plan/party-form";
	}

	private String deletePage(Model model, Plan plan, EditableParty party, FormErrors errors) {
		model.addAttribute("plan", plan);
		model.addAttribute("party", party);
		model.addAttribute("errors", errors);
		return "plan/party-delete";
	}

	private static PartyForm stored(EditableParty party) {
		return new PartyForm(party.id(), party.code(), party.name(), party.kind().name(),
				String.valueOf(party.version()));
	}

	private static String anchor(String plan, long id) {
		return EditPaths.editPlan(plan) + "/parties#party-" + id;
	}
}
