package no.planspor.workbook.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import no.planspor.followup.StatusReport;
import no.planspor.plan.ItemKind;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;
import no.planspor.workbook.internal.BaseSheet.BaseRow;
import no.planspor.workbook.internal.Preview.Change;
import no.planspor.workbook.internal.Preview.ConflictItem;
import no.planspor.workbook.internal.RowValues.Field;
import no.planspor.workbook.internal.RowValues.StatusValue;

/**
 * Compares a workbook taken back with the plan as exported (the hidden sheet) and as it is now, field by
 * field: what the person changed in the workbook is a change; what they changed that someone also
 * changed in Planspor since, to something else, is a conflict, which the person's choice settles
 * ({@code workbook} or {@code planspor}); what only Planspor changed is kept. Unchanged, it is "no
 * changes". Pure: the caller reads the plan and checks the rules.
 */
public final class WorkbookComparison {

	/** Which side a person chose in a conflict. */
	public enum Choice {
		WORKBOOK, PLANSPOR
	}

	private final PlanTree tree;

	private final Map<Long, StatusReport> latest;

	private final ReadWorkbook read;

	private final Map<String, Choice> choices;

	private final LocalDate today;

	private final Map<Long, PlanItem> items;

	private final List<Change> changes = new ArrayList<>();

	private final List<ConflictItem> conflicts = new ArrayList<>();

	private final List<ConflictItem> settled = new ArrayList<>();

	private final List<SheetProblem> problems;

	private final List<Edits.ItemEdit> edits = new ArrayList<>();

	private final List<Edits.NewItem> added = new ArrayList<>();

	private final List<Edits.NewStatus> statuses = new ArrayList<>();

	private final List<Long> removed = new ArrayList<>();

	private WorkbookComparison(PlanTree tree, Map<Long, StatusReport> latest, ReadWorkbook read,
			Map<String, Choice> choices, LocalDate today) {
		this.tree = tree;
		this.latest = latest;
		this.read = read;
		this.choices = choices;
		this.today = today;
		this.items = tree.itemsById();
		this.problems = new ArrayList<>(read.problems());
	}

	public static Preview compare(PlanTree tree, Map<Long, StatusReport> latest, ReadWorkbook read,
			Map<String, Choice> choices, Set<String> addParties, LocalDate today) {
		WorkbookComparison comparison = new WorkbookComparison(tree, latest, read, choices, today);
		return comparison.run(addParties);
	}

	private Preview run(Set<String> addParties) {
		List<String> newParties = new ArrayList<>();
		for (String party : addParties) {
			if (tree.parties().stream().noneMatch(p -> p.code().equalsIgnoreCase(party) || p.name().equalsIgnoreCase(party))
					&& used(party)) {
				newParties.add(party);
				changes.add(new Change(null, "PARTY", null, null, party));
			}
		}
		Map<Integer, ReadRow> newRows = new HashMap<>();
		Set<Long> present = new HashSet<>();
		// The items above the row being read, by kind, as the rows come: where a new row goes.
		Map<ItemKind, Object> above = new EnumMap<>(ItemKind.class);
		Map<String, Integer> codes = new LinkedHashMap<>();
		for (ReadRow row : read.rows()) {
			if (row.values().code() != null && codes.putIfAbsent(row.values().code(), row.row()) != null) {
				problems.add(problem(row.row(), Column.CODE, "workbook.code.duplicate", row.values().code(),
						codes.get(row.values().code())));
			}
			if (row.key() != null) {
				present.add(row.key());
				existing(row);
			}
			else {
				fresh(row, above, newRows);
			}
			above.put(row.kind(), row.key() != null ? (Object) row.key() : (Object) Integer.valueOf(row.row()));
			if (row.kind() == ItemKind.GOAL) {
				above.remove(ItemKind.SUBGOAL);
			}
		}
		removedRows(present);
		return new Preview(changes, conflicts, settled, problems, read.unknownParties(),
				new Edits(newParties, edits, added, statuses, removed));
	}

	/** Whether some row names the party (a party offered for adding that no row uses any more is not added). */
	private boolean used(String party) {
		return read.rows().stream().anyMatch(row -> row.values().responsible().contains(party));
	}

	private void existing(ReadRow row) {
		BaseRow base = read.base().rows().get(row.key());
		PlanItem item = items.get(row.key());
		RowValues now = item == null ? null : RowValues.of(item, latest.get(item.id()));
		if (item == null) {
			if (changedFields(row, base).isEmpty() && row.values().status().equals(base.values().status())) {
				return;
			}
			problems.add(problem(row.row(), Column.CODE, "workbook.row.item-gone", base.values().code()));
			return;
		}
		Map<Field, Object> values = new EnumMap<>(Field.class);
		for (Field field : changedFields(row, base)) {
			Object wanted = row.values().get(field);
			if (Objects.equals(wanted, now.get(field))) {
				continue;
			}
			String name = fieldName(field, item);
			if (!Objects.equals(now.get(field), base.values().get(field))
					&& !settled(row, item, name, base.values().get(field), wanted, now.get(field))) {
				continue;
			}
			values.put(field, wanted);
			changes.add(new Change(code(row, item), "FIELD", name, now.get(field), wanted));
		}
		if (!values.isEmpty()) {
			edits.add(new Edits.ItemEdit(item.id(), row.row(), values));
		}
		status(row, row.key(), base.values().status(), now.status(), code(row, item), item);
	}

