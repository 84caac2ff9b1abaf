package no.planspor.workbook.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.planspor.plan.Indicator;
import no.planspor.plan.ItemFields;
import no.planspor.plan.ItemKind;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;
import no.planspor.plan.editing.IndicatorEdit;
import no.planspor.workbook.internal.RowValues.Field;

/**
 * A row's values as the plan's editing services take them: the item's fields with what the workbook
 * changes put in, and its indicators as a whole list in which an indicator keeps its identity (its
 * target, its measurements) when its text is unchanged or stands where it stood.
 */
final class ItemEditsFromRows {

	private ItemEditsFromRows() {
	}

	static String parentCode(PlanTree tree, PlanItem item) {
		if (item.parentId() == null) {
			return null;
		}
		PlanItem parent = tree.itemsById().get(item.parentId());
		return parent == null ? null : parent.code();
	}

	@SuppressWarnings("unchecked")
	static ItemFields fields(PlanTree tree, PlanItem item, Map<Field, Object> values) {
		ItemFields now = ItemFields.of(item, parentCode(tree, item));
		String label = values.containsKey(Field.LABEL) ? (String) values.get(Field.LABEL) : item.label();
		boolean titled = item.title() != null || (item.text() == null && item.kind() == ItemKind.GOAL);
		return new ItemFields(now.parent(), now.kind(),
				values.containsKey(Field.CODE) ? (String) values.get(Field.CODE) : now.code(),
				titled ? label : null, titled ? null : label,
				values.containsKey(Field.DEADLINE) ? (LocalDate) values.get(Field.DEADLINE) : now.deadline(),
				values.containsKey(Field.COMMENT) ? (String) values.get(Field.COMMENT) : now.comment(),
				values.containsKey(Field.RESPONSIBLE) ? (List<String>) values.get(Field.RESPONSIBLE) : now.responsible(),
				now.strategyRefs(), now.seeAlso());
	}

	static ItemFields fields(String parentCode, ItemKind kind, RowValues values) {
		boolean titled = kind == ItemKind.GOAL;
		return new ItemFields(parentCode, kind, values.code(), titled ? values.label() : null,
				titled ? null : values.label(), values.deadline(), values.comment(), values.responsible(), List.of(),
				List.of());
	}

	/** The indicators as these lines: same text keeps its indicator, else the one in its place is edited. */
	static List<IndicatorEdit> indicators(PlanItem item, List<String> lines) {
		List<Indicator> existing = item.indicators();
		Set<Integer> used = new HashSet<>();
		Integer[] chosen = new Integer[lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			for (Indicator indicator : existing) {
				if (!used.contains(indicator.number()) && indicator.text().equals(lines.get(i))) {
					chosen[i] = indicator.number();
					used.add(indicator.number());
					break;
				}
			}
		}
		for (int i = 0; i < lines.size(); i++) {
			if (chosen[i] == null && i < existing.size() && !used.contains(i + 1)) {
				chosen[i] = i + 1;
				used.add(i + 1);
			}
		}
		List<IndicatorEdit> edits = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (chosen[i] == null) {
				edits.add(new IndicatorEdit(null, lines.get(i), null, null));
			}
			else {
				Indicator indicator = existing.get(chosen[i] - 1);
				edits.add(new IndicatorEdit(indicator.number(), lines.get(i), indicator.target(), indicator.version()));
			}
		}
		return edits;
	}
}
