package no.planspor.plan;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.planspor.shared.NotFound;

/** A whole plan as one value: its facts, running text, tables and item tree. */
public record PlanTree(Plan plan, List<Section> sections, List<Reference> references, List<Party> parties,
		List<Shortlist> shortlists, List<PlanItem> items) {

	public Stream<PlanItem> allItems() {
		return items.stream().flatMap(PlanItem::flatten);
	}

	public Optional<PlanItem> item(String code) {
		return allItems().filter(item -> item.code().equals(code)).findFirst();
	}

	/** The item with this code, or a 404 that names the plan and the code. */
	public PlanItem requireItem(String code) {
		return item(code).orElseThrow(() -> new NotFound("plan.item.not-found", plan.code(), code));
	}

	public Map<Long, PlanItem> itemsById() {
		return allItems().collect(Collectors.toMap(PlanItem::id, Function.identity()));
	}

	/** The chain from the top-level goal down to the item, both included (the item alone if it is not in this tree). */
	public List<PlanItem> pathTo(PlanItem item) {
		Deque<PlanItem> path = new ArrayDeque<>();
		for (PlanItem root : items) {
			if (descend(root, item.id(), path)) {
				return List.copyOf(path);
			}
		}
		return List.of(item);
	}

	// A search from the roots rather than a map of ids: a table asks this for every row.
	private static boolean descend(PlanItem at, long id, Deque<PlanItem> path) {
		path.addLast(at);
		if (at.id() == id) {
			return true;
		}
		for (PlanItem child : at.children()) {
			if (descend(child, id, path)) {
				return true;
			}
		}
		path.removeLast();
		return false;
	}
}
