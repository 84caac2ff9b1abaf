package no.planspor.plan.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.plan.Plan;
import no.planspor.plan.editing.SectionEditing;
import no.planspor.plan.editing.SectionEditing.EditableSection;
import no.planspor.web.ConflictRow;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/**
 * The plan editor's tab for the plan's running text ("Tekst"): its sections, each with a form of its own.
 * {@link PartyPages} works the same way; what the two share is in {@link PlanPart}.
 */
@Controller
class SectionPages {

	static final String LABELS = "plan.sections.field.";

	private static final PlanPart PART = PlanPart.SECTION;

	/** A section form as stored or typed; id null for a new section. */
	record SectionForm(Long id, String heading, String body, String version) {
	}

	private final SectionEditing editing;

	private final PlanEditor editor;

	SectionPages(SectionEditing editing, PlanEditor editor) {
		this.editing = editing;
		this.editor = editor;
	}

	@GetMapping("/plans/{plan}/edit/sections")
	String sections(@PathVariable String plan, Model model) {
		return PART.listPage(model, editor.plan(plan), editing.sections(plan));
	}

	@GetMapping("/plans/{plan}/edit/sections/new")
	String newSection(@PathVariable String plan, Model model) {
		return PART.formPage(model, editor.plan(plan), new SectionForm(null, "", "", "0"), FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/sections")
	String add(@PathVariable String plan, @RequestParam(defaultValue = "") String heading,
			@RequestParam(defaultValue = "") String body, FormPost post) {
		Plan current = editor.plan(plan);
		return post.write(() -> editing.addSection(plan, heading, body))
			.labels(LABELS)
			.whenInvalid(errors -> PART.formPage(post.model(), current, new SectionForm(null, heading, body, "0"), errors))
			.answer(added -> post.redirect(PART.anchor(plan, added.id()), "plan.sections.added"));
	}

	@GetMapping("/plans/{plan}/edit/sections/{id}")
	String section(@PathVariable String plan, @PathVariable long id, Model model) {
		Plan current = editor.plan(plan);
		return PART.formPage(model, current, stored(editing.section(plan, id)), FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/sections/{id}")
	String save(@PathVariable String plan, @PathVariable long id, @RequestParam(defaultValue = "") String heading,
			@RequestParam(defaultValue = "") String body, @RequestParam(defaultValue = "-1") String version,
			FormPost post) {
		Plan current = editor.plan(plan);
		return post.write(() -> editing.editSection(plan, id, heading, body, FormValues.version(version)))
			.labels(LABELS)
			.whenInvalid(errors -> PART.formPage(post.model(), current, new SectionForm(id, heading, body, version),
					errors))
			.whenConflict(stale -> {
				EditableSection stored = editing.section(plan, id);
				List<ConflictRow> rows = new ArrayList<>();
				editor.conflictRow(rows, post.locale(), LABELS + "heading", stored.heading(), heading);
				editor.conflictRow(rows, post.locale(), LABELS + "body", stored.body(), body);
				post.model().addAttribute("conflict", rows);
				return PART.formPage(post.model(), current, stored(stored), FormErrors.none());
			})
			.answer(() -> post.redirect(PART.anchor(plan, id), "plan.sections.saved"));
	}

	@PostMapping("/plans/{plan}/edit/sections/{id}/reorder")
	String reorder(@PathVariable String plan, @PathVariable long id,
			@RequestParam(defaultValue = "down") String direction, @RequestParam(defaultValue = "-1") String version,
			FormPost post) {
		editor.plan(plan);
		return PART.reorder(post, plan, id, direction,
				step -> editing.reorderSection(plan, id, step, FormValues.version(version)));
	}

	@GetMapping("/plans/{plan}/edit/sections/{id}/delete")
	String confirmDelete(@PathVariable String plan, @PathVariable long id, Model model) {
		return PART.deletePage(model, editor.plan(plan), editing.section(plan, id), FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/sections/{id}/delete")
	String delete(@PathVariable String plan, @PathVariable long id, @RequestParam(defaultValue = "-1") String version,
			FormPost post) {
		Plan current = editor.plan(plan);
		return post.write(() -> editing.deleteSection(plan, id, FormValues.version(version)))
			.whenConflict(stale -> {
				post.model().addAttribute("staleNotice", true);
				return PART.deletePage(post.model(), current, editing.section(plan, id), FormErrors.none());
			})
			.answer(() -> post.redirect(PART.list(plan), "plan.sections.deleted"));
	}

	private static SectionForm stored(EditableSection section) {
		return new SectionForm(section.id(), section.heading(), section.body(), String.valueOf(section.version()));
	}
}
