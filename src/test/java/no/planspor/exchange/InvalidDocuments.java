package no.planspor.exchange;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static no.planspor.exchange.PlanDocuments.at;
import static no.planspor.exchange.PlanDocuments.bytes;
import static no.planspor.exchange.PlanDocuments.item;
import static no.planspor.exchange.PlanDocuments.valid;

/**
 * One broken document per kind of problem the importer must catch, each with the JSON path and
 * message key it must report and a piece of the English message a reader sees.
 */
final class InvalidDocuments {

	private InvalidDocuments() {
	}

	/**
	 * @param document the document's bytes, given a plan code no other test uses
	 */
	record Case(String name, Function<String, byte[]> document, String path, String code, String english) {

		@Override
		public String toString() {
			return name;
		}
	}

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

	static List<Case> all() {
		return List.of(
				broken("unknown field", doc -> at(doc, "$.items[0].children[1]").put("colour", "grønn"),
						"$.items[0].children[1].colour", "exchange.unknown-field", "Unknown field “colour”."),
				broken("missing plan title", doc -> doc.remove("title"), "$.title", "exchange.required",
						"A value is missing."),
				broken("goal without title", doc -> at(doc, "$.items[1]").putNull("title"), "$.items[1].title",
						"plan.edit.goal.title", "A goal needs a title."),
				broken("unknown item kind", doc -> at(doc, "$.items[0].children[0]").put("kind", "TASK"),
						"$.items[0].children[0].kind", "exchange.choice",
						"Unknown value “TASK”; valid values are GOAL, SUBGOAL, MEASURE."),
				broken("party code not in parties",
						doc -> at(doc, "$.items[0].children[0]").withArray("responsible").add("FL"),
						"$.items[0].children[0].responsible[2]", "plan.edit.party.unknown",
						"“FL” is not in the plan’s list of responsible parties."),
				broken("strategy ref not in the parent plan",
						doc -> at(doc, "$.items[0].children[1]").withArray("strategyRefs").add("1.5"),
						"$.items[0].children[1].strategyRefs[1]", "plan.edit.strategy.unknown",
						"The strategy item “1.5” does not exist in “ous-forskningsstrategi-2025-2029”."),
				broken("strategy ref without a parent plan", doc -> doc.putNull("parent"),
						"$.items[0].strategyRefs[0]", "plan.edit.strategy.no-parent",
						"The plan builds on no strategy, so “1” cannot refer to a strategy item."),
				broken("see-also ref not in the plan",
						doc -> at(doc, "$.items[0].children[0]").withArray("seeAlso").add("T2.1 d)"),
						"$.items[0].children[0].seeAlso[0]", "plan.edit.see-also.unknown",
						"The item “T2.1 d)” does not exist in the plan."),
				broken("shortlist not in shortlists",
						doc -> at(doc, "$.items[0].children[0]").withArray("shortlists").add("2030"),
						"$.items[0].children[0].shortlists[0]", "exchange.shortlist.unknown",
						"The shortlist “2030” is not among the plan’s shortlists."),
				broken("period backwards", doc -> at(doc, "$.period").put("from", 2029).put("to", 2025), "$.period",
						"exchange.period.backwards", "The period runs backwards: from 2029 to 2025."),
				broken("duplicate item code", doc -> at(doc, "$.items[1].children[0].children[0]").put("code", "T1.1 a)"),
						"$.items[1].children[0].children[0].code", "plan.edit.code.taken",
						"The code “T1.1 a)” is already used by another item of the plan."),
				broken("duplicate party code",
						doc -> doc.withArray("parties").addObject().put("code", "KL").put("name", "Igjen").put("kind", "ROLE"),
						"$.parties[2].code", "exchange.code.duplicate", "The code “KL” is already used ($.parties[0].code)."),
				broken("title too long (501 characters)", doc -> doc.put("title", "x".repeat(501)), "$.title",
						"exchange.too-long", "Too long: 501 characters, at most 500 are allowed."),
				broken("nested too deep (5 levels)", InvalidDocuments::fiveLevels,
						"$.items[1].children[0].children[0].children[0].children", "plan.edit.too-deep",
						"Nested too deeply: at most 4 levels"),
				broken("too many items (2001)", InvalidDocuments::manyItems, "$.items", "exchange.too-large",
						"Too many items: 2,001, at most 2,000 are allowed."),
				raw("document over 5 MB", InvalidDocuments::overFiveMegabytes, "$", "exchange.too-large.bytes",
						"The document is too large: 5,121 kB, at most 5,120 kB are allowed."),
				raw("malformed JSON", code -> "{\"format\": \"planspor-plan/1\", \"code\": ".getBytes(StandardCharsets.UTF_8),
						"$", "exchange.json.malformed.at", "The document is not valid JSON (line 1"),
				raw("duplicate JSON key", InvalidDocuments::duplicateKey, "$", "error.json.duplicate-key",
						"The key “title” appears twice (line "),
				raw("content after the document", code -> (new String(bytes(valid(code)), StandardCharsets.UTF_8) + "{}")
					.getBytes(StandardCharsets.UTF_8), "$", "exchange.json.malformed.at", "The document is not valid JSON (line "),
				raw("no document", code -> new byte[0], "$", "exchange.required", "A value is missing."),
				raw("a list, not a document", code -> "[]".getBytes(StandardCharsets.UTF_8), "$", "exchange.type.object",
						"Must be an object."),
				broken("year given as text", doc -> at(doc, "$.period").put("from", "2025"), "$.period.from",
						"exchange.type.integer", "Must be a whole number."),
				broken("title given as a number", doc -> doc.put("title", 42), "$.title", "exchange.type.text",
						"Must be a text."),
				broken("items given as an object", doc -> doc.putObject("items"), "$.items", "exchange.type.array",
						"Must be a list."),
				broken("unit given as a text", doc -> doc.put("unit", "TST"), "$.unit", "exchange.type.object",
						"Must be an object."),
				broken("wrong format name", doc -> doc.put("format", "planspor-plan/2"), "$.format", "exchange.format",
						"Unknown format “planspor-plan/2”; expected “planspor-plan/1”."),
				broken("unknown parent plan", doc -> doc.put("parent", "ous-forskningsstrategi-2099"), "$.parent",
						"exchange.parent.unknown", "The parent plan “ous-forskningsstrategi-2099” does not exist."),
				broken("AT_RISK status without a narrative",
						doc -> status(doc, "AT_RISK", LocalDate.of(2025, 6, 1).toString(), null),
						"$.items[0].children[0].status.text", "status.text.required",
						"Explain why: this state needs a narrative."),
				broken("status as of a day in the future", doc -> {
					at(doc, "$.period").put("to", Math.max(2029, TODAY.getYear() + 1));
					status(doc, "ON_TRACK", TODAY.plusDays(1).toString(), null);
				}, "$.items[0].children[0].status.asOf", "status.as-of.future",
						"The date " + TODAY.plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH))
								+ " is in the future."),
				broken("status as of a day outside the period",
						doc -> status(doc, "ON_TRACK", "2024-12-31", null), "$.items[0].children[0].status.asOf",
						"status.as-of.outside-period", "The date 31 December 2024 is outside the plan period 2025–2029."),
				broken("status with an unknown state", doc -> status(doc, "GREEN", "2025-06-01", null),
						"$.items[0].children[0].status.state", "exchange.choice", "Unknown value “GREEN”"));
	}

	private static Case broken(String name, Consumer<ObjectNode> breakIt, String path, String code, String english) {
		return new Case(name, planCode -> {
			ObjectNode doc = valid(planCode);
			breakIt.accept(doc);
			return bytes(doc);
		}, path, code, english);
	}

	private static Case raw(String name, Function<String, byte[]> document, String path, String code, String english) {
		return new Case(name, document, path, code, english);
	}

	private static void status(ObjectNode doc, String state, String asOf, String text) {
		at(doc, "$.items[0].children[0]").putObject("status")
			.put("state", state)
			.put("asOf", asOf)
			.putNull("progress")
			.put("text", text);
	}

	/** Goal, sub-goal, measure, and two more levels of measures under it. */
	private static void fiveLevels(ObjectNode doc) {
		ObjectNode third = at(doc, "$.items[1].children[0].children[0]");
		ObjectNode fourth = item(third.withArray("children"), "MEASURE", "2a.i.1", null, "Fjerde nivå");
		item(fourth.withArray("children"), "MEASURE", "2a.i.1.1", null, "Femte nivå");
	}

	/** The valid document has 6 items; 1995 more measures under goal 2 make 2001. */
	private static void manyItems(ObjectNode doc) {
		ArrayNode children = at(doc, "$.items[1]").withArray("children");
		for (int i = 0; i < 1995; i++) {
			item(children, "MEASURE", "M" + i, null, "Tiltak " + i);
		}
	}

	/** A valid document padded with whitespace to one byte over the limit. */
	private static byte[] overFiveMegabytes(String planCode) {
		byte[] doc = bytes(valid(planCode));
		byte[] padded = new byte[PlanExchange.MAX_BYTES + 1];
		java.util.Arrays.fill(padded, (byte) ' ');
		System.arraycopy(doc, 0, padded, 0, doc.length);
		return padded;
	}

	private static byte[] duplicateKey(String planCode) {
		String doc = new String(bytes(valid(planCode)), StandardCharsets.UTF_8);
		return doc.replaceFirst("\"title\":", "\"title\":\"Første\",\"title\":").getBytes(StandardCharsets.UTF_8);
	}
}
