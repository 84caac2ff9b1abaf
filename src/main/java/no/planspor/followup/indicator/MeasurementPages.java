package no.planspor.followup.indicator;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.planspor.followup.FollowUpReader;
import no.planspor.followup.IndicatorPanel;
import no.planspor.followup.IndicatorPanels;
import no.planspor.followup.status.PageAddresses;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;
import no.planspor.web.FormErrors;

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

	private final MessageSource messages;

	MeasurementPages(Measurements measurements, IndicatorPanels panels, FollowUpReader followUps, PlanReader plans,
			MessageSource messages) {
		this.measurements = measurements;
		this.panels = panels;
		this.followUps = followUps;
		this.plans = plans;
		this.messages = messages;
	}

	@PostMapping("/plans/{plan}/items/{item}/indicators/{n}/values")
	String record(@PathVariable String plan, @PathVariable String item, @PathVariable int n,
			@RequestParam(required = false) String value, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String note, @RequestParam(required = false) String evidence,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		MeasurementForm form = new MeasurementForm(n, value, asOf, note, evidence);
		MeasurementInput input = form.read();
		try {
			measurements.record(plan, item, n, input.measurement(), input.problems());
			String notice = messages.getMessage("indicator.value.recorded", new Object[] { n }, locale);
			if (htmx == null) {
				redirect.addFlashAttribute("notice", notice);
				return "redirect:" + PageAddresses.itemPage(plan, item) + "#indicator-" + n;
			}
			model.addAttribute("measurementNotice", notice);
			return block(plan, item, n, null, null, model);
		}
		catch (InvalidInput refused) {
			if (refused.problems().stream().anyMatch(problem -> problem.path().equals("n"))) {
				throw refused; // no such indicator, or one without target: there is no form to show it in
			}
			FormErrors errors = errors(refused.problems(), n, locale);
			if (htmx == null) {
				redirect.addFlashAttribute("measurementForm", form);
				redirect.addFlashAttribute("measurementErrors", errors);
				return "redirect:" + PageAddresses.itemPage(plan, item) + "#value-form-" + n;
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return block(plan, item, n, form, errors, model);
		}
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
	private FormErrors errors(List<Problem> problems, int n, Locale locale) {
		return FormErrors.of(problems, messages, locale)
			.inOrder(List.of("value", "asOf", "note", "evidence", "source"))
			.linking(field -> switch (field) {
				case "source", FormErrors.FORM -> "value-form-" + n;
				default -> field + "-" + n;
			});
	}
}
