package no.planspor.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Permissions;
import no.planspor.audit.AuditLog;
import no.planspor.audit.Change;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;

/**
 * Changes to the goals, sub-goals and measures of a plan and to their indicators: add, edit, reorder,
 * move, archive (delete) and restore. Every method checks that the caller may edit the plan's unit,
 * checks the whole input against the same rules as the importer (listing every problem, by field),
 * writes only from the version the change was made from, and records each changed field old → new
 * in the audit log in the same transaction.
 *
 * <p>Problem paths are field names ({@code code}, {@code responsible[2]}, {@code indicators[0].text});
 * the API puts {@code $.} in front, forms show them next to the field.
 *
 * <p>Every write first locks the plan's row, so that changes to one plan's tree happen one after the
 * other (and always take their locks in the same order); checks then run on what is committed now.
 */
@Service
public class ItemEditing {

	static final String ITEM = "ITEM";

	static final String INDICATOR = "INDICATOR";

	private final PlanReader plans;

	private final Permissions permissions;

	private final AuditLog audit;

	private final IndicatorTargets targets;

	private final JdbcClient db;

	ItemEditing(PlanReader plans, Permissions permissions, AuditLog audit, IndicatorTargets targets, JdbcClient db) {
		this.plans = plans;
		this.permissions = permissions;
		this.audit = audit;
		this.targets = targets;
		this.db = db;
	}

	/**
	 * Adds an item under {@code fields.parent()} (or at the top of the plan).
	 *
	 * @param position where among its new siblings, from 0; null puts it last
	 * @param indicatorTexts indicators to start with, in order; may be empty
	 */
	@Transactional
	public PlanItem add(String planCode, ItemFields fields, Integer position, List<String> indicatorTexts) {
		PlanTree tree = lockedTree(planCode);
		FieldChecks checks = new FieldChecks();
		Resolved item = check(tree, null, fields, checks);
		List<String> indicators = new ArrayList<>();
		List<String> texts = indicatorTexts == null ? List.of() : indicatorTexts;
		for (int i = 0; i < texts.size(); i++) {
			String text = checks.text(texts.get(i), "indicators[" + i + "].text", true, Limits.INDICATOR_TEXT);
			if (text != null) {
				indicators.add(text);
			}
		}
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		long planId = tree.plan().id();
		long id;
		try {
			id = db.sql("""
					insert into plan_item (plan_id, parent_id, kind, code, title, text, deadline, comment, position)
					values (:plan, :parent, :kind, :code, :title, :text, :deadline, :comment, 0)
					returning id
					""")
				.param("plan", planId)
				.param("parent", item.parentId())
				.param("kind", item.kind().name())
				.param("code", item.code())
				.param("title", item.title())
				.param("text", item.text())
				.param("deadline", item.deadline())
				.param("comment", item.comment())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInput.of("code", "plan.edit.code.taken", item.code());
		}
		List<Long> siblings = new ArrayList<>(siblingIds(tree, item.parentId()));
		siblings.add(position == null ? siblings.size() : Math.max(0, Math.min(position, siblings.size())), id);
		renumber(siblings);
		writeResponsible(id, item.partyIds());
		writeLinks("item_strategy_ref", id, item.strategyIds());
		writeLinks("item_see_also", id, item.seeAlsoIds());
		List<Change> changes = new ArrayList<>();
		changes.add(new Change("CREATED", ITEM, id, planId, id, label(item.code(), item.title(), item.text()), null,
				null, item.kind().name()));
		for (int i = 0; i < indicators.size(); i++) {
			long indicatorId = Indicators.insert(db, id, i, indicators.get(i), null);
			changes.add(Change.created(INDICATOR, indicatorId, planId, id, item.code() + " – " + indicators.get(i)));
		}
		audit.record(changes);
		return reread(planCode, id);
	}

