package no.planspor.followup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.PlansporTest;
import no.planspor.exchange.ApiClient;
import no.planspor.exchange.PlanDocuments;

/**
 * Plans of their own for the status tests: the KRN seed imported under a fresh code and a fresh unit,
 * so that statuses, grants and memberships set up here touch no other test.
 */
final class StatusPlans {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** The KRN plan's own measure with CRAI as its only responsible party. */
	static final String CRAI_MEASURE = "T1.3 d)";

	/** A KRN measure CRAI does not answer for (RAD 2.0, AFU). */
	static final String OTHER_MEASURE = "T1.3 a)";

	private StatusPlans() {
	}

	/** A copy of KRN; returns its code. Its unit's code is the plan code's last part, upper-cased. */
	static String importKrnCopy(int port, Consumer<ObjectNode> change) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String code = "status-" + suffix;
		ObjectNode doc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		doc.put("code", code);
		doc.putObject("unit").put("code", unitCode(code)).put("name", "Statustestklinikken " + suffix);
		change.accept(doc);
		var answer = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD)
			.post("/api/plans", JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8));
		if (answer.statusCode() != 201) {
			throw new AssertionError("Import of " + code + " failed: " + answer.statusCode() + " " + answer.body());
		}
		return code;
	}

	static String importKrnCopy(int port) {
		return importKrnCopy(port, doc -> {
		});
	}

	static String unitCode(String planCode) {
		return "ST-" + planCode.substring(planCode.lastIndexOf('-') + 1).toUpperCase();
	}

	/** The item with this code, anywhere in the document. */
	static ObjectNode item(ObjectNode doc, String code) {
		return PlanDocuments.item(doc, code);
	}

	/** An item code as it goes into an address. */
	static String encoded(String itemCode) {
		return URLEncoder.encode(itemCode, StandardCharsets.UTF_8).replace("+", "%20").replace("%28", "(").replace("%29", ")");
	}

}
