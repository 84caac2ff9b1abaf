package no.planspor.plan.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import no.planspor.plan.Adoption;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.Unit;
import no.planspor.plan.editing.PlanDetailsEditing;
import no.planspor.plan.editing.PlanDetailsEditing.PlanDetails;
import no.planspor.plan.editing.PlanDetailsEditing.PlanDraft;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;
import no.planspor.web.ConflictRow;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/**
 * "Ny plan", and the plan editor's first tab ("Om planen"): the plan's facts and its status. The other
 * tabs have pages of their own: {@link ItemPlacePages}, {@link SectionPages}, {@link ReferencePages},
 * {@link PartyPages}, {@link ItemArchivePages}.
 */
@Controller
class PlanDetailsPages {

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

	private final PlanDetailsEditing editing;

	private final PlanEditor editor;

	PlanDetailsPages(PlanReader plans, PlanDetailsEditing editing, PlanEditor editor) {
		this.plans = plans;
		this.editing = editing;
		this.editor = editor;
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
	String create(@ModelAttribute("form") NewPlanForm form, FormPost post) {
		requireCreator();
		List<Problem> problems = new ArrayList<>();
		PlanKind kind = FormValues.choice(form.kind(), PlanKind.class, "kind", problems);
		Integer from = FormValues.integer(form.periodFrom(), "periodFrom", problems);
		Integer to = FormValues.integer(form.periodTo(), "periodTo", problems);
		String parent = kind == PlanKind.STRATEGY ? null : form.parentCode();
		return post.write(() -> editing.create(new PlanDraft(form.code(), kind, form.title(), form.unitCode(), from, to,
				parent)))
			.reading(problems)
			.labels("plan.new.field.")
			.whenInvalid(errors -> newPlanPage(post.model(), form, errors))
			.answer(created -> post.redirect(EditPaths.structure(created.code(), null), "plan.new.created",
					created.title()));
	}

	private String newPlanPage(Model model, NewPlanForm form, FormErrors errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("units", editing.unitsForPlans());
		model.addAttribute("strategies", editing.strategies());
		return "plan/new";
	}

	private void requireCreator() {
		if (!editing.mayCreatePlans()) {
			throw new AccessDeniedException("May not create plans");
		}
	}

	// ---------------------------------------------------------------------------------------------
	// Om planen: details and status

	@GetMapping("/plans/{plan}/edit")
	String details(@PathVariable String plan, Model model) {
		Plan current = editor.plan(plan);
		return detailsPage(model, current, DetailsForm.of(current), StatusForm.of(current));
	}

	@PostMapping("/plans/{plan}/edit/details")
	String saveDetails(@PathVariable String plan, @ModelAttribute("details") DetailsForm form, FormPost post) {
		Plan current = editor.plan(plan);
		List<Problem> problems = new ArrayList<>();
		Integer from = FormValues.integer(form.periodFrom(), "periodFrom", problems);
		Integer to = FormValues.integer(form.periodTo(), "periodTo", problems);
		return post.write(() -> editing.editDetails(plan,
				new PlanDetails(form.title(), form.unitCode(), from, to, form.parentCode()),
				FormValues.version(form.version())))
			.reading(problems)
			.labels("plan.details.field.")
			.whenInvalid("detailErrors", () -> detailsPage(post.model(), current, form, StatusForm.of(current)))
			.whenConflict(stale -> {
				Plan stored = plans.get(plan);
				DetailsForm storedForm = DetailsForm.of(stored);
				List<ConflictRow> rows = new ArrayList<>();
				editor.conflictRow(rows, post.locale(), "plan.details.field.title", storedForm.title(), form.title());
				editor.conflictRow(rows, post.locale(), "plan.details.field.unitCode", storedForm.unitCode(),
						form.unitCode());
				editor.conflictRow(rows, post.locale(), "plan.details.field.periodFrom", storedForm.periodFrom(),
						form.periodFrom());
				editor.conflictRow(rows, post.locale(), "plan.details.field.periodTo", storedForm.periodTo(),
						form.periodTo());
				editor.conflictRow(rows, post.locale(), "plan.details.field.parentCode", storedForm.parentCode(),
						form.parentCode());
				post.model().addAttribute("detailConflict", rows);
				return detailsPage(post.model(), stored, storedForm, StatusForm.of(stored));
			})
			.answer(saved -> post.redirect(EditPaths.editPlan(saved.code()), "plan.details.saved"));
	}

	@PostMapping("/plans/{plan}/edit/status")
	String saveStatus(@PathVariable String plan, @ModelAttribute("status") StatusForm form, FormPost post) {
		Plan current = editor.plan(plan);
		List<Problem> problems = new ArrayList<>();
		PlanStatus status = FormValues.choice(form.status(), PlanStatus.class, "status", problems);
		Adoption adoption = new Adoption(FormValues.date(form.adoptedOn(), "adoptedOn", problems), form.adoptedBy(),
				form.adoptionNote());
		return post.write(() -> {
			// An unreadable status or date is not an empty one: nothing is written until the form reads.
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
			editing.changeStatus(plan, status, adoption, FormValues.version(form.version()));
		})
			.labels("plan.status.field.")
			.whenInvalid("statusErrors", () -> detailsPage(post.model(), current, DetailsForm.of(current), form))
			.whenConflict(stale -> {
				Plan stored = plans.get(plan);
				StatusForm storedForm = StatusForm.of(stored);
				List<ConflictRow> rows = new ArrayList<>();
				editor.conflictRow(rows, post.locale(), "plan.status.field.status",
						post.text("plan.status." + storedForm.status()),
						form.status() == null || form.status().isBlank() ? "" : post.text("plan.status." + form.status()));
				editor.conflictRow(rows, post.locale(), "plan.status.field.adoptedOn", storedForm.adoptedOn(),
						form.adoptedOn());
				editor.conflictRow(rows, post.locale(), "plan.status.field.adoptedBy", storedForm.adoptedBy(),
						form.adoptedBy());
				editor.conflictRow(rows, post.locale(), "plan.status.field.adoptionNote", storedForm.adoptionNote(),
						form.adoptionNote());
				post.model().addAttribute("statusConflict", rows);
				return detailsPage(post.model(), stored, DetailsForm.of(stored), storedForm);
			})
			.answer(() -> post.redirect(EditPaths.editPlan(plan) + "#status-section", "plan.status.saved"));
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
		// Submitted is reached (and left again for a draft) through the plan page's adoption panel only.
		model.addAttribute("statuses", java.util.Arrays.stream(PlanStatus.values())
			.filter(s -> s != PlanStatus.SUBMITTED || plan.status() == PlanStatus.SUBMITTED)
			.toList());
		for (String name : List.of("detailErrors", "statusErrors")) {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, FormErrors.none());
			}
		}
		return "plan/edit-details";
	}
}
