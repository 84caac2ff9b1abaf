package no.planspor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import no.planspor.exchange.PlanDocuments;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** planspor-plan/1 documents for the report tests, made from the KRN seed so that they look like real plans. */
final class ReportPlans {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String KRN = "krn-forskning-2025-2029";

	static final String TIK = "tik-forskning-2022-2025";

	static final String STRATEGY = "ous-forskningsstrategi-2025-2029";

	private ReportPlans() {
	}

	static String freshCode(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The KRN plan under a new code and a unit of its own, so that it disturbs no other test. */
	static ObjectNode krnCopy(String code) {
		ObjectNode doc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		doc.put("code", code);
		doc.putObject("unit").put("code", "RPT").put("name", "Rapporttestklinikken");
		return doc;
	}

	/**
	 * The KRN plan with its goals repeated {@code times} times: every code gets the suffix "-n" (n from 1),
	 * see-also links follow their copies, strategy links stay on the strategy.
	 */
	static ObjectNode scaled(String code, int times) {
		ObjectNode doc = krnCopy(code);
		ArrayNode goals = (ArrayNode) doc.get("items");
		ArrayNode all = JSON.createArrayNode();
		for (int n = 1; n <= times; n++) {
			for (JsonNode goal : goals) {
				JsonNode copy = goal.deepCopy();
				suffix((ObjectNode) copy, "-" + n);
				all.add(copy);
			}
		}
		doc.set("items", all);
		return doc;
	}

	/** Puts the item with this code (anywhere in the tree) on the plan's shortlist. */
	static void shortlist(ObjectNode doc, String itemCode, String shortlistCode) {
		PlanDocuments.item(doc, itemCode).withArray("shortlists").add(shortlistCode);
	}

	static byte[] bytes(JsonNode doc) {
		return JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8);
	}

	private static void suffix(ObjectNode item, String suffix) {
		item.put("code", item.get("code").asString() + suffix);
		ArrayNode seeAlso = JSON.createArrayNode();
		item.get("seeAlso").forEach(ref -> seeAlso.add(ref.asString() + suffix));
		item.set("seeAlso", seeAlso);
		item.get("children").forEach(child -> suffix((ObjectNode) child, suffix));
	}

}
