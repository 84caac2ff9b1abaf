package no.planspor.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of plan_item as {@link PlanReader} reads it, before the tree is assembled. A shape of its
 * own because a whole plan is read one table at a time: rows come flat, links and children are put
 * together afterwards. Nothing outside the reader sees it.
 */
record ItemRow(long id, Long parentId, ItemKind kind, String code, String title, String text, LocalDate deadline,
		String comment, int version) {

	/** Builds the tree from rows in plan order; children come in the order of their rows. */
	static List<PlanItem> assemble(List<ItemRow> rows, Map<Long, List<Indicator>> indicators,
			Map<Long, List<Party>> responsible, Map<Long, List<ItemRef>> strategyRefs, Map<Long, List<ItemRef>> seeAlso,
			Map<Long, List<Shortlist>> shortlists) {
		Map<Long, List<ItemRow>> byParent = new LinkedHashMap<>();
		for (ItemRow row : rows) {
			byParent.computeIfAbsent(row.parentId() == null ? 0L : row.parentId(), k -> new ArrayList<>()).add(row);
		}
		return build(0L, byParent, indicators, responsible, strategyRefs, seeAlso, shortlists);
	}

	private static List<PlanItem> build(long parent, Map<Long, List<ItemRow>> byParent,
			Map<Long, List<Indicator>> indicators, Map<Long, List<Party>> responsible,
			Map<Long, List<ItemRef>> strategyRefs, Map<Long, List<ItemRef>> seeAlso,
			Map<Long, List<Shortlist>> shortlists) {
		List<PlanItem> items = new ArrayList<>();
		for (ItemRow row : byParent.getOrDefault(parent, List.of())) {
			items.add(new PlanItem(row.id(), row.parentId(), row.kind(), row.code(), row.title(), row.text(),
					row.deadline(), row.comment(), indicators.getOrDefault(row.id(), List.of()),
					responsible.getOrDefault(row.id(), List.of()), strategyRefs.getOrDefault(row.id(), List.of()),
					seeAlso.getOrDefault(row.id(), List.of()), shortlists.getOrDefault(row.id(), List.of()),
					build(row.id(), byParent, indicators, responsible, strategyRefs, seeAlso, shortlists),
					row.version()));
		}
		return items;
	}
}
