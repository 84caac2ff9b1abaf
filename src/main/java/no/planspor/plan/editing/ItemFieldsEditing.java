package no.planspor.plan.editing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Permissions;
import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.plan.ItemFields;
import no.planspor.plan.ItemRules;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;

/**
 * What a goal, sub-goal or measure says: adding one, and changing its fields (and, for the item API,
 * its indicators with them). Every method checks that the caller may edit the plan's unit, checks the
 * whole input against {@link ItemRules} (listing every problem, by field), writes only from the
 * version the change was made from, and records each changed {@link ItemField} old → new in the audit
 * log in the same transaction.
 *
 * <p>Problem paths are field names ({@code code}, {@code responsible[2]}, {@code indicators[0].text});
 * the API puts {@code $.} in front, forms show them next to the field.
 */
@Service
public class ItemFieldsEditing {

	private final PlanReader plans;

	private final PlanLock lock;

	private final Permissions permissions;

	private final ItemChecks checks;

	private final IndicatorList indicators;

	private final ItemStore store;

	private final AuditLog audit;

	ItemFieldsEditing(PlanReader plans, PlanLock lock, Permissions permissions, ItemChecks checks,
			IndicatorList indicators, ItemStore store, AuditLog audit) {
		this.plans = plans;
		this.lock = lock;
		this.permissions = permissions;
		this.checks = checks;
		this.indicators = indicators;
		this.store = store;
		this.audit = audit;
	}

