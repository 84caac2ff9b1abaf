package no.planspor.plan;

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

import no.planspor.account.Permissions;
import no.planspor.plan.PlanEditing.EditableParty;
import no.planspor.plan.PlanEditing.EditableSection;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;
import no.planspor.web.ConflictRow;
import no.planspor.web.FormErrors;

/** The plan editor's tabs for its running text (sections), its references and its parties. */
@Controller
class PlanPartsPages {

	/** How many empty rows the references form offers for new references. */
	static final int NEW_REFERENCE_ROWS = 2;

	/** A section form as stored or typed; id null for a new section. */
	record SectionForm(Long id, String heading, String body, String version) {
	}

	/** A party form as stored or typed; id null for a new party. */
	record PartyForm(Long id, String code, String name, String kind, String version) {
	}

	/** One row of the references form. */
	record ReferenceRow(String title, String url, boolean remove) {
	}

	private final PlanReader plans;

	private final PlanEditing editing;

	private final Permissions permissions;

	private final MessageSource messages;

	PlanPartsPages(PlanReader plans, PlanEditing editing, Permissions permissions, MessageSource messages) {
		this.plans = plans;
		this.editing = editing;
		this.permissions = permissions;
		this.messages = messages;
	}

	// ---------------------------------------------------------------------------------------------
	// Sections

	@GetMapping("/plans/{plan}/edit/sections")
	String sections(@PathVariable String plan, Model model) {
		Plan current = editable(plan);
		model.addAttribute("plan", current);
		model.addAttribute("tab", "sections");
		model.addAttribute("sections", editing.sections(plan));
		return "plan/edit-sections";
	}

