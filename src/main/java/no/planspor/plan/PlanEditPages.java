package no.planspor.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
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
import no.planspor.plan.PlanEditing.PlanDetails;
import no.planspor.plan.PlanEditing.PlanDraft;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;
import no.planspor.web.ConflictRow;
import no.planspor.web.FormErrors;

/**
 * "Ny plan" and the plan editor: its facts and status, its items as a tree to reorder and act on,
 * and the deleted items to restore. Sections, references and parties have {@link PlanPartsPages}.
 */
@Controller
class PlanEditPages {

	/** The new-plan form as typed. */
	record NewPlanForm(String kind, String title, String code, String unitCode, String periodFrom, String periodTo,
			String parentCode) {
	}

	/** The details form: what is stored, or what the person typed. */
	record DetailsForm(String title, String unitCode, String periodFrom, String periodTo, String parentCode,
			String version) {

		static DetailsForm of(Plan plan) {
			return new DetailsForm(plan.title(), plan.unit().code(), String.valueOf(plan.periodFrom()),
					String.valueOf(plan.periodTo()), plan.parentCode() == null ? "" : plan.parentCode(),
					String.valueOf(plan.version()));
		}
	}

	/** The status form: what is stored, or what the person typed. */
	record StatusForm(String status, String adoptedOn, String adoptedBy, String adoptionNote, String version) {

		static StatusForm of(Plan plan) {
			Adoption adoption = plan.adoption() == null ? new Adoption(null, null, null) : plan.adoption();
			return new StatusForm(plan.status().name(), adoption.on() == null ? "" : adoption.on().toString(),
					adoption.by(), adoption.note(), String.valueOf(plan.version()));
		}
	}

	private final PlanReader plans;

	private final PlanEditing editing;

	private final ItemEditing items;

	private final Permissions permissions;

	private final MessageSource messages;

	PlanEditPages(PlanReader plans, PlanEditing editing, ItemEditing items, Permissions permissions,
			MessageSource messages) {
		this.plans = plans;
		this.editing = editing;
		this.items = items;
		this.permissions = permissions;
		this.messages = messages;
	}

	// ---------------------------------------------------------------------------------------------
	// Ny plan

	@GetMapping("/plans/new")
	String newPlan(Model model) {
		requireCreator();
		List<Unit> units = editing.unitsForPlans();
		return newPlanPage(model, new NewPlanForm(PlanKind.ACTION_PLAN.name(), "", "",
				units.size() == 1 ? units.get(0).code() : "", "", "", ""), FormErrors.none());
	}

	@PostMapping("/plans/new")
	String create(@ModelAttribute("form") NewPlanForm form, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		requireCreator();
		List<Problem> problems = new ArrayList<>();
		PlanKind kind = FormValues.choice(form.kind(), PlanKind.class, "kind", problems);
		Integer from = FormValues.integer(form.periodFrom(), "periodFrom", problems);
		Integer to = FormValues.integer(form.periodTo(), "periodTo", problems);
		String parent = kind == PlanKind.STRATEGY ? null : form.parentCode();
		try {
			Plan created = editing.create(new PlanDraft(form.code(), kind, form.title(), form.unitCode(), from, to, parent));
			redirect.addFlashAttribute("notice", text(locale, "plan.new.created", created.title()));
			return "redirect:" + EditPaths.structure(created.code(), null);
		}
		catch (InvalidInput ex) {
			problems.addAll(ex.problems());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return newPlanPage(model, form, FormErrors.of(withoutDuplicates(problems), messages, locale, "plan.new.field."));
		}
	}

	private String newPlanPage(Model model, NewPlanForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("units", editing.unitsForPlans());
		model.addAttribute("strategies", editing.strategies());
		return "plan/new";
	}

	// ---------------------------------------------------------------------------------------------
	// Om planen: details and status

	@GetMapping("/plans/{plan}/edit")
	String details(@PathVariable String plan, Model model) {
		Plan current = editable(plan);
		return detailsPage(model, current, DetailsForm.of(current), StatusForm.of(current));
	}