	/**
	 * Adds an item under {@code fields.parent()} (or at the top of the plan).
	 *
	 * @param position where among its new siblings, from 0; null puts it last
	 * @param indicatorTexts indicators to start with, in order; may be empty
	 */
	@Transactional
	public PlanItem add(String planCode, ItemFields fields, Integer position, List<String> indicatorTexts) {
		PlanTree tree = lock.tree(planCode);
		List<Problem> problems = new ArrayList<>();
		ResolvedItem item = checks.check(tree, null, fields, problems);
		List<String> texts = new ArrayList<>();
		List<String> given = indicatorTexts == null ? List.of() : indicatorTexts;
		for (int i = 0; i < given.size(); i++) {
			problems.addAll(ItemRules.indicatorText(given.get(i), "indicators[" + i + "].text"));
			if (given.get(i) != null && !given.get(i).isBlank()) {
				texts.add(given.get(i).strip());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		long planId = tree.plan().id();
		long id;
		try {
			id = store.insert(planId, item.parentId(), item.fields(), 0);
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInput.of("code", "plan.edit.code.taken", item.fields().code());
		}
		List<Long> siblings = new ArrayList<>(ItemPlacing.siblingIds(tree, item.parentId()));
		siblings.add(position == null ? siblings.size() : Math.max(0, Math.min(position, siblings.size())), id);
		store.renumber(siblings);
		writeLinks(id, item, ItemField.values());
		ItemFields written = item.fields();
		List<Change> changes = new ArrayList<>();
		changes.add(new Change("CREATED", ItemChanges.ITEM, id, planId, id,
				ItemChanges.label(written.code(), written.title(), written.text()), null, null, written.kind().name()));
		for (int i = 0; i < texts.size(); i++) {
			long indicatorId = store.addIndicator(id, i, texts.get(i), null);
			changes.add(Change.created(ItemChanges.INDICATOR, indicatorId, planId, id,
					ItemChanges.indicatorLabel(written.code(), texts.get(i))));
		}
		audit.record(changes);
		return reread(planCode, id);
	}

	/**
	 * Changes an item's fields. A new parent moves it (with everything below it) to the end of the new
	 * parent's items; {@link ItemPlacing#move} chooses the place.
	 *
	 * @throws Conflict when the item was saved since {@code expectedVersion} (with the item as stored now)
	 */
	@Transactional
	public PlanItem edit(String planCode, String itemCode, ItemFields fields, int expectedVersion) {
		return replace(planCode, itemCode, fields, null, expectedVersion);
	}

	/**
	 * What {@link #add} ({@code itemCode} null) or {@link #edit} would find wrong with these fields,
	 * writing nothing: for a caller that found problems of its own first (a date that is not a date)
	 * and wants to name them all at once.
	 */
	@Transactional(readOnly = true)
	public List<Problem> problems(String planCode, String itemCode, ItemFields fields) {
		return problems(planCode, itemCode, fields, null);
	}

	/** As {@link #problems(String, String, ItemFields)}, with the indicators of a whole-item write ({@link #replace}). */
	@Transactional(readOnly = true)
	public List<Problem> problems(String planCode, String itemCode, ItemFields fields, List<IndicatorEdit> edits) {
		PlanTree tree = plans.tree(planCode);
		permissions.requireEditPlansOf(tree.plan().unit().id());
		List<Problem> problems = new ArrayList<>();
		PlanItem current = itemCode == null ? null : tree.requireItem(itemCode);
		checks.check(tree, current, fields, problems);
		if (current != null && edits != null) {
			indicators.check(current, edits, problems);
		}
		return problems;
	}

	/**
	 * Changes an item's fields and, unless {@code edits} is null, makes its indicators exactly these
	 * ({@link IndicatorList}). What the item API's PUT does. Writes nothing when nothing changed.
	 *
	 * @throws Conflict when the item or one of the given indicators was saved since the version given
	 */
	@Transactional
	public PlanItem replace(String planCode, String itemCode, ItemFields fields, List<IndicatorEdit> edits,
			int expectedVersion) {
		PlanTree tree = lock.tree(planCode);
		PlanItem current = tree.requireItem(itemCode);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		if (edits != null) {
			for (IndicatorEdit edit : edits) {
				if (!edit.isNew() && edit.version() != null && edit.number() >= 1
						&& edit.number() <= current.indicators().size()
						&& current.indicators().get(edit.number() - 1).version() != edit.version()) {
					throw Conflict.staleVersion(current);
				}
			}
		}
		List<Problem> problems = new ArrayList<>();
		ResolvedItem item = checks.check(tree, current, fields, problems);
		List<IndicatorEdit> checkedEdits = edits == null ? null : indicators.check(current, edits, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		long planId = tree.plan().id();
		ItemFields before = ItemFields.of(current, ItemPlacing.parentCode(tree, current));
		ItemFields after = item.fields();
		List<ItemField> changed = ItemField.changed(before, after);
		boolean moved = changed.contains(ItemField.PARENT);
		if (!changed.isEmpty() || (checkedEdits != null && IndicatorList.restructures(current, checkedEdits))) {
			Integer position = moved ? ItemPlacing.siblingIds(tree, item.parentId()).size() : null;
			int updated;
			try {
				updated = store.update(current.id(), expectedVersion, item.parentId(), after, position);
			}
			catch (DuplicateKeyException ex) {
				throw InvalidInput.of("code", "plan.edit.code.taken", after.code());
			}
			if (updated == 0) {
				throw Conflict.staleVersion(plans.tree(planCode).itemsById().get(current.id()));
			}
		}
		clearLinks(current.id(), changed);
		writeLinks(current.id(), item, changed.toArray(ItemField[]::new));
		List<Change> changes = new ArrayList<>(ItemChanges.fields(current.id(), planId, before, after));
		List<Runnable> targetChanges = checkedEdits == null ? List.of()
				: indicators.write(planCode, planId, current, after.code(), checkedEdits, changes);
		audit.record(changes);
		// Targets last: IndicatorTargets reads the plan again and must see the item's new code and numbers.
		targetChanges.forEach(Runnable::run);
		return reread(planCode, current.id());
	}

	/** Links to archived items stay, so that restoring those brings them back. */
	private void clearLinks(long itemId, List<ItemField> changed) {
		if (changed.contains(ItemField.STRATEGY_REFS)) {
			store.clearLiveLinks(ItemStore.Link.STRATEGY_REFS, itemId);
		}
		if (changed.contains(ItemField.SEE_ALSO)) {
			store.clearLiveLinks(ItemStore.Link.SEE_ALSO, itemId);
		}
	}

	/**
	 * Writes the links among these fields. The others are columns of the item's own row, written with
	 * it; a new field must say which it is here before this compiles.
	 */
	private void writeLinks(long itemId, ResolvedItem item, ItemField... fields) {
		for (ItemField field : fields) {
			Runnable write = switch (field) {
				case RESPONSIBLE -> () -> store.replaceResponsible(itemId, item.parties());
				case STRATEGY_REFS -> () -> store.link(ItemStore.Link.STRATEGY_REFS, itemId, item.strategyRefs());
				case SEE_ALSO -> () -> store.link(ItemStore.Link.SEE_ALSO, itemId, item.seeAlso());
				case KIND, CODE, PARENT, TITLE, TEXT, DEADLINE, COMMENT -> () -> {
				};
			};
			write.run();
		}
	}

	private PlanItem reread(String planCode, long itemId) {
		PlanItem item = plans.tree(planCode).itemsById().get(itemId);
		if (item == null) {
			throw new IllegalStateException("Item " + itemId + " vanished while being written");
		}
		return item;
	}
}
