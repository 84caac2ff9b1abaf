package no.planspor.plan.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import no.planspor.plan.ItemHistory;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.shared.NotFound;

/** An item's whole history on a page of its own; the item page shows the newest changes. */
@Controller
class ItemHistoryPage {

	private final PlanReader plans;

	private final ItemHistory history;

	ItemHistoryPage(PlanReader plans, ItemHistory history) {
		this.plans = plans;
		this.history = history;
	}

	@GetMapping("/plans/{plan}/items/{item}/history")
	String page(@PathVariable String plan, @PathVariable String item, Model model) {
		PlanTree tree = plans.tree(plan);
		PlanItem found = tree.requireItem(item);
		model.addAttribute("plan", tree.plan());
		model.addAttribute("item", found);
		model.addAttribute("lines", history.of(found.id()));
		return "plan/item-history";
	}
}