	@PostMapping("/plans/{plan}/edit/details")
	String saveDetails(@PathVariable String plan, @ModelAttribute("details") DetailsForm form, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = editable(plan);
		List<Problem> problems = new ArrayList<>();
		Integer from = FormValues.integer(form.periodFrom(), "periodFrom", problems);
		Integer to = FormValues.integer(form.periodTo(), "periodTo", problems);
		try {
			Plan saved = editing.editDetails(plan,
					new PlanDetails(form.title(), form.unitCode(), from, to, form.parentCode()), version(form.version()));
			redirect.addFlashAttribute("notice", text(locale, "plan.details.saved"));
			return "redirect:" + EditPaths.editPlan(saved.code());
		}
		catch (InvalidInput ex) {
			problems.addAll(ex.problems());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("detailErrors", FormErrors.of(withoutDuplicates(problems), messages, locale,
					"plan.details.field."));
			return detailsPage(model, current, form, StatusForm.of(current));
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Plan stored = plans.get(plan);
			DetailsForm storedForm = DetailsForm.of(stored);
			List<ConflictRow> rows = new ArrayList<>();
			row(rows, locale, "plan.details.field.title", storedForm.title(), form.title());
			row(rows, locale, "plan.details.field.unitCode", storedForm.unitCode(), form.unitCode());
			row(rows, locale, "plan.details.field.periodFrom", storedForm.periodFrom(), form.periodFrom());
			row(rows, locale, "plan.details.field.periodTo", storedForm.periodTo(), form.periodTo());
			row(rows, locale, "plan.details.field.parentCode", storedForm.parentCode(), form.parentCode());
			model.addAttribute("detailConflict", rows);
			return detailsPage(model, stored, storedForm, StatusForm.of(stored));
		}
	}

	@PostMapping("/plans/{plan}/edit/status")
	String saveStatus(@PathVariable String plan, @ModelAttribute("status") StatusForm form, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = editable(plan);
		List<Problem> problems = new ArrayList<>();
		PlanStatus status = FormValues.choice(form.status(), PlanStatus.class, "status", problems);
		Adoption adoption = new Adoption(FormValues.date(form.adoptedOn(), "adoptedOn", problems), form.adoptedBy(),
				form.adoptionNote());
		try {
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			editing.changeStatus(plan, status, adoption, version(form.version()));
			redirect.addFlashAttribute("notice", text(locale, "plan.status.saved"));
			return "redirect:" + EditPaths.editPlan(plan) + "#status-section";
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("statusErrors", FormErrors.of(withoutDuplicates(ex.problems()), messages, locale,
					"plan.status.field."));
			return detailsPage(model, current, DetailsForm.of(current), form);
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			Plan stored = plans.get(plan);
			StatusForm storedForm = StatusForm.of(stored);
			List<ConflictRow> rows = new ArrayList<>();
			row(rows, locale, "plan.status.field.status", text(locale, "plan.status." + storedForm.status()),
					form.status() == null || form.status().isBlank() ? "" : text(locale, "plan.status." + form.status()));
			row(rows, locale, "plan.status.field.adoptedOn", storedForm.adoptedOn(), form.adoptedOn());
			row(rows, locale, "plan.status.field.adoptedBy", storedForm.adoptedBy(), form.adoptedBy());
			row(rows, locale, "plan.status.field.adoptionNote", storedForm.adoptionNote(), form.adoptionNote());
			model.addAttribute("statusConflict", rows);
			return detailsPage(model, stored, DetailsForm.of(stored), storedForm);
		}
	}