	/** The new code of an item when the row changes it, else its code. */
	private static String code(ReadRow row, PlanItem item) {
		return row.values().code() != null ? row.values().code() : item.code();
	}

	/**
	 * A conflict: the person may have chosen already. Answers whether the workbook's value is to be written.
	 */
	private boolean settled(ReadRow row, PlanItem item, String field, Object exported, Object workbook,
			Object planspor) {
		String id = item.id() + ":" + field;
		Choice choice = choices.get(id);
		ConflictItem conflict = new ConflictItem(id, item.code(), field, exported, workbook, planspor, read.sheet(),
				row.row());
		(choice == null ? conflicts : settled).add(conflict);
		return choice == Choice.WORKBOOK;
	}

	private List<Field> changedFields(ReadRow row, BaseRow base) {
		List<Field> changed = new ArrayList<>();
		for (Field field : Field.values()) {
			if (!row.values().same(base.values(), field)) {
				changed.add(field);
			}
		}
		return changed;
	}

	/** The follow-up columns changed: a new status update, unless Planspor's changed too (a conflict). */
	private void status(ReadRow row, Long key, StatusValue exported, StatusValue now, String code, PlanItem item) {
		StatusValue wanted = row.values().status();
		if (wanted.equals(exported) || wanted.equals(now)) {
			return;
		}
		if (wanted.state() == null) {
			problems.add(problem(row.row(), Column.STATE, wanted.isNone() ? "workbook.status.cleared"
					: "workbook.status.state-required"));
			return;
		}
		if (item != null && !now.equals(exported) && !settled(row, item, "status", exported, wanted, now)) {
			return;
		}
		// A changed status whose date was left as it was is an update as of today.
		LocalDate asOf = wanted.asOf() == null || Objects.equals(wanted.asOf(), exported.asOf()) ? today : wanted.asOf();
		StatusReport report = new StatusReport(wanted.state(), asOf, wanted.progress(), wanted.text());
		statuses.add(new Edits.NewStatus(key, key == null ? row.row() : null, report));
		changes.add(new Change(code, "STATUS", "status", now.isNone() ? null : now,
				new StatusValue(report.state(), report.progress(), report.asOf(), report.text())));
	}

	private void fresh(ReadRow row, Map<ItemKind, Object> above, Map<Integer, ReadRow> newRows) {
		Object parent = switch (row.kind()) {
			case GOAL -> null;
			case SUBGOAL -> above.get(ItemKind.GOAL);
			case MEASURE -> above.containsKey(ItemKind.SUBGOAL) ? above.get(ItemKind.SUBGOAL) : above.get(ItemKind.GOAL);
		};
		if (row.kind() != ItemKind.GOAL && parent == null) {
			problems.add(problem(row.row(), Column.of(row.kind()), "workbook.row.no-parent"));
			return;
		}
		newRows.put(row.row(), row);
		added.add(new Edits.NewItem(row.row(), row.kind(), parent instanceof Long key ? key : null,
				parent instanceof Integer r ? r : null, row.values()));
		changes.add(new Change(row.values().code(), "ADDED", null, null, row.values().label()));
		if (!row.values().status().isNone()) {
			status(row, null, StatusValue.NONE, StatusValue.NONE, row.values().code(), null);
		}
	}

	/** Exported items without a row now: the person took them out. Only the topmost is archived (with all below it). */
	private void removedRows(Set<Long> present) {
		Set<Long> gone = new HashSet<>();
		for (BaseRow base : read.base().rows().values()) {
			if (!present.contains(base.key()) && items.containsKey(base.key())) {
				gone.add(base.key());
			}
		}
		for (Long key : gone) {
			PlanItem item = items.get(key);
			BaseRow base = read.base().rows().get(key);
			if (ancestorIn(item, gone)) {
				continue;
			}
			if (item.version() != base.version()
					&& !settledRemoval(item, base)) {
				continue;
			}
			removed.add(key);
			changes.add(new Change(item.code(), "REMOVED", null, item.label(), null));
		}
		for (ReadRow row : read.rows()) {
			if (row.key() != null && items.containsKey(row.key()) && ancestorIn(items.get(row.key()), gone)) {
				problems.add(problem(row.row(), Column.CODE, "workbook.row.parent-removed", items.get(row.key()).code()));
			}
		}
	}

	private boolean settledRemoval(PlanItem item, BaseRow base) {
		String id = item.id() + ":removed";
		Choice choice = choices.get(id);
		ConflictItem conflict = new ConflictItem(id, item.code(), "removed", base.values().label(), null, item.label(),
				read.sheet(), 0);
		(choice == null ? conflicts : settled).add(conflict);
		return choice == Choice.WORKBOOK;
	}

	private boolean ancestorIn(PlanItem item, Set<Long> keys) {
		Long parent = item.parentId();
		while (parent != null) {
			if (keys.contains(parent)) {
				return true;
			}
			PlanItem up = items.get(parent);
			parent = up == null ? null : up.parentId();
		}
		return false;
	}

	/** The field as the item API names it; an item's label is its title when it has one, else its text. */
	static String fieldName(Field field, PlanItem item) {
		return switch (field) {
			case LABEL -> item.title() != null ? "title" : "text";
			default -> field.name().toLowerCase(java.util.Locale.ROOT);
		};
	}

	private SheetProblem problem(int row, Column column, String code, Object... args) {
		return SheetProblem.of(read.sheet(), row, read.headers().get(column), code, args);
	}
}
