package no.planspor.followup.indicator;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.followup.FollowUpReader;
import no.planspor.followup.IndicatorPanel;
import no.planspor.followup.IndicatorPanels;
import no.planspor.followup.status.PageAddresses;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.shared.NotFound;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

/**
 * Recording a measurement from the item page. With htmx the answer is the indicator's block, redrawn
 * (progress, chart and history included; with the problems next to the fields when refused); without
 * JavaScript it is a redirect to the item page (post/redirect/get), carrying the typed values and the
 * problems when refused.
 */
@Controller
class MeasurementPages {

	private final Measurements measurements;

	private final IndicatorPanels panels;

	private final FollowUpReader followUps;

	private final PlanReader plans;

	MeasurementPages(Measurements measurements, IndicatorPanels panels, FollowUpReader followUps, PlanReader plans) {
		this.measurements = measurements;
		this.panels = panels;
		this.followUps = followUps;
		this.plans = plans;
	}

	@PostMapping("/plans/{plan}/items/{item}/indicators/{n}/values")
	String record(@PathVariable String plan, @PathVariable String item, @PathVariable int n,
			@RequestParam(required = false) String value, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String note, @RequestParam(required = false) String evidence,
			FormPost post) {
		MeasurementForm form = new MeasurementForm(n, value, asOf, note, evidence);
		MeasurementInput input = form.read();
		return post.write(() -> measurements.record(plan, item, n, input.measurement(), input.problems()))
			// No such indicator, or one without target: there is no form to show it in.
			.errorPageFor(problem -> problem.path().equals("n"))
			.errors(errors -> linked(errors, n))
			.whenInvalid(errors -> {
				if (!post.isHtmx()) {
					post.flash("measurementForm", form).flash("measurementErrors", errors);
					return post.redirect(PageAddresses.itemPage(plan, item) + "#value-form-" + n);
				}
				return block(plan, item, n, form, errors, post.model());
			})
			.answer(() -> {
				if (!post.isHtmx()) {
					return post.redirect(PageAddresses.itemPage(plan, item) + "#indicator-" + n,
							"indicator.value.recorded", n);
				}
				post.model().addAttribute("measurementNotice", post.text("indicator.value.recorded", n));
				return block(plan, item, n, null, null, post.model());
			});
	}

	private String block(String planCode, String itemCode, int n, MeasurementForm form, FormErrors errors,
			Model model) {
		PlanTree tree = plans.tree(planCode);
		PlanItem item = tree.requireItem(itemCode);
		IndicatorPanel panel = panels.of(tree, item, followUps.forPlan(tree));
		model.addAttribute("indicatorPanel", panel);
		model.addAttribute("view", panel.indicator(n));
		model.addAttribute("measurementForm", form);
		model.addAttribute("measurementErrors", errors);
		return "followup/indicators :: indicator-answer";
	}

	/**
	 * The problems in the form's order. The page has a form per indicator, so the ids carry its number;
	 * what has no field of its own (the source, the whole) links to the form.
	 */
	private FormErrors linked(FormErrors errors, int n) {
		return errors
			.inOrder(List.of("value", "asOf", "note", "evidence", "source"))
			.linking(field -> switch (field) {
				case "source", FormErrors.FORM -> "value-form-" + n;
				default -> field + "-" + n;
			});
	}
}
