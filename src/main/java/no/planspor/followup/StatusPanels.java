package no.planspor.followup;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;

import no.planspor.account.Permissions;
import no.planspor.followup.status.FollowUpAccess;
import no.planspor.followup.status.StatusTimeline;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.PlanTree;

/** Puts together an item's status section for the item page: one statement (the item's history). */
@Service
public class StatusPanels {

	private final StatusUpdates statuses;

	private final FollowUpAccess access;

	private final Clock clock;

	StatusPanels(StatusUpdates statuses, FollowUpAccess access, Clock clock) {
		this.statuses = statuses;
		this.access = access;
		this.clock = clock;
	}

	/** @param follow the plan's follow-up, from the page's one {@link FollowUpReader#forPlan} call */
	public StatusPanel of(PlanTree tree, PlanItem item, PlanFollowUp follow) {
		var plan = tree.plan();
		boolean mayRecord = access.mayRecord(tree, item, follow);
		return new StatusPanel(plan.code(), item.code(), follow.item(item.id()),
				StatusTimeline.of(statuses.history(item.id())), mayRecord,
				AsOfDates.of(plan.periodFrom(), plan.periodTo(), LocalDate.now(clock)));
	}
}
