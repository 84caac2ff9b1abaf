package no.planspor.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.account.SystemIdentity;

/**
 * Small, valid planspor-plan/1 documents for tests to break in one place at a time. The plan builds
 * on the seeded strategy, so that its strategy references can be checked against real items.
 */
public final class PlanDocuments {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	public static final String STRATEGY = "ous-forskningsstrategi-2025-2029";

	private PlanDocuments() {
	}

	/** A code no other test uses. */
	public static String freshCode(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * Goal 1 with two measures ({@code $.items[0].children[0]} and {@code [1]}), goal 2 with a sub-goal
	 * that holds one measure. Every member is present, as the canonical form has it.
	 */
	public static ObjectNode valid(String code) {
		ObjectNode doc = JSON.createObjectNode();
		doc.put("format", "planspor-plan/1");
		doc.put("code", code);
		doc.put("kind", "ACTION_PLAN");
		doc.put("title", "Handlingsplan for testing");
		doc.putObject("unit").put("code", "TST").put("name", "Testklinikken");
		doc.putObject("period").put("from", 2025).put("to", 2029);
		doc.put("parent", STRATEGY);
		doc.put("status", "DRAFT");
		doc.putNull("adopted");
		doc.putArray("sections").addObject().put("heading", "Innledning").put("body", "Litt tekst.");
		doc.putArray("references");
		ArrayNode parties = doc.putArray("parties");
		parties.addObject().put("code", "KL").put("name", "Klinikkleder").put("kind", "ROLE");
		parties.addObject().put("code", "FU").put("name", "Forskningsutvalget").put("kind", "BODY");
		doc.putArray("shortlists").addObject().put("code", "2026-2027").put("title", "Kortliste 2026-2027");
		ArrayNode items = doc.putArray("items");

		ObjectNode goal1 = item(items, "GOAL", "1", "Drive forskning som forbedrer klinisk praksis", null);
		goal1.withArray("strategyRefs").add("1");
		ObjectNode first = item(goal1.withArray("children"), "MEASURE", "T1.1 a)", null, "Bruke anbefalinger");
		first.withArray("strategyRefs").add("1.1");
		first.withArray("indicators").addObject().put("text", "Økt bredde på forskning").putNull("target");
		first.withArray("responsible").add("KL").add("FU");
		ObjectNode second = item(goal1.withArray("children"), "MEASURE", "T1.1 b)", null, "Etablere struktur");
		second.withArray("strategyRefs").add("1.1");
		second.withArray("seeAlso").add("T1.1 a)");

		ObjectNode goal2 = item(items, "GOAL", "2", "Øke omfanget av studier", null);
		ObjectNode subgoal = item(goal2.withArray("children"), "SUBGOAL", "2a", "Stimulere til samspill", null);
		item(subgoal.withArray("children"), "MEASURE", "2a.i", null, "Søke om eksterne midler");
		return doc;
	}

	/** Appends an item with every member, empty. */
	public static ObjectNode item(ArrayNode to, String kind, String code, String title, String text) {
		ObjectNode item = to.addObject();
		item.put("kind", kind);
		item.put("code", code);
		item.put("title", title);
		item.put("text", text);
		item.putArray("strategyRefs");
		item.putArray("indicators");
		item.putArray("responsible");
		item.putNull("deadline");
		item.putNull("comment");
		item.putArray("shortlists");
		item.putArray("seeAlso");
		item.putNull("status");
		item.putArray("children");
		return item;
	}

	/** The node at a JSON path of the simple kind the importer reports: {@code $.items[0].children[1]}. */
	public static ObjectNode at(ObjectNode doc, String path) {
		JsonNode node = doc;
		for (String step : path.substring(1).split("(?=[.\\[])")) {
			if (step.isEmpty()) {
				continue;
			}
			node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
					: node.get(step.substring(1));
		}
		return (ObjectNode) node;
	}

	/** A fresh copy of a shipped seed plan ({@code 03-krn-forskning-2025-2029}), for a test to change. */
	public static ObjectNode seed(String name) {
		try (InputStream in = PlanDocuments.class.getResourceAsStream("/no/planspor/exchange/seeds/" + name + ".json")) {
			if (in == null) {
				throw new IllegalArgumentException("No seed plan " + name);
			}
			return (ObjectNode) JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The item with this code anywhere in the document's tree. */
	public static ObjectNode item(ObjectNode doc, String code) {
		ObjectNode found = find(doc.get("items"), code);
		if (found == null) {
			throw new IllegalArgumentException("No item " + code);
		}
		return found;
	}

	private static ObjectNode find(JsonNode items, String code) {
		for (JsonNode item : items) {
			if (code.equals(item.get("code").asString())) {
				return (ObjectNode) item;
			}
			JsonNode children = item.get("children");
			ObjectNode below = children == null ? null : find(children, code);
			if (below != null) {
				return below;
			}
		}
		return null;
	}

	/** Imports the document as the application itself (no user, no HTTP). */
	public static void importAsSystem(PlanExchange exchange, JsonNode doc) {
		byte[] bytes = bytes(doc);
		SystemIdentity.call(() -> exchange.importPlan(bytes));
	}

	public static byte[] bytes(JsonNode doc) {
		return JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
	}
}
