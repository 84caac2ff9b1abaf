package no.planspor.followup.status;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import no.planspor.account.Permissions;
import no.planspor.followup.PlanFollowUp;
import no.planspor.plan.Party;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.PlanTree;

/**
 * Who may record follow-up (status updates, measurements) on an item, asked in one place: whoever
 * {@link Permissions#mayContribute may contribute} for the parties that answer for the item — its
 * own, or those of the nearest item above it that names any — and never on an archived plan.
 *
 * <p>Which parties answer is the plan module's rule, kept once, in its published read model
 * ({@code published_item}, migration V6). A page that has read the plan's follow-up has the answer
 * already ({@link PlanFollowUp#answering}); a single item's check reads it (one statement).
 */
@Component("followUpAccess")
public class FollowUpAccess {

	private final Permissions permissions;

	private final JdbcClient db;

	FollowUpAccess(Permissions permissions, JdbcClient db) {
		this.permissions = permissions;
		this.db = db;
	}

	/** For a page that has read the plan's follow-up: no statement. */
	public boolean mayRecord(PlanTree tree, PlanItem item, PlanFollowUp follow) {
		return mayRecord(tree.plan(), codes(follow.answering(item.id())));
	}

	/** For one item on its own: one statement. */
	public boolean mayRecord(PlanTree tree, PlanItem item) {
		return mayRecord(tree.plan(), answering(item));
	}

	/**
	 * The permission half of {@link #mayRecord}; callers report an archived plan as a problem with
	 * the rest of the input.
	 *
	 * @throws AccessDeniedException when the person may not
	 */
	public void requireAllowed(PlanTree tree, PlanItem item) {
		Plan plan = tree.plan();
		permissions.requireContribute(plan.id(), plan.unit().id(), answering(item));
	}

	private boolean mayRecord(Plan plan, List<String> answering) {
		return plan.status() != PlanStatus.ARCHIVED && permissions.mayContribute(plan.id(), plan.unit().id(), answering);
	}

	/** The codes of the parties that answer for the item; none for an item that is no longer there. */
	private List<String> answering(PlanItem item) {
		return db.sql("select answering_party_codes from published_item where item_id = :item")
			.param("item", item.id())
			.query((rs, n) -> List.of((String[]) rs.getArray(1).getArray()))
			.optional()
			.orElse(List.of());
	}

	private static List<String> codes(List<Party> parties) {
		return parties.stream().map(Party::code).toList();
	}
}
