package no.planspor.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A whole plan as one value: its facts, running text, tables and item tree. */
public record PlanTree(Plan plan, List<Section> sections, List<Reference> references, List<Party> parties,
		List<Shortlist> shortlists, List<PlanItem> items) {

	public Stream<PlanItem> allItems() {
		return items.stream().flatMap(PlanItem::flatten);
	}

	public Optional<PlanItem> item(String code) {
		return allItems().filter(item -> item.code().equals(code)).findFirst();
	}

	public Map<Long, PlanItem> itemsById() {
		return allItems().collect(Collectors.toMap(PlanItem::id, Function.identity()));
	}

	/** The chain from the top-level goal down to the item, both included. */
	public List<PlanItem> pathTo(PlanItem item) {
		Map<Long, PlanItem> byId = itemsById();
		java.util.LinkedList<PlanItem> path = new java.util.LinkedList<>();
		for (PlanItem at = item; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
			path.addFirst(at);
		}
		return path;
	}
}
