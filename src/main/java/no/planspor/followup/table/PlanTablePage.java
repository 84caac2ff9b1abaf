package no.planspor.followup.table;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.planspor.account.Permissions;
import no.planspor.followup.FollowUpReader;
import no.planspor.followup.PlanFollowUp;
import no.planspor.followup.status.FollowUpAccess;
import no.planspor.followup.status.PageAddresses;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Party;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Shortlists;
import no.planspor.shared.NotFound;

/**
 * The plan table ({@code /plans/{code}/table}): every measure as a row with where it stands, filtered
 * and sorted by the address. A page costs the plan tree and its follow-up, whatever the plan's size
 * ({@link PlanTable} adds no statement). One row can be fetched alone, so that a status recorded
 * inline (the status form posts to {@link StatusPages}) or a shortlist mark refreshes just its row.
 */
@Controller
class PlanTablePage {

	private final PlanReader plans;

	private final FollowUpReader followUps;

	private final Permissions permissions;

	private final FollowUpAccess access;

	private final Shortlists shortlists;

	private final MessageSource messages;

	PlanTablePage(PlanReader plans, FollowUpReader followUps, Permissions permissions, FollowUpAccess access,
			Shortlists shortlists, MessageSource messages) {
		this.plans = plans;
		this.followUps = followUps;
		this.permissions = permissions;
		this.access = access;
		this.shortlists = shortlists;
		this.messages = messages;
	}

	@GetMapping("/plans/{code}/table")
	String table(@PathVariable String code, @RequestParam(required = false) String goal,
			@RequestParam(required = false) String party, @RequestParam(required = false) String state,
			@RequestParam(required = false) String shortlist, @RequestParam(required = false) String flag,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir,
			HtmxRequest htmx, HttpServletRequest request, HtmxResponse pushed, Model model) {
		PlanTree tree = plans.tree(code);
		TableFilter filter = new TableFilter(goal, party, state, shortlist, flag, q, sort, dir);
		PlanFollowUp follow = followUps.forPlan(tree);
		PlanTable table = PlanTable.of(tree, follow, filter, mayUpdate(tree, follow));
		// The filter form sends every field, blank or not; the address to share says only what applies.
		String canonical = table.link();
		if (!sameQuery(request, table.filter().params())) {
			if (!htmx.isHtmxRequest()) {
				return "redirect:" + canonical;
			}
			pushed.setPushUrl(canonical);
		}
		model.addAttribute("table", table);
		model.addAttribute("mayEdit", permissions.mayEditPlansOf(tree.plan().unit().id()));
		return "followup/table";
	}

	/**
	 * One row, as the table would show it. {@code recorded} says a status was just saved from it: the
	 * row then says so (and the script moves focus there).
	 */
	@GetMapping("/plans/{code}/table/rows/{itemCode}")
	String row(@PathVariable String code, @PathVariable String itemCode,
			@RequestParam(defaultValue = "false") boolean recorded, @RequestParam(required = false) String returnTo,
			Model model, Locale locale) {
		model.addAttribute("rowNotice", recorded ? messages.getMessage("status.form.recorded", null, locale) : null);
		return rowView(code, itemCode, returnTo, model);
	}

	/**
	 * Puts a measure on a shortlist or takes it off, from its row. With htmx the answer is the row;
	 * without, back to the table as it was.
	 */
	@PostMapping("/plans/{code}/table/rows/{itemCode}/shortlists")
	String mark(@PathVariable String code, @PathVariable String itemCode,
			@RequestParam(defaultValue = "") String shortlist, @RequestParam(defaultValue = "false") boolean on,
			@RequestParam(required = false) String returnTo,
			HtmxRequest htmx, Model model, Locale locale,
			RedirectAttributes redirect) {
		Shortlists.Summary list = shortlists.get(code, shortlist);
		if (on) {
			shortlists.putOn(code, shortlist, itemCode);
		}
		else {
			shortlists.takeOff(code, shortlist, itemCode);
		}
		String notice = messages.getMessage(on ? "shortlist.item.on" : "shortlist.item.off",
				new Object[] { itemCode, list.title() }, locale);
		if (!htmx.isHtmxRequest()) {
			redirect.addFlashAttribute("notice", notice);
			return "redirect:" + (PageAddresses.safe(returnTo) ? returnTo : tableOf(code));
		}
		model.addAttribute("listNotice", notice);
		return rowView(code, itemCode, returnTo, model);
	}

	private String rowView(String code, String itemCode, String returnTo, Model model) {
		PlanTree tree = plans.tree(code);
		PlanItem item = tree.item(itemCode)
			.filter(found -> found.kind() == ItemKind.MEASURE)
			.orElseThrow(() -> new NotFound("plan.item.not-found", code, itemCode));
		PlanFollowUp follow = followUps.forPlan(tree);
		PlanTable table = PlanTable.of(tree, follow, TableFilter.none(), mayUpdate(tree, follow));
		model.addAttribute("table", table);
		model.addAttribute("r", PlanTable.row(tree, follow, item, mayUpdate(tree, follow)));
		model.addAttribute("mayEdit", permissions.mayEditPlansOf(tree.plan().unit().id()));
		model.addAttribute("returnTo", PageAddresses.safe(returnTo) ? returnTo : tableOf(code));
		return "followup/table :: row";
	}

	/** Whether the request asks exactly for these parameters (the language switch's {@code lang} aside). */
	private static boolean sameQuery(HttpServletRequest request, Map<String, String> wanted) {
		Map<String, String> asked = new HashMap<>();
		for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
			if (!entry.getKey().equals("lang")) {
				asked.put(entry.getKey(), entry.getValue().length == 1 ? entry.getValue()[0] : null);
			}
		}
		return asked.equals(wanted);
	}

	private Predicate<PlanItem> mayUpdate(PlanTree tree, PlanFollowUp follow) {
		return item -> access.mayRecord(tree, item, follow);
	}

	private static String tableOf(String code) {
		return "/plans/" + org.springframework.web.util.UriUtils.encodePathSegment(code,
				java.nio.charset.StandardCharsets.UTF_8) + "/table";
	}
}