	private String detailsPage(Model model, Plan plan, DetailsForm details, StatusForm status) {
		model.addAttribute("plan", plan);
		model.addAttribute("tab", "details");
		model.addAttribute("details", details);
		model.addAttribute("status", status);
		List<Unit> units = new ArrayList<>(editing.unitsForPlans());
		if (units.stream().noneMatch(u -> u.id() == plan.unit().id())) {
			units.add(0, plan.unit());
		}
		model.addAttribute("units", units);
		model.addAttribute("strategies", editing.strategies().stream().filter(s -> !s.code().equals(plan.code())).toList());
		model.addAttribute("statuses", PlanStatus.values());
		for (String name : List.of("detailErrors", "statusErrors")) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, FormErrors.none());
			}
		}
		return "plan/edit-details";
	}

	// ---------------------------------------------------------------------------------------------
	// Mål og tiltak: the tree, with reordering

	@GetMapping("/plans/{plan}/edit/items")
	String structure(@PathVariable String plan, Model model) {
		editable(plan);
		return structurePage(model, plans.tree(plan), null, null);
	}

	/**
	 * One step up or down among its siblings. With htmx the answer is the tree alone, with focus kept
	 * on the button that moved the item; without, the page again, scrolled to the item.
	 */
	@PostMapping("/plans/{plan}/items/{item}/reorder")
	String reorder(@PathVariable String plan, @PathVariable String item,
			@RequestParam(defaultValue = "down") String direction, @RequestParam(defaultValue = "-1") String version,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		editable(plan);
		boolean htmx = request.getHeader("HX-Request") != null;
		boolean up = "up".equals(direction);
		try {
			PlanItem moved = items.reorder(plan, item, up ? -1 : 1, version(version));
			if (!htmx) {
				return "redirect:" + EditPaths.structure(plan, moved.id());
			}
			PlanTree now = plans.tree(plan);
			List<PlanItem> siblings = moved.parentId() == null ? now.items() : now.itemsById().get(moved.parentId()).children();
			int place = siblings.stream().map(PlanItem::id).toList().indexOf(moved.id()) + 1;
			model.addAttribute("announcement", text(locale, up ? "plan.structure.moved-up" : "plan.structure.moved-down",
					moved.code(), place, siblings.size()));
			return structurePage(model, now, moved.id(), direction) + " :: tree";
		}
		catch (Conflict ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("stale", true);
			String view = structurePage(model, plans.tree(plan), null, null);
			return htmx ? view + " :: tree" : view;
		}
	}

	private String structurePage(Model model, PlanTree tree, Long movedId, String direction) {
		model.addAttribute("tree", tree);
		model.addAttribute("plan", tree.plan());
		model.addAttribute("tab", "items");
		model.addAttribute("movedId", movedId);
		model.addAttribute("movedDirection", direction);
		return "plan/edit-items";
	}

	// ---------------------------------------------------------------------------------------------
	// Slettede punkter

	@GetMapping("/plans/{plan}/edit/archive")
	String archive(@PathVariable String plan, Model model) {
		Plan current = editable(plan);
		return archivePage(model, current, FormErrors.none(), null);
	}

	@PostMapping("/plans/{plan}/edit/archive/{id}/restore")
	String restore(@PathVariable String plan, @PathVariable long id, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		Plan current = editable(plan);
		try {
			PlanItem restored = items.restore(plan, id);
			redirect.addFlashAttribute("notice", text(locale, "plan.archive.restored", restored.code()));
			return "redirect:" + EditPaths.structure(plan, restored.id());
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return archivePage(model, current, FormErrors.of(ex.problems(), messages, locale, null), id);
		}
	}

	private String archivePage(Model model, Plan plan, FormErrors errors, Long failed) {
		model.addAttribute("plan", plan);
		model.addAttribute("tab", "archive");
		model.addAttribute("archived", items.archived(plan.code()));
		model.addAttribute("errors", errors);
		model.addAttribute("failed", failed);
		return "plan/edit-archive";
	}

	// ---------------------------------------------------------------------------------------------

	private Plan editable(String plan) {
		Plan current = plans.get(plan);
		permissions.requireEditPlansOf(current.unit().id());
		return current;
	}

	private void requireCreator() {
		if (!editing.mayCreatePlans()) {
			throw new org.springframework.security.access.AccessDeniedException("May not create plans");
		}
	}

	private void row(List<ConflictRow> rows, Locale locale, String label, String stored, String typed) {
		ConflictRow.addIfDifferent(rows, text(locale, label), stored, typed);
	}

	/** A field the form could not read needs no second message from the service about the same field. */
	static List<Problem> withoutDuplicates(List<Problem> problems) {
		List<Problem> kept = new ArrayList<>();
		for (Problem problem : problems) {
			if (kept.stream().noneMatch(k -> k.path().equals(problem.path()))) {
				kept.add(problem);
			}
		}
		return kept;
	}

	static int version(String raw) {
		try {
			return Integer.parseInt(raw.strip());
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	private String text(Locale locale, String code, Object... args) {
		return messages.getMessage(code, args, code, locale);
	}
}
