package no.planspor.followup.indicator;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.account.Permissions;
import no.planspor.followup.status.PageAddresses;
import no.planspor.plan.Indicator;
import no.planspor.plan.IndicatorTargets;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Target;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/**
 * Setting an indicator's target in the browser: the form starts from the current target, or from what
 * {@link TargetParser} proposes for the indicator's text (or empty, saying the text gives no number);
 * the person confirms or edits it, and it is saved through {@link IndicatorTargets#setTarget}, which
 * refuses a stale version (the form then shows the target as it is now, keeping what was typed).
 */
@Controller
class TargetPages {

	static final String PATH = "/plans/{plan}/items/{item}/indicators/{n}/target";

	/** The form's fields in their order on the page, for the error summary. */
	private static final List<String> FIELDS = List.of("kind", "value", "unit", "per", "baselineValue",
			"baselineAsOf", "due");

	private final PlanReader plans;

	private final IndicatorTargets targets;

	private final Permissions permissions;

	private final TargetParser parser = new TargetParser();

	TargetPages(PlanReader plans, IndicatorTargets targets, Permissions permissions) {
		this.plans = plans;
		this.targets = targets;
		this.permissions = permissions;
	}

	/** The page a "Foreslå mål" or "Endre mål" button leads to. */
	record TargetPage(PlanTree tree, PlanItem item, Indicator indicator, Target proposal, boolean proposed) {

		public boolean hasTarget() {
			return indicator.target() != null;
		}
	}

	@GetMapping(PATH)
	String form(@PathVariable String plan, @PathVariable String item, @PathVariable int n, Model model) {
		TargetPage page = page(plan, item, n);
		Target start = page.hasTarget() ? page.indicator().target() : page.proposal();
		model.addAttribute("page", page);
		model.addAttribute("form", TargetForm.of(start, page.indicator().version(), page.tree().plan().periodTo()));
		model.addAttribute("errors", FormErrors.none());
		return "followup/target-form";
	}

	@PostMapping(PATH)
	String save(@PathVariable String plan, @PathVariable String item, @PathVariable int n, TargetForm form,
			@RequestParam(defaultValue = "save") String action, FormPost post) {
		TargetPage page = page(plan, item, n);
		var period = page.tree().plan();
		boolean clear = "clear".equals(action);
		TargetForm.Read read = clear ? new TargetForm.Read(null, List.of())
				: form.read(period.periodFrom(), period.periodTo());
		Model model = post.model();
		return post.write(() -> {
			if (!read.problems().isEmpty()) {
				throw new InvalidInput(read.problems());
			}
			targets.setTarget(plan, item, n, read.target(), form.versionNumber());
		})
			// One that is about no field of the form (from the service's own checks) is about the whole form.
			.problems(problem -> FIELDS.contains(problem.path()) ? problem : new Problem("$", problem.code(), problem.args()))
			.errors(TargetPages::linked)
			.whenInvalid(errors -> {
				model.addAttribute("page", page);
				model.addAttribute("form", form);
				model.addAttribute("errors", errors);
				return "followup/target-form";
			})
			.whenConflict(stale -> {
				// Show the target as it is now beside what was typed; saving again overwrites it knowingly.
				Indicator current = stale.current() instanceof Indicator now ? now : page.indicator();
				model.addAttribute("page", new TargetPage(page.tree(), page.item(), current, page.proposal(), page.proposed()));
				model.addAttribute("form", form.withVersion(current.version()));
				model.addAttribute("errors", FormErrors.none());
				model.addAttribute("conflict", current);
				model.addAttribute("conflictCleared", clear);
				return "followup/target-form";
			})
			.answer(() -> post.redirect(PageAddresses.itemPage(plan, item) + "#indicator-" + n,
					clear ? "target.form.cleared" : "target.form.saved", n));
	}

	private TargetPage page(String planCode, String itemCode, int n) {
		PlanTree tree = plans.tree(planCode);
		permissions.requireEditPlansOf(tree.plan().unit().id());
		PlanItem item = tree.requireItem(itemCode);
		if (n < 1 || n > item.indicators().size()) {
			throw new NotFound("plan.indicator.not-found", planCode, itemCode, n);
		}
		Indicator indicator = item.indicators().get(n - 1);
		Target proposal = parser.propose(indicator.text()).orElse(null);
		return new TargetPage(tree, item, indicator, proposal, proposal != null);
	}

	/**
	 * The problems in the form's order; one about the whole form links to it. The kind is a group of
	 * radio buttons, reached through the first.
	 */
	private static FormErrors linked(FormErrors errors) {
		return errors.inOrder(FIELDS).linking(field -> switch (field) {
			case FormErrors.FORM -> "target-form";
			case "kind" -> "kind-COUNT";
			default -> field;
		});
	}
}
