package no.planspor.followup;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.util.UriComponentsBuilder;

import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * Recording a status from a page: the item page's status section, or an inline form elsewhere (the
 * plan table, "Mine tiltak"). With htmx the answer is the fragment that replaces the form's section
 * ({@code view=panel}) or its inline widget ({@code view=inline}); without JavaScript it is a
 * redirect (post/redirect/get): to {@code returnTo} or the item page on success, to the item page's
 * form with the typed values and the problems on refusal.
 */
@Controller
class StatusPages {

	static final String PATH = "/plans/{plan}/items/{item}/status";

	private final StatusUpdates statuses;

	private final StatusPanels panels;

	private final FollowUpReader followUps;

	private final PlanReader plans;

	private final MessageSource messages;

	StatusPages(StatusUpdates statuses, StatusPanels panels, FollowUpReader followUps, PlanReader plans,
			MessageSource messages) {
		this.statuses = statuses;
		this.panels = panels;
		this.followUps = followUps;
		this.plans = plans;
		this.messages = messages;
	}

	@PostMapping(PATH)
	String record(@PathVariable String plan, @PathVariable String item, StatusForm form,
			@RequestParam(defaultValue = "panel") String view, @RequestParam(required = false) String returnTo,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "Referer", required = false) String referer, HttpServletRequest request, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		StatusInput input = form.read();
		boolean inline = "inline".equals(view);
		try {
			StatusUpdate recorded = statuses.record(plan, item, input.report(), input.correctsId(), input.problems());
			String notice = text(recorded.correctsId() == null ? "status.form.recorded" : "status.form.corrected",
					locale);
			if (htmx == null) {
				redirect.addFlashAttribute("notice", notice);
				String back = safe(returnTo) ? returnTo : inline ? sameSite(referer, request) : null;
				return "redirect:" + (back != null ? back : itemPage(plan, item) + "#status");
			}
			// Lets other parts of the page (a roll-up, a counter) know without knowing this form.
			response.setHeader("HX-Trigger", "status-recorded");
			model.addAttribute("statusNotice", notice);
			model.addAttribute("returnTo", safe(returnTo) ? returnTo : null);
			return fragment(plan, item, inline, null, null, model);
		}
		catch (InvalidInput refused) {
			Map<String, String> errors = errors(refused.problems(), locale);
			if (htmx == null) {
				redirect.addFlashAttribute("statusForm", form);
				redirect.addFlashAttribute("statusErrors", errors);
				return "redirect:" + itemPage(plan, item) + "#status-form";
			}
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("returnTo", safe(returnTo) ? returnTo : null);
			return fragment(plan, item, inline, form, errors, model);
		}
	}

	private String fragment(String planCode, String itemCode, boolean inline, StatusForm form,
			Map<String, String> errors, Model model) {
		PlanTree tree = plans.tree(planCode);
		PlanItem item = tree.item(itemCode).orElseThrow(() -> new NotFound("plan.item.not-found", planCode, itemCode));
		PlanFollowUp follow = followUps.forPlan(tree);
		model.addAttribute("statusForm", form);
		model.addAttribute("statusErrors", errors);
		if (inline) {
			model.addAttribute("planCode", planCode);
			model.addAttribute("itemCode", itemCode);
			model.addAttribute("itemFollow", follow.item(item.id()));
			return "followup/status-form :: inline-answer";
		}
		model.addAttribute("statusPanel", panels.of(tree, item, follow));
		return "followup/status :: panel-answer";
	}

	/** Field name (the problem path without "$.") → message, in the form's order; "form" for the whole. */
	private Map<String, String> errors(List<Problem> problems, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (String field : List.of("state", "progress", "asOf", "text", "correctsId", "form")) {
			problems.stream()
				.filter(problem -> field.equals(problem.path().equals("$") ? "form" : problem.path().substring(2)))
				.findFirst()
				.ifPresent(problem -> errors.put(field,
						messages.getMessage(problem.code(), problem.args().toArray(), problem.code(), locale)));
		}
		return errors;
	}

	static String itemPage(String planCode, String itemCode) {
		return UriComponentsBuilder.fromPath("/plans/{plan}/items/{item}")
			.buildAndExpand(planCode, itemCode)
			.encode()
			.toUriString();
	}

	/** Only a path of this application: never another site ("//evil", "https://…"). */
	static boolean safe(String returnTo) {
		return returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\")
				&& returnTo.chars().noneMatch(Character::isISOControl);
	}

	/** The page a post came from, if it is one of ours: its path and query, else null. */
	static String sameSite(String referer, HttpServletRequest request) {
		if (referer == null) {
			return null;
		}
		try {
			URI from = URI.create(referer);
			if (!request.getServerName().equalsIgnoreCase(from.getHost()) || from.getRawPath() == null) {
				return null;
			}
			String back = from.getRawPath() + (from.getRawQuery() == null ? "" : "?" + from.getRawQuery());
			return safe(back) ? back : null;
		}
		catch (IllegalArgumentException unreadable) {
			return null;
		}
	}

	private String text(String code, Locale locale) {
		return messages.getMessage(code, null, code, locale);
	}
}
