package no.planspor.followup.status;

import org.springframework.stereotype.Component;

import no.planspor.account.Permissions;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.PlanTree;

/**
 * Who may record follow-up (status updates, measurements) on an item, asked in one place: whoever
 * {@link Permissions#mayContribute may contribute} for the parties that answer for the item — its
 * own, or those of the nearest item above it that names any ({@link PlanTree#answeringFor}) — and
 * never on an archived plan.
 */
@Component("followUpAccess")
public class FollowUpAccess {

	private final Permissions permissions;

	FollowUpAccess(Permissions permissions) {
		this.permissions = permissions;
	}

	public boolean mayRecord(PlanTree tree, PlanItem item) {
		var plan = tree.plan();
		return plan.status() != PlanStatus.ARCHIVED
				&& permissions.mayContribute(plan.id(), plan.unit().id(), answeringCodes(tree, item));
	}

	/**
	 * The permission half of {@link #mayRecord}; callers report an archived plan as a problem with
	 * the rest of the input.
	 *
	 * @throws org.springframework.security.access.AccessDeniedException when the person may not
	 */
	public void requireAllowed(PlanTree tree, PlanItem item) {
		var plan = tree.plan();
		permissions.requireContribute(plan.id(), plan.unit().id(), answeringCodes(tree, item));
	}

	private static java.util.List<String> answeringCodes(PlanTree tree, PlanItem item) {
		return tree.partiesAnsweringFor(item).stream().map(Party::code).toList();
	}
}
