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

import no.planspor.plan.Plan;
import no.planspor.plan.editing.SectionEditing;
import no.planspor.plan.editing.SectionEditing.EditableSection;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.web.ConflictRow;
import no.planspor.web.FormErrors;

/** The plan editor's tab for the plan's running text ("Tekst"): its sections, each with a form of its own. */
@Controller
class SectionPages {

	static final String LABELS = "plan.sections.field.";

	/** A section form as stored or typed; id null for a new section. */
	record SectionForm(Long id, String heading, String body, String version) {
	}

	private final SectionEditing editing;

	private final PlanEditor editor;

	private final MessageSource messages;

	SectionPages(SectionEditing editing, PlanEditor editor, MessageSource messages) {
		this.editing = editing;
		this.editor = editor;
		this.messages = messages;
	}

	@GetMapping("/plans/{plan}/edit/sections")
	String sections(@PathVariable String plan, Model model) {
		model.addAttribute("plan", editor.plan(plan));
		model.addAttribute("tab", "sections");
		model.addAttribute("sections", editing.sections(plan));
		return "plan/edit-sections";
	}

	@GetMapping("/plans/{plan}/edit/sections/new")
	String newSection(@PathVariable String plan, Model model) {
		return formPage(model, editor.plan(plan), new SectionForm(null, "", "", "0"), FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/sections")
	String add(@PathVariable String plan, @RequestParam(defaultValue = "") String heading,
			@RequestParam(defaultValue = "") String body, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		Plan current = editor.plan(plan);
		try {
			EditableSection added = editing.addSection(plan, heading, body);
			redirect.addFlashAttribute("notice", editor.text(locale, "plan.sections.added"));
			return "redirect:" + anchor(plan, added.id());
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formPage(model, current, new SectionForm(null, heading, body, "0"),
					FormErrors.of(ex.problems(), messages, locale, LABELS));
		}
	}

	@GetMapping("/plans/{plan}/edit/sections/{id}")
	String section(@PathVariable String plan, @PathVariable long id, Model model) {
		Plan current = editor.plan(plan);
		return formPage(model, current, stored(editing.section(plan, id)), FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/sections/{id}")
	String save(@PathVariable String plan, @PathVariable long id, @RequestParam(defaultValue = "") String heading,
			@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "-1") String version,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = editor.plan(plan);
		try {
			editing.editSection(plan, id, heading, body, FormValues.version(version));
			redirect.addFlashAttribute("notice", editor.text(locale, "plan.sections.saved"));
			return "redirect:" + anchor(plan, id);
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return formPage(model, current, new SectionForm(id, heading, body, version),
					FormErrors.of(ex.problems(), messages, locale, LABELS));
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			EditableSection stored = editing.section(plan, id);
			List<ConflictRow> rows = new ArrayList<>();
			editor.conflictRow(rows, locale, LABELS + "heading", stored.heading(), heading);
			editor.conflictRow(rows, locale, LABELS + "body", stored.body(), body);
			model.addAttribute("conflict", rows);
			return formPage(model, current, stored(stored), FormErrors.none());
		}
	}

	@PostMapping("/plans/{plan}/edit/sections/{id}/reorder")
	String reorder(@PathVariable String plan, @PathVariable long id,
			@RequestParam(defaultValue = "down") String direction, @RequestParam(defaultValue = "-1") String version,
			Locale locale, RedirectAttributes redirect) {
		editor.plan(plan);
		try {
			editing.reorderSection(plan, id, "up".equals(direction) ? -1 : 1, FormValues.version(version));
		}
		catch (Conflict ex) {
			redirect.addFlashAttribute("warning", editor.text(locale, "plan.parts.stale"));
		}
		return "redirect:" + anchor(plan, id);
	}

	@GetMapping("/plans/{plan}/edit/sections/{id}/delete")
	String confirmDelete(@PathVariable String plan, @PathVariable long id, Model model) {
		model.addAttribute("plan", editor.plan(plan));
		model.addAttribute("section", editing.section(plan, id));
		return "plan/section-delete";
	}

	@PostMapping("/plans/{plan}/edit/sections/{id}/delete")
	String delete(@PathVariable String plan, @PathVariable long id, @RequestParam(defaultValue = "-1") String version,
			Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = editor.plan(plan);
		try {
			editing.deleteSection(plan, id, FormValues.version(version));
			redirect.addFlashAttribute("notice", editor.text(locale, "plan.sections.deleted"));
			return "redirect:" + EditPaths.editPlan(plan) + "/sections";
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("plan", current);
			model.addAttribute("section", editing.section(plan, id));
			model.addAttribute("staleNotice", true);
			return "plan/section-delete";
		}
	}

	private String formPage(Model model, Plan plan, SectionForm form, FormErrors errors) {
		model.addAttribute("plan", plan);
		model.addAttribute("tab", "sections");
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "plan/section-form";
	}

	private static SectionForm stored(EditableSection section) {
		return new SectionForm(section.id(), section.heading(), section.body(), String.valueOf(section.version()));
	}

	private static String anchor(String plan, long id) {
		return EditPaths.editPlan(plan) + "/sections#section-" + id;
	}
}