	/**
	 * Changes an item's fields. A new parent moves it (with everything below it) to the end of the new
	 * parent's items; see {@link #move} to choose the place.
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
	public List<Problem> problems(String planCode, String itemCode, ItemFields fields, List<IndicatorEdit> indicators) {
		PlanTree tree = plans.tree(planCode);
		permissions.requireEditPlansOf(tree.plan().unit().id());
		FieldChecks checks = new FieldChecks();
		PlanItem current = itemCode == null ? null : item(tree, itemCode);
		check(tree, current, fields, checks);
		if (current != null && indicators != null) {
			checkIndicators(current, indicators, checks);
		}
		return checks.problems();
	}

	/**
	 * Changes an item's fields and, unless {@code indicators} is null, makes its indicators exactly
	 * these (edited, added, reordered, the missing ones archived; targets set through
	 * {@link IndicatorTargets}). What the item API's PUT does. Writes nothing when nothing changed.
	 *
	 * @throws Conflict when the item or one of the given indicators was saved since the version given
	 */
	@Transactional
	public PlanItem replace(String planCode, String itemCode, ItemFields fields, List<IndicatorEdit> indicators,
			int expectedVersion) {
		PlanTree tree = lockedTree(planCode);
		PlanItem current = item(tree, itemCode);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		if (indicators != null) {
			for (IndicatorEdit edit : indicators) {
				if (!edit.isNew() && edit.version() != null && edit.number() >= 1
						&& edit.number() <= current.indicators().size()
						&& current.indicators().get(edit.number() - 1).version() != edit.version()) {
					throw Conflict.staleVersion(current);
				}
			}
		}
		FieldChecks checks = new FieldChecks();
		Resolved item = check(tree, current, fields, checks);
		List<IndicatorEdit> indicatorEdits = indicators == null ? null : checkIndicators(current, indicators, checks);
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		long planId = tree.plan().id();
		Map<Long, PlanItem> byId = tree.itemsById();
		Long oldParentId = current.parentId();
		boolean moved = !Objects.equals(oldParentId, item.parentId());
		boolean indicatorsRestructured = indicatorEdits != null && restructures(current, indicatorEdits);
		boolean fieldsChanged = moved || current.kind() != item.kind() || !current.code().equals(item.code())
				|| !Objects.equals(current.title(), item.title()) || !Objects.equals(current.text(), item.text())
				|| !Objects.equals(current.deadline(), item.deadline())
				|| !Objects.equals(current.comment(), item.comment())
				|| !codes(current.responsible(), Party::code).equals(item.partyCodes())
				|| !refCodes(current.strategyRefs()).equals(item.strategyCodes())
				|| !refCodes(current.seeAlso()).equals(item.seeAlsoCodes());
		if (fieldsChanged || indicatorsRestructured) {
			Integer position = moved ? siblingIds(tree, item.parentId()).size() : null;
			int updated;
			try {
				updated = db.sql("""
						update plan_item set parent_id = :parent, kind = :kind, code = :code, title = :title,
						       text = :text, deadline = :deadline, comment = :comment,
						       position = coalesce(:position, position), version = version + 1
						where id = :id and version = :version and archived_at is null
						""")
					.param("parent", item.parentId())
					.param("kind", item.kind().name())
					.param("code", item.code())
					.param("title", item.title())
					.param("text", item.text())
					.param("deadline", item.deadline())
					.param("comment", item.comment())
					.param("position", position)
					.param("id", current.id())
					.param("version", expectedVersion)
					.update();
			}
			catch (DuplicateKeyException ex) {
				throw InvalidInput.of("code", "plan.edit.code.taken", item.code());
			}
			if (updated == 0) {
				throw stale(planCode, current.id());
			}
		}
		String label = label(item.code(), item.title(), item.text());
		List<Change> changes = new ArrayList<>();
		if (fieldsChanged) {
			if (!codes(current.responsible(), Party::code).equals(item.partyCodes())) {
				db.sql("delete from item_responsible where item_id = :item").param("item", current.id()).update();
				writeResponsible(current.id(), item.partyIds());
			}
			if (!refCodes(current.strategyRefs()).equals(item.strategyCodes())) {
				clearLiveLinks("item_strategy_ref", current.id());
				writeLinks("item_strategy_ref", current.id(), item.strategyIds());
			}
			if (!refCodes(current.seeAlso()).equals(item.seeAlsoCodes())) {
				clearLiveLinks("item_see_also", current.id());
				writeLinks("item_see_also", current.id(), item.seeAlsoIds());
			}
			changes.add(updated(current, planId, label, "code", current.code(), item.code()));
			changes.add(updated(current, planId, label, "kind", current.kind(), item.kind()));
			if (moved) {
				changes.add(new Change("MOVED", ITEM, current.id(), planId, current.id(), label, "parent",
						codeOf(byId, oldParentId), codeOf(byId, item.parentId())));
			}
			changes.add(updated(current, planId, label, "title", current.title(), item.title()));
			changes.add(updated(current, planId, label, "text", current.text(), item.text()));
			changes.add(updated(current, planId, label, "deadline", current.deadline(), item.deadline()));
			changes.add(updated(current, planId, label, "comment", current.comment(), item.comment()));
			changes.add(updated(current, planId, label, "responsible", joined(codes(current.responsible(), Party::code)),
					joined(item.partyCodes())));
			changes.add(updated(current, planId, label, "strategyRefs", joined(refCodes(current.strategyRefs())),
					joined(item.strategyCodes())));
			changes.add(updated(current, planId, label, "seeAlso", joined(refCodes(current.seeAlso())),
					joined(item.seeAlsoCodes())));
		}
		List<Runnable> targetChanges = indicatorEdits == null ? List.of()
				: writeIndicators(planCode, planId, current, item.code(), indicatorEdits, changes);
		audit.record(changes);
		// Targets last: IndicatorTargets reads the plan again and must see the item's new code and numbers.
		targetChanges.forEach(Runnable::run);
		return reread(planCode, current.id());
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
		PlanTree tree = lockedTree(planCode);
		PlanItem current = item(tree, itemCode);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		Map<Long, PlanItem> byId = tree.itemsById();
		ItemFields fields = ItemFields.of(current, codeOf(byId, current.parentId()));
		FieldChecks checks = new FieldChecks();
		Resolved item = check(tree, current,
				new ItemFields(newParent, fields.kind(), fields.code(), fields.title(), fields.text(), fields.deadline(),
						fields.comment(), fields.responsible(), fields.strategyRefs(), fields.seeAlso()),
				checks);
		// Only where it goes is being decided here; anything else is reported where it belongs.
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems().stream().map(ItemEditing::asParentProblem).toList());
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
		int updated = db.sql("""
				update plan_item set parent_id = :parent, version = version + 1
				where id = :id and version = :version and archived_at is null
				""").param("parent", item.parentId()).param("id", current.id()).param("version", expectedVersion).update();
		if (updated == 0) {
			throw stale(planCode, current.id());
		}
		renumber(siblings);
		long planId = tree.plan().id();
		String label = label(current.code(), current.title(), current.text());
		if (moved) {
			audit.record(new Change("MOVED", ITEM, current.id(), planId, current.id(), label, "parent",
					codeOf(byId, current.parentId()), codeOf(byId, item.parentId())));
		}
		else {
			audit.record(new Change("MOVED", ITEM, current.id(), planId, current.id(), label, "position",
					String.valueOf(from + 1), String.valueOf(to + 1)));
		}
		return reread(planCode, current.id());
	}

	/** One step up ({@code -1}) or down ({@code +1}) among its siblings; at either end nothing happens. */
	@Transactional
	public PlanItem reorder(String planCode, String itemCode, int offset, int expectedVersion) {
		PlanTree tree = plans.tree(planCode);
		PlanItem current = item(tree, itemCode);
		List<Long> siblings = siblingIds(tree, current.parentId());
		int to = siblings.indexOf(current.id()) + Integer.signum(offset);
		PlanItem parent = current.parentId() == null ? null : tree.itemsById().get(current.parentId());
		if (to < 0 || to >= siblings.size()) {
			permissions.requireEditPlansOf(tree.plan().unit().id());
			if (current.version() != expectedVersion) {
				throw Conflict.staleVersion(current);
			}
			return current;
		}
		return move(planCode, itemCode, parent == null ? null : parent.code(), to, expectedVersion);
	}

	/** What archiving the item would take with it. */
	@Transactional(readOnly = true)
	public ArchivePreview archivePreview(String planCode, String itemCode) {
		PlanTree tree = plans.tree(planCode);
		permissions.requireEditPlansOf(tree.plan().unit().id());
		return preview(tree, item(tree, itemCode));
	}

	/**
	 * Deletes an item the way Planspor deletes: the item, everything below it and their indicators are
	 * archived (kept, with their history, out of sight), and the code is free for a new item.
	 */
	@Transactional
	public ArchivePreview archive(String planCode, String itemCode, int expectedVersion) {
		PlanTree tree = lockedTree(planCode);
		PlanItem current = item(tree, itemCode);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		ArchivePreview preview = preview(tree, current);
		int updated = db.sql("""
				update plan_item set archived_at = now(), version = version + 1
				where id = :id and version = :version and archived_at is null
				""").param("id", current.id()).param("version", expectedVersion).update();
		if (updated == 0) {
			throw stale(planCode, current.id());
		}
		List<Long> ids = preview.items().stream().map(PlanItem::id).toList();
		if (ids.size() > 1) {
			db.sql("""
					update plan_item set archived_at = now(), version = version + 1
					where id in (:ids) and id <> :id and archived_at is null
					""").param("ids", ids).param("id", current.id()).update();
		}
		db.sql("update indicator set archived_at = now(), version = version + 1 where item_id in (:ids) and archived_at is null")
			.param("ids", ids)
			.update();
		long planId = tree.plan().id();
		List<Change> changes = new ArrayList<>();
		for (PlanItem gone : preview.items()) {
			changes.add(new Change("ARCHIVED", ITEM, gone.id(), planId, gone.id(),
					label(gone.code(), gone.title(), gone.text()), null, null,
					gone.id() == current.id() ? summary(preview) : current.code()));
		}
		audit.record(changes);
		return preview;
	}

	/** The plan's deleted items that can be restored: each one deleted on its own, with what went with it. */
	@Transactional(readOnly = true)
	public List<ArchivedItem> archived(String planCode) {
		Plan plan = plans.get(planCode);
		List<ArchivedRow> rows = archivedRows(plan.id());
		Map<Long, ArchivedRow> byId = rows.stream().collect(Collectors.toMap(ArchivedRow::id, Function.identity()));
		Map<Long, String> liveCodes = liveCodes(plan.id());
		List<ArchivedItem> roots = new ArrayList<>();
		for (ArchivedRow row : rows) {
			ArchivedRow parent = row.parentId() == null ? null : byId.get(row.parentId());
			boolean deletedWithParent = parent != null && parent.archivedAt().equals(row.archivedAt());
			if (!deletedWithParent) {
				String parentCode = row.parentId() == null ? null : liveCodes.get(row.parentId());
				roots.add(new ArchivedItem(row.id(), row.kind(), row.code(), label(row.code(), row.title(), row.text()),
						row.archivedAt(), parentCode, row.parentId() != null && parentCode == null,
						group(row, rows).size() - 1));
			}
		}
		roots.sort((a, b) -> b.archivedAt().compareTo(a.archivedAt()));
		return roots;
	}

	/**
	 * Brings back an item deleted with {@link #archive}, with everything that was deleted with it, in
	 * its old place. Refused while its parent is deleted or a live item has taken one of the codes.
	 */
	@Transactional
	public PlanItem restore(String planCode, long itemId) {
		PlanTree tree = lockedTree(planCode);
		long planId = tree.plan().id();
		List<ArchivedRow> rows = archivedRows(planId);
		ArchivedRow root = rows.stream()
			.filter(row -> row.id() == itemId)
			.findFirst()
			.orElseThrow(() -> new NotFound("plan.item.archived.not-found", planCode, itemId));
		List<ArchivedRow> group = group(root, rows);
		FieldChecks checks = new FieldChecks();
		Map<Long, PlanItem> live = tree.itemsById();
		if (root.parentId() != null) {
			PlanItem parent = live.get(root.parentId());
			if (parent == null) {
				checks.problem("parent", "plan.edit.restore.parent-archived");
			}
			else if (!parent.kind().mayContain(root.kind())) {
				checks.problem("parent", "plan.edit.nesting." + parent.kind());
			}
		}
		for (ArchivedRow row : group) {
			if (tree.item(row.code()).isPresent()) {
				checks.problem("code", "plan.edit.restore.code-taken", row.code());
			}
		}
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		List<Long> ids = group.stream().map(ArchivedRow::id).toList();
		db.sql("update plan_item set archived_at = null, version = version + 1 where id in (:ids)").param("ids", ids).update();
		db.sql("""
				update indicator set archived_at = null, version = version + 1
				where item_id in (:ids) and archived_at = :at
				""").param("ids", ids).param("at", Timestamp.from(root.archivedAt())).update();
		List<Change> changes = new ArrayList<>();
		for (ArchivedRow row : group) {
			changes.add(new Change("RESTORED", ITEM, row.id(), planId, row.id(), label(row.code(), row.title(), row.text()),
					null, null, row.id() == root.id() && group.size() > 1 ? "+" + (group.size() - 1) : null));
		}
		audit.record(changes);
		return reread(planCode, itemId);
	}

	/** Adds an indicator at the end of the item's list. Changes the item's version: its list of indicators changed. */
	@Transactional
	public Indicator addIndicator(String planCode, String itemCode, String text, int itemVersion) {
		PlanTree tree = lockedTree(planCode);
		PlanItem item = item(tree, itemCode);
		if (item.version() != itemVersion) {
			throw Conflict.staleVersion(item);
		}
		FieldChecks checks = new FieldChecks();
		String checked = checks.text(text, "text", true, Limits.INDICATOR_TEXT);
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		bumpItem(planCode, item);
		long id = Indicators.insert(db, item.id(), nextIndicatorPosition(item.id()), checked, null);
		audit.record(Change.created(INDICATOR, id, tree.plan().id(), item.id(), item.code() + " – " + checked));
		return new Indicator(id, item.id(), item.indicators().size() + 1, checked, null, 0);
	}

	/** Changes an indicator's text; {@code expectedVersion} is the indicator's. */
	@Transactional
	public Indicator editIndicator(String planCode, String itemCode, int number, String text, int expectedVersion) {
		PlanTree tree = lockedTree(planCode);
		PlanItem item = item(tree, itemCode);
		Indicator current = indicator(planCode, item, number);
		if (current.version() != expectedVersion) {
			throw Conflict.staleVersion(current);
		}
		FieldChecks checks = new FieldChecks();
		String checked = checks.text(text, "text", true, Limits.INDICATOR_TEXT);
		if (!checks.ok()) {
			throw new InvalidInput(checks.problems());
		}
		if (checked.equals(current.text())) {
			return current;
		}
		int updated = db.sql("update indicator set text = :text, version = version + 1 where id = :id and version = :version and archived_at is null")
			.param("text", checked)
			.param("id", current.id())
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw Conflict.staleVersion(indicator(planCode, item(plans.tree(planCode), itemCode), number));
		}
		audit.record(Change.updated(INDICATOR, current.id(), tree.plan().id(), item.id(), item.code() + " – " + checked,
				"text", current.text(), checked));
		return new Indicator(current.id(), item.id(), number, checked, current.target(), expectedVersion + 1);
	}

	/** Moves an indicator one step up ({@code -1}) or down ({@code +1}); {@code itemVersion} is the item's. Returns it with its new number. */
	@Transactional
	public Indicator reorderIndicator(String planCode, String itemCode, int number, int offset, int itemVersion) {
		PlanTree tree = lockedTree(planCode);
		PlanItem item = item(tree, itemCode);
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
		renumberIndicators(order);
		audit.record(new Change("MOVED", INDICATOR, current.id(), tree.plan().id(), item.id(),
				item.code() + " – " + current.text(), "position", String.valueOf(number), String.valueOf(to + 1)));
		return new Indicator(current.id(), item.id(), to + 1, current.text(), current.target(), current.version());
	}

	/** Deletes (archives) an indicator, keeping its history; {@code itemVersion} is the item's. */
	@Transactional
	public Indicator archiveIndicator(String planCode, String itemCode, int number, int itemVersion) {
		PlanTree tree = lockedTree(planCode);
		PlanItem item = item(tree, itemCode);
		Indicator current = indicator(planCode, item, number);
		if (item.version() != itemVersion) {
			throw Conflict.staleVersion(item);
		}
		bumpItem(planCode, item);
		db.sql("update indicator set archived_at = now(), version = version + 1 where id = :id").param("id", current.id()).update();
		List<Long> order = new ArrayList<>(item.indicators().stream().map(Indicator::id).toList());
		order.remove(current.id());
		renumberIndicators(order);
		audit.record(new Change("ARCHIVED", INDICATOR, current.id(), tree.plan().id(), item.id(),
				item.code() + " – " + current.text(), null, null, null));
		return current;
	}

	// ---------------------------------------------------------------------------------------------
	// Checks

	/** An item's fields, checked, with every code resolved to the id it stands for. */
	private record Resolved(Long parentId, ItemKind kind, String code, String title, String text,
			LocalDate deadline, String comment, List<Long> partyIds, List<String> partyCodes,
			List<Long> strategyIds, List<String> strategyCodes, List<Long> seeAlsoIds, List<String> seeAlsoCodes) {
	}

	private Resolved check(PlanTree tree, PlanItem current, ItemFields fields, FieldChecks checks) {
		String code = checks.text(fields.code(), "code", true, Limits.ITEM_CODE);
		if (code != null && !ItemCodes.fitsInAddress(code)) {
			checks.problem("code", "plan.edit.code.characters");
		}
		if (code != null && !checks.has("code")) {
			tree.item(code)
				.filter(other -> current == null || other.id() != current.id())
				.ifPresent(other -> checks.problem("code", "plan.edit.code.taken", code));
		}
		ItemKind kind = fields.kind();
		if (kind == null) {
			checks.problem("kind", "plan.edit.required");
		}
		String title = checks.text(fields.title(), "title", false, Limits.TITLE);
		String text = checks.text(fields.text(), "text", false, Limits.ITEM_TEXT);
		if (kind == ItemKind.GOAL && title == null && !checks.has("title")) {
			checks.problem("title", "plan.edit.goal.title");
		}
		else if (title == null && text == null && !checks.has("title") && !checks.has("text")) {
			checks.problem("text", "plan.edit.title-or-text");
		}
		String comment = checks.text(fields.comment(), "comment", false, Limits.COMMENT);

		String parentCode = fields.parent() == null || fields.parent().isBlank() ? null : fields.parent().strip();
		PlanItem parent = null;
		if (parentCode != null) {
			parent = tree.item(parentCode).orElse(null);
			if (parent == null) {
				checks.problem("parent", "plan.edit.parent.unknown", parentCode);
			}
			else if (current != null && within(tree, parent, current)) {
				checks.problem("parent", "plan.edit.parent.self");
			}
		}
		if (kind != null && !checks.has("parent")) {
			boolean fits = parent == null ? kind.mayBeRoot() : parent.kind().mayContain(kind);
			if (!fits) {
				// Said about the choice the person made: the kind, unless only the place changed.
				String at = current != null && current.kind() == kind ? "parent" : "kind";
				checks.problem(at, parent == null ? "plan.edit.nesting.root" : "plan.edit.nesting." + parent.kind());
			}
			int depth = (parent == null ? 0 : tree.pathTo(parent).size()) + (current == null ? 1 : height(current));
			if (depth > Limits.DEPTH) {
				checks.problem("parent", "plan.edit.too-deep", Limits.DEPTH);
			}
		}
		if (kind != null && current != null) {
			List<String> misfits = current.children()
				.stream()
				.filter(child -> !kind.mayContain(child.kind()))
				.map(PlanItem::code)
				.toList();
			if (!misfits.isEmpty()) {
				checks.problem("kind", "plan.edit.kind.children", String.join(", ", misfits));
			}
		}

		Map<String, Party> parties = tree.parties()
			.stream()
			.collect(Collectors.toMap(Party::code, Function.identity(), (a, b) -> a));
		List<Long> partyIds = new ArrayList<>();
		List<String> partyCodes = new ArrayList<>();
		List<String> responsible = checks.codes(fields.responsible(), "responsible", Limits.PARTY_CODE);
		for (int i = 0; i < responsible.size(); i++) {
			String party = responsible.get(i);
			if (party == null) {
				continue;
			}
			if (!parties.containsKey(party)) {
				checks.problem("responsible[" + i + "]", "plan.edit.party.unknown", party);
			}
			else {
				partyIds.add(parties.get(party).id());
				partyCodes.add(party);
			}
		}

		List<Long> strategyIds = new ArrayList<>();
		List<String> strategyCodes = new ArrayList<>();
		List<String> refs = checks.codes(fields.strategyRefs(), "strategyRefs", Limits.ITEM_CODE);
		String strategy = tree.plan().parentCode();
		Map<String, Long> strategyItems = strategy == null || refs.isEmpty() ? Map.of() : liveItemIds(strategy);
		for (int i = 0; i < refs.size(); i++) {
			String ref = refs.get(i);
			if (ref == null) {
				continue;
			}
			if (strategy == null) {
				checks.problem("strategyRefs[" + i + "]", "plan.edit.strategy.no-parent", ref);
			}
			else if (!strategyItems.containsKey(ref)) {
				checks.problem("strategyRefs[" + i + "]", "plan.edit.strategy.unknown", ref, tree.plan().parentTitle());
			}
			else {
				strategyIds.add(strategyItems.get(ref));
				strategyCodes.add(ref);
			}
		}

		List<Long> seeAlsoIds = new ArrayList<>();
		List<String> seeAlsoCodes = new ArrayList<>();
		List<String> seeAlso = checks.codes(fields.seeAlso(), "seeAlso", Limits.ITEM_CODE);
		for (int i = 0; i < seeAlso.size(); i++) {
			String target = seeAlso.get(i);
			if (target == null) {
				continue;
			}
			PlanItem other = tree.item(target).orElse(null);
			if (other == null) {
				checks.problem("seeAlso[" + i + "]", "plan.edit.see-also.unknown", target);
			}
			else if ((current != null && other.id() == current.id()) || target.equals(code)) {
				checks.problem("seeAlso[" + i + "]", "plan.edit.see-also.self", target);
			}
			else {
				seeAlsoIds.add(other.id());
				seeAlsoCodes.add(target);
			}
		}
		return new Resolved(parent == null ? null : parent.id(), kind, code, title, text, fields.deadline(), comment,
				partyIds, partyCodes, strategyIds, strategyCodes, seeAlsoIds, seeAlsoCodes);
	}

	/** The indicators of a whole-item write, checked; numbers point at the item's indicators as they are. */
	private List<IndicatorEdit> checkIndicators(PlanItem current, List<IndicatorEdit> edits, FieldChecks checks) {
		List<IndicatorEdit> checked = new ArrayList<>();
		Set<Integer> seen = new HashSet<>();
		for (int i = 0; i < edits.size(); i++) {
			IndicatorEdit edit = edits.get(i);
			String at = "indicators[" + i + "]";
			String text = checks.text(edit.text(), at + ".text", true, Limits.INDICATOR_TEXT);
			if (edit.target() != null) {
				TargetRules.check(edit.target(), at + ".target")
					.forEach(p -> checks.problem(p.path(), p.code(), p.args().toArray()));
			}
			if (!edit.isNew()) {
				if (edit.number() < 1 || edit.number() > current.indicators().size()) {
					checks.problem(at + ".number", "plan.edit.indicator.unknown", edit.number(),
							current.indicators().size());
				}
				else if (!seen.add(edit.number())) {
					checks.problem(at + ".number", "plan.edit.duplicate", edit.number());
				}
				if (edit.version() == null) {
					checks.problem(at + ".version", "plan.edit.version.required");
				}
			}
			else if (edit.version() != null) {
				checks.problem(at + ".number", "plan.edit.indicator.number-missing");
			}
			checked.add(new IndicatorEdit(edit.number(), text, edit.target(), edit.version()));
		}
		return checked;
	}

	/** Whether the write adds, removes or reorders indicators (and so changes the item's own document). */
	private static boolean restructures(PlanItem current, List<IndicatorEdit> edits) {
		if (edits.size() != current.indicators().size()) {
			return true;
		}
		for (int i = 0; i < edits.size(); i++) {
			if (edits.get(i).isNew() || edits.get(i).number() != i + 1) {
				return true;
			}
		}
		return false;
	}

	/** Writes the indicators of a whole-item write; returns the target changes, to run once all else is written. */
	private List<Runnable> writeIndicators(String planCode, long planId, PlanItem current, String newCode, List<IndicatorEdit> edits,
			List<Change> changes) {
		Set<Integer> kept = edits.stream().filter(e -> !e.isNew()).map(IndicatorEdit::number).collect(Collectors.toSet());
		List<Long> gone = new ArrayList<>();
		for (Indicator indicator : current.indicators()) {
			if (!kept.contains(indicator.number())) {
				gone.add(indicator.id());
				changes.add(new Change("ARCHIVED", INDICATOR, indicator.id(), planId, current.id(),
						newCode + " – " + indicator.text(), null, null, null));
			}
		}
		if (!gone.isEmpty()) {
			db.sql("update indicator set archived_at = now(), version = version + 1 where id in (:ids)")
				.param("ids", gone)
				.update();
		}
		List<Long> order = new ArrayList<>();
		List<Runnable> targetChanges = new ArrayList<>();
		for (int i = 0; i < edits.size(); i++) {
			IndicatorEdit edit = edits.get(i);
			int number = i + 1;
			if (edit.isNew()) {
				long id = Indicators.insert(db, current.id(), i, edit.text(), null);
				order.add(id);
				changes.add(Change.created(INDICATOR, id, planId, current.id(), newCode + " – " + edit.text()));
				if (edit.target() != null) {
					targetChanges.add(() -> targets.setTarget(planCode, newCode, number, edit.target(), 0));
				}
				continue;
			}
			Indicator stored = current.indicators().get(edit.number() - 1);
			order.add(stored.id());
			int version = stored.version();
			if (!stored.text().equals(edit.text())) {
				int updated = db.sql("""
						update indicator set text = :text, version = version + 1
						where id = :id and version = :version and archived_at is null
						""").param("text", edit.text()).param("id", stored.id()).param("version", version).update();
				if (updated == 0) {
					throw Conflict.staleVersion(current);
				}
				version++;
				changes.add(Change.updated(INDICATOR, stored.id(), planId, current.id(), newCode + " – " + edit.text(),
						"text", stored.text(), edit.text()));
			}
			if (!Objects.equals(stored.target(), edit.target())) {
				int expected = version;
				targetChanges.add(() -> targets.setTarget(planCode, newCode, number, edit.target(), expected));
			}
		}
		renumberIndicators(order);
		return targetChanges;
	}

	// ---------------------------------------------------------------------------------------------
	// Reading and writing rows

	/** The plan, after the caller's right to edit it is checked and its row is locked for this transaction. */
	private PlanTree lockedTree(String planCode) {
		Plan plan = plans.get(planCode);
		permissions.requireEditPlansOf(plan.unit().id());
		db.sql("select id from plan where id = :id for no key update").param("id", plan.id()).query(Long.class).single();
		return plans.tree(planCode);
	}

	private static PlanItem item(PlanTree tree, String itemCode) {
		return tree.requireItem(itemCode);
	}

	private static Indicator indicator(String planCode, PlanItem item, int number) {
		if (number < 1 || number > item.indicators().size()) {
			throw new NotFound("plan.indicator.not-found", planCode, item.code(), number);
		}
		return item.indicators().get(number - 1);
	}

	private PlanItem reread(String planCode, long itemId) {
		PlanItem item = plans.tree(planCode).itemsById().get(itemId);
		if (item == null) {
			throw new IllegalStateException("Item " + itemId + " vanished while being written");
		}
		return item;
	}

	/** The refusal for a write that lost the race to another: with the item as that one left it. */
	private Conflict stale(String planCode, long itemId) {
		return Conflict.staleVersion(plans.tree(planCode).itemsById().get(itemId));
	}

	/** Registers a change to the item's own document (its list of indicators), guarded by its version. */
	private void bumpItem(String planCode, PlanItem item) {
		int updated = db.sql("update plan_item set version = version + 1 where id = :id and version = :version and archived_at is null")
			.param("id", item.id())
			.param("version", item.version())
			.update();
		if (updated == 0) {
			throw stale(planCode, item.id());
		}
	}

	private static List<Long> siblingIds(PlanTree tree, Long parentId) {
		List<PlanItem> siblings = parentId == null ? tree.items() : tree.itemsById().get(parentId).children();
		return siblings.stream().map(PlanItem::id).toList();
	}

	/**
	 * Positions are not among the fields a person edits on an item, so renumbering the siblings leaves
	 * their versions alone: a form open on a neighbour stays valid.
	 */
	private void renumber(List<Long> ids) {
		for (int i = 0; i < ids.size(); i++) {
			db.sql("update plan_item set position = :pos where id = :id").param("pos", i).param("id", ids.get(i)).update();
		}
	}

	private void renumberIndicators(List<Long> ids) {
		for (int i = 0; i < ids.size(); i++) {
			db.sql("update indicator set position = :pos where id = :id").param("pos", i).param("id", ids.get(i)).update();
		}
	}

	private int nextIndicatorPosition(long itemId) {
		return db.sql("select coalesce(max(position) + 1, 0) from indicator where item_id = :item and archived_at is null")
			.param("item", itemId)
			.query(Integer.class)
			.single();
	}

	private void writeResponsible(long itemId, List<Long> partyIds) {
		for (int i = 0; i < partyIds.size(); i++) {
			db.sql("insert into item_responsible (item_id, party_id, position) values (:item, :party, :pos)")
				.param("item", itemId)
				.param("party", partyIds.get(i))
				.param("pos", i)
				.update();
		}
	}

	/** Links to archived items stay, so that restoring those brings the links back. */
	private void clearLiveLinks(String table, long itemId) {
		db.sql("""
				delete from %s r where r.item_id = :item
				and exists (select 1 from plan_item t where t.id = r.target_item_id and t.archived_at is null)
				""".formatted(table)).param("item", itemId).update();
	}

	private void writeLinks(String table, long itemId, List<Long> targetIds) {
		for (int i = 0; i < targetIds.size(); i++) {
			db.sql("""
					insert into %s (item_id, target_item_id, position) values (:item, :target, :pos)
					on conflict (item_id, target_item_id) do update set position = excluded.position
					""".formatted(table))
				.param("item", itemId)
				.param("target", targetIds.get(i))
				.param("pos", i)
				.update();
		}
	}

	private Map<String, Long> liveItemIds(String planCode) {
		Map<String, Long> ids = new HashMap<>();
		db.sql("""
				select i.code, i.id from plan_item i join plan p on p.id = i.plan_id
				where p.code = :code and i.archived_at is null
				""").param("code", planCode).query(rs -> {
			ids.put(rs.getString("code"), rs.getLong("id"));
		});
		return ids;
	}

	private Map<Long, String> liveCodes(long planId) {
		Map<Long, String> codes = new HashMap<>();
		db.sql("select id, code from plan_item where plan_id = :plan and archived_at is null")
			.param("plan", planId)
			.query(rs -> {
				codes.put(rs.getLong("id"), rs.getString("code"));
			});
		return codes;
	}

	private record ArchivedRow(long id, Long parentId, ItemKind kind, String code, String title, String text,
			Instant archivedAt) {
	}

	private List<ArchivedRow> archivedRows(long planId) {
		return db.sql("""
				select id, parent_id, kind, code, title, text, archived_at from plan_item
				where plan_id = :plan and archived_at is not null order by position, id
				""").param("plan", planId).query((rs, n) -> {
			return new ArchivedRow(rs.getLong("id"), rs.getObject("parent_id", Long.class), ItemKind.valueOf(rs.getString("kind")),
					rs.getString("code"), rs.getString("title"), rs.getString("text"),
					rs.getTimestamp("archived_at").toInstant());
		}).list();
	}

	/** The row and the rows below it that were archived in the same transaction, root first. */
	private static List<ArchivedRow> group(ArchivedRow root, List<ArchivedRow> rows) {
		Map<Long, List<ArchivedRow>> byParent = new LinkedHashMap<>();
		rows.stream()
			.filter(row -> row.parentId() != null)
			.forEach(row -> byParent.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row));
		List<ArchivedRow> group = new ArrayList<>();
		List<ArchivedRow> todo = new ArrayList<>(List.of(root));
		while (!todo.isEmpty()) {
			ArchivedRow row = todo.remove(0);
			group.add(row);
			byParent.getOrDefault(row.id(), List.of())
				.stream()
				.filter(child -> child.archivedAt().equals(root.archivedAt()))
				.forEach(todo::add);
		}
		return group;
	}

	private ArchivePreview preview(PlanTree tree, PlanItem item) {
		List<PlanItem> items = item.flatten().toList();
		Set<Long> ids = items.stream().map(PlanItem::id).collect(Collectors.toSet());
		int indicators = items.stream().mapToInt(i -> i.indicators().size()).sum();
		List<PlanItem> referredFrom = tree.allItems()
			.filter(other -> !ids.contains(other.id()))
			.filter(other -> other.seeAlso().stream().anyMatch(ref -> ids.contains(ref.id())))
			.toList();
		int linking = tree.plan().kind() == PlanKind.STRATEGY
				? items.stream().mapToInt(i -> plans.linkingTo(i.id()).size()).sum() : 0;
		return new ArchivePreview(item, items, indicators, referredFrom, linking);
	}

	private static String summary(ArchivePreview preview) {
		return preview.descendants() + " items below, " + preview.indicators() + " indicators";
	}

	/** Whether {@code candidate} is {@code item} or lies below it. */
	private static boolean within(PlanTree tree, PlanItem candidate, PlanItem item) {
		return tree.pathTo(candidate).stream().anyMatch(step -> step.id() == item.id());
	}

	/** Levels from the item down to its deepest descendant, the item included. */
	private static int height(PlanItem item) {
		return 1 + item.children().stream().mapToInt(ItemEditing::height).max().orElse(0);
	}

	private static Problem asParentProblem(Problem problem) {
		return problem.path().equals("parent") || problem.path().equals("kind") ? Problem.of("parent", problem.code(),
				problem.args().toArray()) : problem;
	}

	private static Change updated(PlanItem item, long planId, String label, String field, Object old, Object now) {
		return Change.updated(ITEM, item.id(), planId, item.id(), label, field, old, now);
	}

	static String label(String code, String title, String text) {
		return code + " – " + (title != null ? title : text);
	}

	private static String codeOf(Map<Long, PlanItem> byId, Long id) {
		return id == null ? null : byId.get(id).code();
	}

	private static <T> List<String> codes(List<T> things, Function<T, String> code) {
		return things.stream().map(code).toList();
	}

	private static List<String> refCodes(List<ItemRef> refs) {
		return refs.stream().map(ItemRef::code).toList();
	}

	private static String joined(List<String> codes) {
		return codes.isEmpty() ? null : String.join(", ", codes);
	}
}