	@GetMapping("/plans/{plan}/edit/sections/new")
	String newSection(@PathVariable String plan, Model model) {
		return sectionPage(model, editable(plan), new SectionForm(null, "", "", "0"), FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/sections")
	String addSection(@PathVariable String plan, @RequestParam(defaultValue = "") String heading,
			@RequestParam(defaultValue = "") String body, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		Plan current = editable(plan);
		try {
			EditableSection added = editing.addSection(plan, heading, body);
			redirect.addFlashAttribute("notice", text(locale, "plan.sections.added"));
			return "redirect:" + EditPaths.editPlan(plan) + "/sections#section-" + added.id();
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return sectionPage(model, current, new SectionForm(null, heading, body, "0"),
					FormErrors.of(ex.problems(), messages, locale, "plan.sections.field."));
		}
	}

	@GetMapping("/plans/{plan}/edit/sections/{id}")
	String section(@PathVariable String plan, @PathVariable long id, Model model) {
		Plan current = editable(plan);
		EditableSection section = findSection(plan, id);
		return sectionPage(model, current,
				new SectionForm(id, section.heading(), section.body(), String.valueOf(section.version())),
				FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/sections/{id}")
	String saveSection(@PathVariable String plan, @PathVariable long id,
			@RequestParam(defaultValue = "") String heading, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "-1") String version, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = editable(plan);
		SectionForm typed = new SectionForm(id, heading, body, version);
		try {
			editing.editSection(plan, id, heading, body, PlanEditPages.version(version));
			redirect.addFlashAttribute("notice", text(locale, "plan.sections.saved"));
			return "redirect:" + EditPaths.editPlan(plan) + "/sections#section-" + id;
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return sectionPage(model, current, typed, FormErrors.of(ex.problems(), messages, locale, "plan.sections.field."));
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			EditableSection stored = findSection(plan, id);
			List<ConflictRow> rows = new ArrayList<>();
			row(rows, locale, "plan.sections.field.heading", stored.heading(), heading);
			row(rows, locale, "plan.sections.field.body", stored.body(), body);
			model.addAttribute("conflict", rows);
			return sectionPage(model, current,
					new SectionForm(id, stored.heading(), stored.body(), String.valueOf(stored.version())),
					FormErrors.none());
		}
	}

	@PostMapping("/plans/{plan}/edit/sections/{id}/reorder")
	String reorderSection(@PathVariable String plan, @PathVariable long id,
			@RequestParam(defaultValue = "down") String direction, @RequestParam(defaultValue = "-1") String version,
			Locale locale, RedirectAttributes redirect) {
		editable(plan);
		try {
			editing.reorderSection(plan, id, "up".equals(direction) ? -1 : 1, PlanEditPages.version(version));
		}
		catch (Conflict ex) {
			redirect.addFlashAttribute("warning", text(locale, "plan.parts.stale"));
		}
		return "redirect:" + EditPaths.editPlan(plan) + "/sections#section-" + id;
	}

	@GetMapping("/plans/{plan}/edit/sections/{id}/delete")
	String confirmSectionDelete(@PathVariable String plan, @PathVariable long id, Model model) {
		model.addAttribute("plan", editable(plan));
		model.addAttribute("section", findSection(plan, id));
		return "plan/section-delete";
	}

	@PostMapping("/plans/{plan}/edit/sections/{id}/delete")
	String deleteSection(@PathVariable String plan, @PathVariable long id,
			@RequestParam(defaultValue = "-1") String version, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = editable(plan);
		try {
			editing.deleteSection(plan, id, PlanEditPages.version(version));
			redirect.addFlashAttribute("notice", text(locale, "plan.sections.deleted"));
			return "redirect:" + EditPaths.editPlan(plan) + "/sections";
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("plan", current);
			model.addAttribute("section", findSection(plan, id));
			model.addAttribute("staleNotice", true);
			return "plan/section-delete";
		}
	}

	private String sectionPage(Model model, Plan plan, SectionForm form, FormErrors errors) {
		model.addAttribute("plan", plan);
		model.addAttribute("tab", "sections");
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "plan/section-form";
	}

	private EditableSection findSection(String plan, long id) {
		return editing.sections(plan)
			.stream()
			.filter(s -> s.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFound("plan.section.not-found", plan, id));
	}

	// ---------------------------------------------------------------------------------------------
	// References

	@GetMapping("/plans/{plan}/edit/references")
	String references(@PathVariable String plan, Model model) {
		Plan current = editable(plan);
		List<ReferenceRow> rows = new ArrayList<>(plans.tree(plan)
			.references()
			.stream()
			.map(r -> new ReferenceRow(r.title(), r.url(), false))
			.toList());
		return referencesPage(model, current, rows, String.valueOf(current.version()), FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/references")
	String saveReferences(@PathVariable String plan,
			@RequestParam(name = "title", required = false) List<String> titles,
			@RequestParam(name = "url", required = false) List<String> urls,
			@RequestParam(name = "remove", required = false) List<String> removes,
			@RequestParam(defaultValue = "-1") String version, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = editable(plan);
		List<ReferenceRow> rows = new ArrayList<>();
		int count = titles == null ? 0 : titles.size();
		for (int i = 0; i < count; i++) {
			String url = urls != null && i < urls.size() ? urls.get(i) : "";
			rows.add(new ReferenceRow(titles.get(i), url, removes != null && removes.contains(String.valueOf(i))));
		}
		// Kept rows in order; an empty new row is no reference. Errors name the row as the form shows it.
		List<Reference> kept = new ArrayList<>();
		List<Integer> rowOf = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			ReferenceRow row = rows.get(i);
			if (row.remove() || (blank(row.title()) && blank(row.url()))) {
				continue;
			}
			kept.add(new Reference(row.title(), row.url()));
			rowOf.add(i);
		}
		try {
			editing.setReferences(plan, kept, PlanEditPages.version(version));
			redirect.addFlashAttribute("notice", text(locale, "plan.references.saved"));
			return "redirect:" + EditPaths.editPlan(plan) + "/references";
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			List<Problem> byRow = ex.problems().stream().map(p -> {
				java.util.regex.Matcher m = java.util.regex.Pattern.compile("references\\[(\\d+)](.*)").matcher(p.path());
				return m.matches() ? Problem.of("references[" + rowOf.get(Integer.parseInt(m.group(1))) + "]" + m.group(2),
						p.code(), p.args().toArray()) : p;
			}).toList();
			return referencesPage(model, current, rows, version, FormErrors.of(byRow, messages, locale, null));
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Plan stored = plans.get(plan);
			List<ReferenceRow> storedRows = new ArrayList<>(plans.tree(plan)
				.references()
				.stream()
				.map(r -> new ReferenceRow(r.title(), r.url(), false))
				.toList());
			model.addAttribute("typedReferences", kept);
			return referencesPage(model, stored, storedRows, String.valueOf(stored.version()), FormErrors.none());
		}
	}

	private String referencesPage(Model model, Plan plan, List<ReferenceRow> rows, String version, FormErrors errors) {
		List<ReferenceRow> all = new ArrayList<>(rows);
		for (int i = 0; i < NEW_REFERENCE_ROWS; i++) {
			all.add(new ReferenceRow("", "", false));
		}
		model.addAttribute("plan", plan);
		model.addAttribute("tab", "references");
		model.addAttribute("rows", all);
		model.addAttribute("existing", rows.size());
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		if (!model.containsAttribute("typedReferences")) {
			model.addAttribute("typedReferences", null);
		}
		return "plan/edit-references";
	}

	// ---------------------------------------------------------------------------------------------
	// Parties

	@GetMapping("/plans/{plan}/edit/parties")
	String parties(@PathVariable String plan, Model model) {
		Plan current = editable(plan);
		model.addAttribute("plan", current);
		model.addAttribute("tab", "parties");
		model.addAttribute("parties", editing.parties(plan));
		return "plan/edit-parties";
	}

	@GetMapping("/plans/{plan}/edit/parties/new")
	String newParty(@PathVariable String plan, Model model) {
		return partyPage(model, editable(plan), new PartyForm(null, "", "", PartyKind.ROLE.name(), "0"), null,
				FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/parties")
	String addParty(@PathVariable String plan, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = editable(plan);
		List<Problem> problems = new ArrayList<>();
		PartyKind chosen = FormValues.choice(kind, PartyKind.class, "kind", problems);
		try {
			EditableParty added = editing.addParty(plan, code, name, chosen);
			redirect.addFlashAttribute("notice", text(locale, "plan.parties.added", added.code()));
			return "redirect:" + EditPaths.editPlan(plan) + "/parties#party-" + added.id();
		}
		catch (InvalidInput ex) {
			problems.addAll(ex.problems());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return partyPage(model, current, new PartyForm(null, code, name, kind, "0"), null,
					FormErrors.of(PlanEditPages.withoutDuplicates(problems), messages, locale, "plan.parties.field."));
		}
	}

	@GetMapping("/plans/{plan}/edit/parties/{id}")
	String party(@PathVariable String plan, @PathVariable long id, Model model) {
		Plan current = editable(plan);
		EditableParty party = findParty(plan, id);
		return partyPage(model, current, new PartyForm(id, party.code(), party.name(), party.kind().name(),
				String.valueOf(party.version())), party, FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/parties/{id}")
	String saveParty(@PathVariable String plan, @PathVariable long id, @RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String kind,
			@RequestParam(defaultValue = "-1") String version, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = editable(plan);
		List<Problem> problems = new ArrayList<>();
		PartyKind chosen = FormValues.choice(kind, PartyKind.class, "kind", problems);
		try {
			editing.editParty(plan, id, code, name, chosen, PlanEditPages.version(version));
			redirect.addFlashAttribute("notice", text(locale, "plan.parties.saved", code.strip()));
			return "redirect:" + EditPaths.editPlan(plan) + "/parties#party-" + id;
		}
		catch (InvalidInput ex) {
			problems.addAll(ex.problems());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return partyPage(model, current, new PartyForm(id, code, name, kind, version), findParty(plan, id),
					FormErrors.of(PlanEditPages.withoutDuplicates(problems), messages, locale, "plan.parties.field."));
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			EditableParty stored = findParty(plan, id);
			List<ConflictRow> rows = new ArrayList<>();
			row(rows, locale, "plan.parties.field.code", stored.code(), code);
			row(rows, locale, "plan.parties.field.name", stored.name(), name);
			row(rows, locale, "plan.parties.field.kind", text(locale, "plan.party-kind." + stored.kind()),
					chosen == null ? kind : text(locale, "plan.party-kind." + chosen));
			model.addAttribute("conflict", rows);
			return partyPage(model, current, new PartyForm(id, stored.code(), stored.name(), stored.kind().name(),
					String.valueOf(stored.version())), stored, FormErrors.none());
		}
	}

	@PostMapping("/plans/{plan}/edit/parties/{id}/reorder")
	String reorderParty(@PathVariable String plan, @PathVariable long id,
			@RequestParam(defaultValue = "down") String direction, @RequestParam(defaultValue = "-1") String version,
			Locale locale, RedirectAttributes redirect) {
		editable(plan);
		try {
			editing.reorderParty(plan, id, "up".equals(direction) ? -1 : 1, PlanEditPages.version(version));
		}
		catch (Conflict ex) {
			redirect.addFlashAttribute("warning", text(locale, "plan.parts.stale"));
		}
		return "redirect:" + EditPaths.editPlan(plan) + "/parties#party-" + id;
	}

	@GetMapping("/plans/{plan}/edit/parties/{id}/delete")
	String confirmPartyDelete(@PathVariable String plan, @PathVariable long id, Model model) {
		return partyDeletePage(model, editable(plan), findParty(plan, id), FormErrors.none());
	}

	@PostMapping("/plans/{plan}/edit/parties/{id}/delete")
	String deleteParty(@PathVariable String plan, @PathVariable long id,
			@RequestParam(defaultValue = "-1") String version,
			@RequestParam(defaultValue = "false") boolean removeFromItems, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = editable(plan);
		try {
			EditableParty party = findParty(plan, id);
			editing.deleteParty(plan, id, PlanEditPages.version(version), removeFromItems);
			redirect.addFlashAttribute("notice", text(locale, "plan.parties.deleted", party.code()));
			return "redirect:" + EditPaths.editPlan(plan) + "/parties";
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return partyDeletePage(model, current, findParty(plan, id), FormErrors.of(ex.problems(), messages, locale, null));
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("staleNotice", true);
			return partyDeletePage(model, current, findParty(plan, id), FormErrors.none());
		}
	}

	private String partyPage(Model model, Plan plan, PartyForm form, EditableParty party, FormErrors errors) {
		model.addAttribute("plan", plan);
		model.addAttribute("tab", "parties");
		model.addAttribute("form", form);
		model.addAttribute("party", party);
		model.addAttribute("kinds", PartyKind.values());
		model.addAttribute("errors", errors);
		return "plan/party-form";
	}

	private String partyDeletePage(Model model, Plan plan, EditableParty party, FormErrors errors) {
		model.addAttribute("plan", plan);
		model.addAttribute("party", party);
		model.addAttribute("errors", errors);
		return "plan/party-delete";
	}

	private EditableParty findParty(String plan, long id) {
		return editing.parties(plan)
			.stream()
			.filter(p -> p.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFound("plan.party.not-found", plan, id));
	}

	// ---------------------------------------------------------------------------------------------

	private Plan editable(String plan) {
		Plan current = plans.get(plan);
		permissions.requireEditPlansOf(current.unit().id());
		return current;
	}

	private void row(List<ConflictRow> rows, Locale locale, String label, String stored, String typed) {
		ConflictRow.addIfDifferent(rows, text(locale, label), stored, typed);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private String text(Locale locale, String code, Object... args) {
		return messages.getMessage(code, args, code, locale);
	}
}
