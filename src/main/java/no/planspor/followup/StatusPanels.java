package no.planspor.followup;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import no.planspor.account.Permissions;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.PlanTree;

/** Puts together an item's status section for the item page: one statement (the item's history). */
@Service
public class StatusPanels {

	private final StatusUpdates statuses;

	private final Permissions permissions;

	StatusPanels(StatusUpdates statuses, Permissions permissions) {
		this.statuses = statuses;
		this.permissions = permissions;
	}

	/** @param follow the plan's follow-up, from the page's one {@link FollowUpReader#forPlan} call */
	public StatusPanel of(PlanTree tree, PlanItem item, PlanFollowUp follow) {
		var plan = tree.plan();
		// An archived plan takes no updates, so nobody is offered the form.
		boolean mayRecord = plan.status() != PlanStatus.ARCHIVED && permissions.mayContribute(plan.id(), plan.unit().id(),
				item.responsible().stream().map(Party::code).toList());
		return new StatusPanel(plan.code(), item.code(), follow.item(item.id()),
				StatusTimeline.of(statuses.history(item.id())), mayRecord, LocalDate.of(plan.periodFrom(), 1, 1));
	}
}
