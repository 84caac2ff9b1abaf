package no.planspor.adoption.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import no.planspor.adoption.PlanAdoption;
import no.planspor.exchange.PlanCopies;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanSummary;
import no.planspor.shared.Problem;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/**
 * "Ny plan fra denne" (/plans/{plan}/next): the form that copies a plan into its next period as a draft,
 * filled in with the period after this one. Editors of the plan's unit and administrators.
 */
@Controller
class NextPlanPages {

	private final PlanAdoption adoption;

	private final PlanReader plans;

	NextPlanPages(PlanAdoption adoption, PlanReader plans) {
		this.adoption = adoption;
		this.plans = plans;
	}

	/**
	 * The form as typed; years stay text so that what was typed comes back as it was. {@code onlyOpen} is
	 * null when its box is not ticked (a browser sends nothing for it).
	 */
	record NextForm(String code, String title, String periodFrom, String periodTo, Boolean onlyOpen, String parent) {

		/** The period after {@code plan}'s, as long as it: TIK 2022-2025 → 2026-2029, with codes and titles to match. */
		static NextForm after(Plan plan) {
			int from = plan.periodTo() + 1;
			int to = from + plan.periodTo() - plan.periodFrom();
			String code = renamed(plan.code(), plan, from, to);
			// A code without the period in it would be offered back as it is, and that code is taken.
			return new NextForm(code.equals(plan.code()) ? code + "-" + from + "-" + to : code,
					renamed(plan.title(), plan, from, to),
					String.valueOf(from), String.valueOf(to), true, plan.parentCode() == null ? "" : plan.parentCode());
		}

		private static String renamed(String text, Plan plan, int from, int to) {
			return text.replace(plan.periodFrom() + "-" + plan.periodTo(), from + "-" + to)
				.replace(plan.periodFrom() + "–" + plan.periodTo(), from + "–" + to);
		}
	}

	@GetMapping("/plans/{plan}/next")
	String form(@PathVariable String plan, Model model) {
		Plan source = plans.get(plan);
		if (!adoption.mayCopy(source)) {
			throw new AccessDeniedException("May not copy plan " + plan);
		}
		return page(model, source, NextForm.after(source), FormErrors.none());
	}

	@PostMapping("/plans/{plan}/next")
	String copy(@PathVariable String plan, @ModelAttribute("form") NextForm form, FormPost post) {
		Plan source = plans.get(plan);
		List<Problem> problems = new ArrayList<>();
		Integer from = year(form.periodFrom(), "periodFrom", problems);
		Integer to = year(form.periodTo(), "periodTo", problems);
		return post.write(() -> adoption.copy(plan, new PlanCopies.CopyRequest(form.code(), form.title(), from, to,
				Boolean.TRUE.equals(form.onlyOpen()), form.parent())))
			.reading(problems)
			.labels("adoption.next.field.")
			.problems(problem -> switch (problem.path()) {
				case "period.from" -> Problem.of("periodFrom", problem.code(), problem.args().toArray());
				case "period.to" -> Problem.of("periodTo", problem.code(), problem.args().toArray());
				default -> problem;
			})
			.whenInvalid(errors -> page(post.model(), source, form, errors))
			.answer(copied -> post.redirect("/plans/" + copied.code(), "adoption.next.made", copied.items(),
					copied.measuresLeftOut()));
	}

	private String page(Model model, Plan source, NextForm form, FormErrors errors) {
		List<PlanSummary> strategies = plans.catalogue().stream().filter(p -> p.kind() == PlanKind.STRATEGY).toList();
		model.addAttribute("plan", source);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("strategies", strategies);
		return "adoption/next";
	}

	/** A year as typed; blank is left to the service (which says it is required), anything else not a year is named here. */
	private static Integer year(String raw, String field, List<Problem> problems) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(raw.strip());
		}
		catch (NumberFormatException notAYear) {
			problems.add(Problem.of(field, "adoption.next.year", raw.strip()));
			return null;
		}
	}
}
