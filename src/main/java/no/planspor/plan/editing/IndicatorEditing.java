package no.planspor.plan.editing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Permissions;
import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.plan.Indicator;
import no.planspor.plan.IndicatorTargets;
import no.planspor.plan.ItemRules;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Target;
import no.planspor.plan.TargetRules;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * An item's result indicators one at a time: add, edit the text, move up or down, delete (archive),
 * and set the target. Adding, moving and deleting change the item's list of indicators, so they are
 * made from the item's version (and move it on); a text or a target is made from the indicator's own.
 * A whole list at once is {@link IndicatorList}'s.
 */
@Service
public class IndicatorEditing implements IndicatorTargets {

	private final PlanReader plans;

	private final PlanLock lock;

	private final Permissions permissions;

	private final ItemStore store;

	private final AuditLog audit;

	IndicatorEditing(PlanReader plans, PlanLock lock, Permissions permissions, ItemStore store, AuditLog audit) {
		this.plans = plans;
		this.lock = lock;
		this.permissions = permissions;
		this.store = store;
		this.audit = audit;
	}

	/** Adds an indicator at the end of the item's list. */
	@Transactional
	public Indicator addIndicator(String planCode, String itemCode, String text, int itemVersion) {
		PlanTree tree = lock.tree(planCode);
		PlanItem item = tree.requireItem(itemCode);
		if (item.version() != itemVersion) {
			throw Conflict.staleVersion(item);
		}
		String checked = checkedText(text);
		bumpItem(planCode, item);
		long id = store.addIndicator(item.id(), store.nextIndicatorPosition(item.id()), checked, null);
		audit.record(Change.created(ItemChanges.INDICATOR, id, tree.plan().id(), item.id(),
				ItemChanges.indicatorLabel(item.code(), checked)));
		return new Indicator(id, item.id(), item.indicators().size() + 1, checked, null, 0);
	}

	/** Changes an indicator's text; {@code expectedVersion} is the indicator's. */
	@Transactional
	public Indicator editIndicator(String planCode, String itemCode, int number, String text, int expectedVersion) {
		PlanTree tree = lock.tree(planCode);
		PlanItem item = tree.requireItem(itemCode);
		Indicator current = indicator(planCode, item, number);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		String checked = checkedText(text);
		if (checked.equals(current.text())) {
			return current;
		}
		if (store.editIndicator(current.id(), expectedVersion, checked) == 0) {
			throw Conflict.staleVersion(indicator(planCode, plans.tree(planCode).requireItem(itemCode), number));
		}
		audit.record(Change.updated(ItemChanges.INDICATOR, current.id(), tree.plan().id(), item.id(),
				ItemChanges.indicatorLabel(item.code(), checked), "text", current.text(), checked));
		return new Indicator(current.id(), item.id(), number, checked, current.target(), expectedVersion + 1);
	}

	/** Moves an indicator one step up ({@code -1}) or down ({@code +1}); {@code itemVersion} is the item's. Returns it with its new number. */
	@Transactional
	public Indicator reorderIndicator(String planCode, String itemCode, int number, int offset, int itemVersion) {
		PlanTree tree = lock.tree(planCode);
		PlanItem item = tree.requireItem(itemCode);
		Indicator current = indicator(planCode, item, number);
		if (item.version() != itemVersion) {
			throw Conflict.staleVersion(item);
		}
		int to = number - 1 + Integer.signum(offset);
		if (to < 0 || to >= item.indicators().size()) {
			return current;
		}
		bumpItem(planCode, item);
		List<Long> order = new ArrayList<>(item.indicators().stream().map(Indicator::id).toList());
		order.remove(current.id());
		order.add(to, current.id());
		store.renumberIndicators(order);
		audit.record(new Change("MOVED", ItemChanges.INDICATOR, current.id(), tree.plan().id(), item.id(),
				ItemChanges.indicatorLabel(item.code(), current.text()), "position", String.valueOf(number),
				String.valueOf(to + 1)));
		return new Indicator(current.id(), item.id(), to + 1, current.text(), current.target(), current.version());
	}

	/** Deletes (archives) an indicator, keeping its history; {@code itemVersion} is the item's. */
	@Transactional
	public Indicator archiveIndicator(String planCode, String itemCode, int number, int itemVersion) {
		PlanTree tree = lock.tree(planCode);
		PlanItem item = tree.requireItem(itemCode);
		Indicator current = indicator(planCode, item, number);
		if (item.version() != itemVersion) {
			throw Conflict.staleVersion(item);
		}
		bumpItem(planCode, item);
		store.archiveIndicators(List.of(current.id()));
		List<Long> order = new ArrayList<>(item.indicators().stream().map(Indicator::id).toList());
		order.remove(current.id());
		store.renumberIndicators(order);
		audit.record(new Change("ARCHIVED", ItemChanges.INDICATOR, current.id(), tree.plan().id(), item.id(),
				ItemChanges.indicatorLabel(item.code(), current.text()), null, null, null));
		return current;
	}

	/**
	 * Sets or clears the structured target of an indicator: what a person confirms after the parser
	 * proposed it, or edits later.
	 */
	@Override
	@Transactional
	public Indicator setTarget(String planCode, String itemCode, int number, Target target, int expectedVersion) {
		PlanTree tree = plans.tree(planCode);
		permissions.requireEditPlansOf(tree.plan().unit().id());
		PlanItem item = tree.requireItem(itemCode);
		Indicator current = indicator(planCode, item, number);
		if (target != null) {
			List<Problem> problems = TargetRules.check(target, "$.target");
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems);
			}
		}
		if (store.setTarget(current.id(), expectedVersion, target) == 0) {
			throw Conflict.staleVersion(current);
		}
		audit.record(Change.updated(ItemChanges.INDICATOR, current.id(), tree.plan().id(), item.id(),
				ItemChanges.indicatorLabel(item.code(), current.text()), "target",
				current.target() == null ? null : current.target().auditValue(),
				target == null ? null : target.auditValue()));
		return new Indicator(current.id(), item.id(), number, current.text(), target, expectedVersion + 1);
	}

	private static String checkedText(String text) {
		List<Problem> problems = ItemRules.indicatorText(text, "text");
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return text.strip();
	}

	private static Indicator indicator(String planCode, PlanItem item, int number) {
		if (number < 1 || number > item.indicators().size()) {
			throw new NotFound("plan.indicator.not-found", planCode, item.code(), number);
		}
		return item.indicators().get(number - 1);
	}

	/** The item's list of indicators changes: its version moves on, or the change was made from an old one. */
	private void bumpItem(String planCode, PlanItem item) {
		if (store.bump(item.id(), item.version()) == 0) {
			throw Conflict.staleVersion(plans.tree(planCode).itemsById().get(item.id()));
		}
	}
}
