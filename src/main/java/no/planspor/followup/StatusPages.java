package no.planspor.followup;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
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
import no.planspor.web.FormErrors;

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

	private final StatusForms forms;

	private final MessageSource messages;

	private final FollowUpAccess access;

	StatusPages(StatusUpdates statuses, StatusPanels panels, FollowUpReader followUps, PlanReader plans,
			StatusForms forms, MessageSource messages, FollowUpAccess access) {
		this.access = access;
		this.statuses = statuses;
		this.panels = panels;
		this.followUps = followUps;
		this.plans = plans;
		this.forms = forms;
		this.messages = messages;
	}

	/**
	 * The blank inline form, fetched when someone opens "Oppdater status" in a list: a table of sixty
	 * measures would otherwise carry sixty forms nobody opened (docs/benchmarks.md).
	 */
	@GetMapping(PATH + "/form")
	String inlineForm(@PathVariable String plan, @PathVariable String item,
			@RequestParam(required = false) String returnTo, Model model) {
		PlanTree tree = plans.tree(plan);
		if (!access.mayRecord(tree, tree.requireItem(item))) {
			throw new AccessDeniedException("may not record status on " + item);
		}
		model.addAttribute("planCode", plan);
		model.addAttribute("itemCode", item);
		model.addAttribute("returnTo", safe(returnTo) ? returnTo : null);
		return "followup/status-form :: inline-form";
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
			// Without htmx the form comes back on the item page, as its status section's form.
			FormErrors errors = errors(refused.problems(), plan, item, inline && htmx != null, locale);
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

	private String fragment(String planCode, String itemCode, boolean inline, StatusForm form, FormErrors errors,
			Model model) {
		PlanTree tree = plans.tree(planCode);
		PlanItem item = tree.requireItem(itemCode);
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

	/**
	 * The problems in the form's order. Many forms may share a page, so the ids carry the item's key; the
	 * state is a row of radio buttons in the section's form (linked through the first) and a select inline.
	 */
	private FormErrors errors(List<Problem> problems, String planCode, String itemCode, boolean inline,
			Locale locale) {
		String key = forms.key(planCode, itemCode);
		String firstState = inline ? "" : "-" + forms.states().get(0);
		return FormErrors.of(problems, messages, locale)
			.inOrder(List.of("state", "progress", "asOf", "text", "correctsId"))
			.linking(field -> switch (field) {
				case FormErrors.FORM -> null;
				case "state" -> key + "-state" + firstState;
				default -> key + "-" + field;
			});
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
