package no.planspor.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import no.planspor.followup.FollowUpReader;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanReader;
import no.planspor.version.PlanVersions;
import no.planspor.version.VersionedPlan;

/**
 * A version of a plan read as the plan document: the same document as the plan's page, from the
 * version's frozen content and with the statuses it froze, under a banner that says which version it is
 * and leads to the plan as it is now. Nothing on it edits anything.
 */
@Controller
class VersionDocumentPage {

	/** The day a version was made is the day in Norway, where the plans are kept. */
	private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

	private final PlanVersions versions;

	private final PlanReader plans;

	private final Markdown markdown;

	private final FollowUpReader followUps;

	VersionDocumentPage(PlanVersions versions, PlanReader plans, Markdown markdown, FollowUpReader followUps) {
		this.versions = versions;
		this.plans = plans;
		this.markdown = markdown;
		this.followUps = followUps;
	}

	@GetMapping("/plans/{plan}/versions/{number:\\d+}")
	String version(@PathVariable String plan, @PathVariable int number, Model model) {
		VersionedPlan versioned = versions.plan(plan, number);
		var current = plans.get(plan);
		// A strategy's items are followed up by action plans today; the version keeps the items' ids, so the
		// counts are today's for the items it had.
		var linkCounts = versioned.tree().plan().kind() == PlanKind.STRATEGY ? plans.linkCounts(current.id())
				: Map.<Long, List<PlanReader.LinkCount>>of();
		model.addAttribute("doc", PlanDocument.of(versioned.tree(), linkCounts, markdown));
		model.addAttribute("follow", followUps.frozen(versioned.tree(), versioned.statuses()));
		model.addAttribute("version", versioned.version());
		model.addAttribute("madeOn", LocalDate.ofInstant(versioned.version().madeAt(), OSLO));
		model.addAttribute("current", current);
		return "report/version";
	}
}
