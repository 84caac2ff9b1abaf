package no.planspor.followup;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.planspor.PlansporTest;
import no.planspor.exchange.ApiClient;

import static no.planspor.followup.StatusPlans.JSON;
import static no.planspor.followup.StatusPlans.encoded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In planspor-plan/1 each item's {@code status} is its latest update: recording one through the API
 * changes the exported document, and export → import under a new code keeps it.
 */
@PlansporTest
class StatusExportTest {

	@LocalServerPort
	int port;

	@Autowired
	Clock clock;

	@Test
	void theExportedStatusIsTheLatestUpdateAndSurvivesARoundTrip() {
		String plan = StatusPlans.importKrnCopy(port);
		LocalDate today = LocalDate.now(clock);
		ApiClient admin = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD);
		assertThat(status(export(admin, plan), "T1.4 b)").isNull()).isTrue();

		record(admin, plan, "T1.4 b)", """
				{"state": "ON_TRACK", "asOf": "%s", "progress": 20}""".formatted(today.minusDays(40)));
		long wrong = JSON.readTree(record(admin, plan, "T1.4 b)", """
				{"state": "ON_TRACK", "asOf": "%s", "progress": 90}""".formatted(today.minusDays(3))).body())
			.get("id")
			.asLong();
		record(admin, plan, "T1.4 b)", """
				{"state": "AT_RISK", "asOf": "%s", "progress": 45, "text": "Juridisk avklaring trekker ut.", "correctsId": %d}"""
			.formatted(today.minusDays(3), wrong));
		record(admin, plan, "1", """
				{"state": "ON_TRACK", "asOf": "%s", "text": "Målet følges opp i FU KRN."}""".formatted(today));

		JsonNode exported = export(admin, plan);
		assertThat(status(exported, "T1.4 b)")).isEqualTo(JSON.readTree("""
				{"state": "AT_RISK", "asOf": "%s", "progress": 45, "text": "Juridisk avklaring trekker ut."}"""
			.formatted(today.minusDays(3))));
		assertThat(status(exported, "1").get("text").asString()).isEqualTo("Målet følges opp i FU KRN.");
		assertThat(status(exported, "T1.4 a)").isNull()).isTrue();

		String copy = plan + "-copy";
		ObjectNode again = (ObjectNode) exported.deepCopy();
		again.put("code", copy);
		HttpResponse<String> imported = admin.post("/api/plans", JSON.writeValueAsString(again).getBytes(StandardCharsets.UTF_8));
		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
		ObjectNode roundTrip = (ObjectNode) export(admin, copy);
		roundTrip.put("code", plan);
		assertThat(roundTrip).isEqualTo(exported);
		assertThat(JSON.readTree(admin.get("/api/plans/" + copy + "/items/" + encoded("T1.4 b)") + "/status").body()))
			.as("the copy's history starts with the exported status").hasSize(1);
	}

	private static HttpResponse<String> record(ApiClient admin, String plan, String item, String json) {
		HttpResponse<String> answer = admin.post("/api/plans/" + plan + "/items/" + encoded(item) + "/status",
				json.getBytes(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		return answer;
	}

	private static JsonNode export(ApiClient admin, String plan) {
		HttpResponse<String> answer = admin.get("/api/plans/" + plan);
		assertThat(answer.statusCode()).isEqualTo(200);
		return JSON.readTree(answer.body());
	}

	private static JsonNode status(JsonNode doc, String itemCode) {
		return find(doc.get("items"), itemCode).get("status");
	}

	private static JsonNode find(JsonNode items, String code) {
		for (JsonNode item : items) {
			if (code.equals(item.get("code").asString())) {
				return item;
			}
			JsonNode below = find(item.get("children"), code);
			if (below != null) {
				return below;
			}
		}
		return null;
	}
}
