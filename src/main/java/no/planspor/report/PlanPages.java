package no.planspor.report;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import no.planspor.followup.FollowUpReader;
import no.planspor.followup.IndicatorPanels;
import no.planspor.followup.PlanFollowUp;
import no.planspor.followup.StatusPanels;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Units;
import no.planspor.review.ReviewReader;
import no.planspor.shared.NotFound;

/**
 * The reading pages: the plans by unit, a plan as a document, and one item with its place in the plan.
 * Each page loads what it shows in a fixed number of statements, whatever the plan's size.
 */
@Controller
class PlanPages {

	private final PlanReader plans;

	private final Units units;

	private final Markdown markdown;

	private final FollowUpReader followUps;

	private final StatusPanels statusPanels;

	private final IndicatorPanels indicatorPanels;

	private final ReviewReader reviews;

	PlanPages(PlanReader plans, Units units, Markdown markdown, FollowUpReader followUps, StatusPanels statusPanels,
			IndicatorPanels indicatorPanels, ReviewReader reviews) {
		this.plans = plans;
		this.units = units;
		this.markdown = markdown;
		this.followUps = followUps;
		this.statusPanels = statusPanels;
		this.indicatorPanels = indicatorPanels;
		this.reviews = reviews;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("catalogue", Catalogue.of(plans.catalogue(), units.all()));
		return "report/home";
	}

	@GetMapping("/plans/{code}")
	String plan(@PathVariable String code, Model model) {
		PlanTree tree = plans.tree(code);
		var linkCounts = tree.plan().kind() == PlanKind.STRATEGY ? plans.linkCounts(tree.plan().id())
				: Map.<Long, List<PlanReader.LinkCount>>of();
		model.addAttribute("doc", PlanDocument.of(tree, linkCounts, markdown));
		// Where every item stands, for the whole page: one call, two statements (see PlanPageStatementsTest).
		model.addAttribute("follow", followUps.forPlan(tree));
		// A review under way is marked: readers read the plan as adopted, not what the review may change.
		model.addAttribute("review", reviews.inProgress(tree.plan().id()).orElse(null));
		return "report/plan";
	}

	/** {@code itemCode} is the item's code, URL-encoded: {@code /plans/krn-forskning-2025-2029/items/T1.1%20a)}. */
	@GetMapping("/plans/{code}/items/{itemCode}")
	String item(@PathVariable String code, @PathVariable String itemCode, Model model) {
		PlanTree tree;
		try {
			tree = plans.tree(code);
		}
		catch (NotFound unknownPlan) {
			throw new NotFound("plan.item.not-found", code, itemCode);
		}
		PlanItem item = tree.requireItem(itemCode);
		var linking = tree.plan().kind() == PlanKind.STRATEGY ? plans.linkingTo(item.id())
				: List.<PlanReader.LinkingItem>of();
		model.addAttribute("page", ItemPage.of(tree, item, linking));
		model.addAttribute("sources", SourceNotes.of(tree, markdown));
		PlanFollowUp follow = followUps.forPlan(tree);
		model.addAttribute("follow", follow);
		model.addAttribute("statusPanel", statusPanels.of(tree, item, follow));
		model.addAttribute("indicatorPanel", indicatorPanels.of(tree, item, follow));
		// The item it was copied from into this plan: asked only of a plan made from another ("Ny plan fra denne").
		model.addAttribute("origin", tree.plan().originCode() == null ? null : plans.originOfItem(item.id()).orElse(null));
		return "report/item";
	}
}
