package no.planspor.followup.status;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import no.planspor.followup.FollowUpReader;
import no.planspor.followup.PlanFollowUp;
import no.planspor.followup.StatusPanels;
import no.planspor.followup.StatusUpdates;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.shared.NotFound;
import no.planspor.web.FormErrors;
import no.planspor.web.FormPost;

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

	private final FollowUpAccess access;

	StatusPages(StatusUpdates statuses, StatusPanels panels, FollowUpReader followUps, PlanReader plans,
			StatusForms forms, FollowUpAccess access) {
		this.access = access;
		this.statuses = statuses;
		this.panels = panels;
		this.followUps = followUps;
		this.plans = plans;
		this.forms = forms;
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
		model.addAttribute("returnTo", PageAddresses.safe(returnTo) ? returnTo : null);
		return "followup/status-form :: inline-form";
	}

	@PostMapping(PATH)
	String record(@PathVariable String plan, @PathVariable String item, StatusForm form,
			@RequestParam(defaultValue = "panel") String view, @RequestParam(required = false) String returnTo,
			@RequestHeader(name = "Referer", required = false) String referer, HttpServletRequest request,
			HtmxResponse htmx, FormPost post) {
		StatusInput input = form.read();
		boolean inline = "inline".equals(view);
		String back = PageAddresses.safe(returnTo) ? returnTo : null;
		return post.write(() -> statuses.record(plan, item, input.report(), input.correctsId(), input.problems()))
			.errors(errors -> linked(errors, plan, item, inline && post.isHtmx()))
			.whenInvalid(errors -> {
				// Without htmx the form comes back on the item page, as its status section's form.
				if (!post.isHtmx()) {
					post.flash("statusForm", form).flash("statusErrors", errors);
					return post.redirect(PageAddresses.itemPage(plan, item) + "#status-form");
				}
				post.model().addAttribute("returnTo", back);
				return fragment(plan, item, inline, form, errors, post.model());
			})
			.answer(recorded -> {
				String notice = recorded.correctsId() == null ? "status.form.recorded" : "status.form.corrected";
				if (!post.isHtmx()) {
					String to = back != null ? back : inline ? PageAddresses.sameSite(referer, request) : null;
					return post.redirect(to != null ? to : PageAddresses.itemPage(plan, item) + "#status", notice);
				}
				// Lets other parts of the page (a roll-up, a counter) know without knowing this form.
				htmx.addTrigger("status-recorded");
				post.model().addAttribute("statusNotice", post.text(notice));
				post.model().addAttribute("returnTo", back);
				return fragment(plan, item, inline, null, null, post.model());
			});
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
	private FormErrors linked(FormErrors errors, String planCode, String itemCode, boolean inline) {
		String key = forms.key(planCode, itemCode);
		String firstState = inline ? "" : "-" + forms.states().get(0);
		return errors.inOrder(List.of("state", "progress", "asOf", "text", "correctsId"))
			.linking(field -> switch (field) {
				case FormErrors.FORM -> null;
				case "state" -> key + "-state" + firstState;
				default -> key + "-" + field;
			});
	}
}
