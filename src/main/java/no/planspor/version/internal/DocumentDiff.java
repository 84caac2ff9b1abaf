package no.planspor.version.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.version.ItemChange;

/**
 * What changed between two versions of a plan, content only: items are followed by their ids, so a new
 * code is a change of code and not one item removed and another added. The order is the newer plan's,
 * with removed items where they stood in the older.
 */
public final class DocumentDiff {

	/** The members of an item compared, as the item API names them. */
	static final List<String> ITEM_FIELDS = List.of("kind", "code", "title", "text", "strategyRefs", "indicators",
			"responsible", "deadline", "comment", "shortlists", "seeAlso");

	/** The members of the plan itself compared. */
	static final List<String> PLAN_FIELDS = List.of("title", "period", "parent", "status", "adopted", "sections",
			"references", "parties", "shortlists");

	/** A version's content as compared: the head and the items in document order. */
	public record Contents(ObjectNode head, List<DocumentParts.Item> items) {
	}

	/** An item with what its place in the tree says. */
	private record Placed(DocumentParts.Item item, Long parentId, String goal) {

		ObjectNode node() {
			return item.node();
		}
	}

	private DocumentDiff() {
	}

	public static List<ItemChange> between(Contents from, Contents to) {
		List<ItemChange> changes = new ArrayList<>();
		for (String field : PLAN_FIELDS) {
			JsonNode before = from.head().get(field);
			JsonNode after = to.head().get(field);
			if (!Objects.equals(before, after)) {
				changes.add(new ItemChange(null, ItemChange.CHANGED, field, before, after, null, null, null));
			}
		}
		Map<Long, Placed> older = placed(from.items());
		Map<Long, Placed> newer = placed(to.items());
		for (Placed now : newer.values()) {
			Placed then = older.get(now.item().itemId());
			if (then == null) {
				changes.add(change(now, ItemChange.ADDED, null, null, now.node()));
				continue;
			}
			if (!Objects.equals(then.parentId(), now.parentId())) {
				changes.add(change(now, ItemChange.MOVED, "parent", code(older, then.parentId()),
						code(newer, now.parentId())));
			}
			for (String field : ITEM_FIELDS) {
				JsonNode before = then.node().get(field);
				JsonNode after = now.node().get(field);
				if (!Objects.equals(before, after)) {
					changes.add(change(now, ItemChange.CHANGED, field, before, after));
				}
			}
			JsonNode stateBefore = state(then.node());
			JsonNode stateAfter = state(now.node());
			if (!Objects.equals(stateBefore, stateAfter)) {
				changes.add(change(now, ItemChange.CHANGED, "status", stateBefore, stateAfter));
			}
		}
		for (Placed then : older.values()) {
			if (!newer.containsKey(then.item().itemId())) {
				changes.add(change(then, ItemChange.REMOVED, null, then.node(), null));
			}
		}
		return changes;
	}

	private static ItemChange change(Placed placed, String change, String field, JsonNode before, JsonNode after) {
		ObjectNode node = placed.node();
		JsonNode title = node.get("title");
		String label = title == null || title.isNull() ? text(node, "text") : title.asString();
		return new ItemChange(text(node, "code"), change, field, before, after, placed.goal(), text(node, "kind"), label);
	}

	/** The latest state, the part of an item's status that the comparison reports. */
	private static JsonNode state(ObjectNode item) {
		JsonNode status = item.get("status");
		return status == null || status.isNull() ? JsonNodeFactory.instance.nullNode() : status.get("state");
	}

	private static JsonNode code(Map<Long, Placed> items, Long id) {
		return id == null ? JsonNodeFactory.instance.nullNode() : items.get(id).node().get("code");
	}

	private static String text(ObjectNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}

	/** Each item by id, in document order, with its parent found from the depths. */
	private static Map<Long, Placed> placed(List<DocumentParts.Item> items) {
		Map<Long, Placed> placed = new LinkedHashMap<>();
		Map<Integer, DocumentParts.Item> lastAtDepth = new HashMap<>();
		for (DocumentParts.Item item : items) {
			lastAtDepth.put(item.depth(), item);
			DocumentParts.Item parent = item.depth() == 0 ? null : lastAtDepth.get(item.depth() - 1);
			String goal = text(lastAtDepth.get(0).node(), "code");
			placed.put(item.itemId(), new Placed(item, parent == null ? null : parent.itemId(), goal));
		}
		return placed;
	}
}
