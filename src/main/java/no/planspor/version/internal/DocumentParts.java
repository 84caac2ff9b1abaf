package no.planspor.version.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan document taken apart into the pieces a version stores, and put back together. The head is the
 * document without its items; each item is one part without its children, with its depth in the tree
 * and its id. Parts are named by the hash of their text, so a piece that did not change between two
 * versions is the same part, stored once.
 */
public final class DocumentParts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A piece of a document: its canonical text and that text's SHA-256. */
	public record Part(String hash, String body) {

		static Part of(JsonNode node) {
			String body = JSON.writeValueAsString(node);
			return new Part(sha256(body), body);
		}

		ObjectNode node() {
			return (ObjectNode) JSON.readTree(body);
		}
	}

	/** An item's part at its place in the document. */
	public record ItemPart(int depth, long itemId, Part part) {
	}

	/** A whole document in pieces. */
	public record Pieces(Part head, List<ItemPart> items) {
	}

	/** An item of a version read back: its place, its id, and its members without children. */
	public record Item(int depth, long itemId, ObjectNode node) {
	}

	private DocumentParts() {
	}

	/**
	 * @param itemIds the id of each item in the order the document lists them, depth first
	 */
	public static Pieces split(ObjectNode document, List<Long> itemIds) {
		ObjectNode head = document.deepCopy();
		head.remove("items");
		List<ItemPart> items = new ArrayList<>();
		addItems(document.get("items"), 0, itemIds, items);
		if (items.size() != itemIds.size()) {
			throw new IllegalArgumentException("the document has " + items.size() + " items, and " + itemIds.size() + " ids");
		}
		return new Pieces(Part.of(head), items);
	}

	private static void addItems(JsonNode array, int depth, List<Long> ids, List<ItemPart> into) {
		for (JsonNode item : array) {
			ObjectNode own = ((ObjectNode) item).deepCopy();
			own.remove("children");
			into.add(new ItemPart(depth, ids.get(into.size()), Part.of(own)));
			addItems(item.get("children"), depth + 1, ids, into);
		}
	}

	/** The items of a version as parsed parts, in document order. */
	public static List<Item> items(List<ItemPart> parts) {
		return parts.stream().map(p -> new Item(p.depth(), p.itemId(), p.part().node())).toList();
	}

	/** The document put back together: the head, then the items nested by depth, children last as written. */
	public static ObjectNode join(Part head, List<Item> items) {
		ObjectNode document = head.node();
		ArrayNode top = document.putArray("items");
		Deque<ArrayNode> levels = new ArrayDeque<>();
		levels.push(top);
		for (Item item : items) {
			while (levels.size() > item.depth() + 1) {
				levels.pop();
			}
			ObjectNode node = item.node().deepCopy();
			levels.peek().add(node);
			levels.push(node.putArray("children"));
		}
		return document;
	}

	/** The head as a tree, for comparing plan-level members. */
	public static ObjectNode head(Part head) {
		return head.node();
	}

	static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
