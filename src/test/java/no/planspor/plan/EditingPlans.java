package no.planspor.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.account.SystemIdentity;
import no.planspor.exchange.PlanDocuments;
import no.planspor.exchange.PlanExchange;

/**
 * Copies of the seed plans for editing tests, under codes and units of their own, so that no test
 * ever changes what other tests read. The KRN copy builds on a copy of the strategy, so even renaming
 * strategy items touches nothing shared.
 */
final class EditingPlans {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The unit every copy belongs to unless a test says otherwise: editors under test are granted it.
	 * Codes and names sort after the seed units': some pages start from the first unit (by code or name).
	 */
	static final String UNIT = "X-EDIT";

	static final String UNIT_NAME = "Redigeringstestklinikken";

	/** Another unit, whose plans the EDT editor may not touch. */
	static final String OTHER_UNIT = "X-EDIT-2";

	static final String OTHER_UNIT_NAME = "Redigeringstestklinikken, den andre";

	private EditingPlans() {
	}

	static String fresh(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A strategy copy and a KRN copy building on it; returns the codes. */
	static Pair krnWithStrategy(PlanExchange exchange, String unit, String unitName) {
		String strategy = fresh("edit-strategy");
		ObjectNode strategyDoc = PlanDocuments.seed("01-ous-forskningsstrategi-2025-2029");
		strategyDoc.put("code", strategy);
		strategyDoc.putObject("unit").put("code", unit).put("name", unitName);
		PlanDocuments.importAsSystem(exchange, strategyDoc);
		String krn = fresh("edit-krn");
		ObjectNode krnDoc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		krnDoc.put("code", krn);
		krnDoc.put("parent", strategy);
		krnDoc.putObject("unit").put("code", unit).put("name", unitName);
		PlanDocuments.importAsSystem(exchange, krnDoc);
		return new Pair(strategy, krn);
	}

	static Pair krnWithStrategy(PlanExchange exchange) {
		return krnWithStrategy(exchange, UNIT, UNIT_NAME);
	}

	/** A TIK copy (goals, sub-goals, measures) in the given unit. */
	static String tik(PlanExchange exchange, String unit, String unitName) {
		String code = fresh("edit-tik");
		ObjectNode doc = PlanDocuments.seed("02-tik-forskning-2022-2025");
		doc.put("code", code);
		doc.putObject("unit").put("code", unit).put("name", unitName);
		PlanDocuments.importAsSystem(exchange, doc);
		return code;
	}

	record Pair(String strategy, String plan) {
	}

}
