package no.planspor.plan.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Permissions;
import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.plan.ItemFields;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;

/**
 * Where an item stands in its plan's tree: under which item, and where among its siblings. A move takes
 * everything below the item with it, under the same rules of kinds and depth as any edit.
 */
@Service
public class ItemPlacing {

	private final PlanReader plans;

	private final PlanLock lock;

	private final Permissions permissions;

	private final ItemChecks checks;

	private final ItemStore store;

	private final AuditLog audit;

	ItemPlacing(PlanReader plans, PlanLock lock, Permissions permissions, ItemChecks checks, ItemStore store,
			AuditLog audit) {
		this.plans = plans;
		this.lock = lock;
		this.permissions = permissions;
		this.checks = checks;
		this.store = store;
		this.audit = audit;
	}

	/**
	 * Moves an item (with everything below it) under another parent, or to another place among its
	 * siblings.
	 *
	 * @param newParent the code of the new parent; null for the top of the plan
	 * @param position where among the new siblings, from 0; null puts it last
	 */
	@Transactional
	public PlanItem move(String planCode, String itemCode, String newParent, Integer position, int expectedVersion) {
		PlanTree tree = lock.tree(planCode);
		PlanItem current = tree.requireItem(itemCode);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		ItemFields fields = ItemFields.of(current, parentCode(tree, current));
		List<Problem> problems = new ArrayList<>();
		ResolvedItem item = checks.check(tree, current,
				new ItemFields(newParent, fields.kind(), fields.code(), fields.title(), fields.text(), fields.deadline(),
						fields.comment(), fields.responsible(), fields.strategyRefs(), fields.seeAlso()),
				problems);
		// Only where it goes is being decided here; anything else is reported where it belongs.
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems.stream().map(ItemPlacing::asParentProblem).toList());
		}
		List<Long> siblings = new ArrayList<>(siblingIds(tree, item.parentId()));
		int from = siblings.indexOf(current.id());
		siblings.remove(current.id());
		int to = position == null ? siblings.size() : Math.max(0, Math.min(position, siblings.size()));
		boolean moved = !Objects.equals(current.parentId(), item.parentId());
		if (!moved && from == to) {
			return current;
		}
		siblings.add(to, current.id());
		if (store.moveUnder(current.id(), expectedVersion, item.parentId()) == 0) {
			throw Conflict.staleVersion(plans.tree(planCode).itemsById().get(current.id()));
		}
		store.renumber(siblings);
		long planId = tree.plan().id();
		String label = ItemChanges.label(current.code(), current.title(), current.text());
		if (moved) {
			audit.record(new Change("MOVED", ItemChanges.ITEM, current.id(), planId, current.id(), label, "parent",
					fields.parent(), item.fields().parent()));
		}
		else {
			audit.record(new Change("MOVED", ItemChanges.ITEM, current.id(), planId, current.id(), label, "position",
					String.valueOf(from + 1), String.valueOf(to + 1)));
		}
		return plans.tree(planCode).itemsById().get(current.id());
	}

	/** One step up ({@code -1}) or down ({@code +1}) among its siblings; at either end nothing happens. */
	@Transactional
	public PlanItem reorder(String planCode, String itemCode, int offset, int expectedVersion) {
		PlanTree tree = plans.tree(planCode);
		PlanItem current = tree.requireItem(itemCode);
		List<Long> siblings = siblingIds(tree, current.parentId());
		int to = siblings.indexOf(current.id()) + Integer.signum(offset);
		if (to < 0 || to >= siblings.size()) {
			permissions.requireEditPlansOf(tree.plan().unit().id());
			if (current.version() != expectedVersion) {
				throw Conflict.staleVersion(current);
			}
			return current;
		}
		return move(planCode, itemCode, parentCode(tree, current), to, expectedVersion);
	}

	/** The ids of the items under {@code parentId} (the top of the plan for null), in plan order. */
	static List<Long> siblingIds(PlanTree tree, Long parentId) {
		List<PlanItem> siblings = parentId == null ? tree.items() : tree.itemsById().get(parentId).children();
		return siblings.stream().map(PlanItem::id).toList();
	}

	static String parentCode(PlanTree tree, PlanItem item) {
		return item.parentId() == null ? null : tree.itemsById().get(item.parentId()).code();
	}

	/** Said about the choice being made here: where the item goes. */
	private static Problem asParentProblem(Problem problem) {
		return problem.path().equals("parent") || problem.path().equals("kind") ? Problem.of("parent", problem.code(),
				problem.args().toArray()) : problem;
	}
}
