package no.planspor.followup;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.ApiClient;

import static no.planspor.followup.StatusPlans.CRAI_MEASURE;
import static no.planspor.followup.StatusPlans.JSON;
import static no.planspor.followup.StatusPlans.OTHER_MEASURE;
import static no.planspor.followup.StatusPlans.encoded;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET|POST /api/plans/{plan}/items/{item}/status}: the history newest first, and recording an
 * update — for whoever may contribute to the item, with every bad input a 400 naming its field, and
 * nothing written on any refusal.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusApiTest {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	@Autowired
	Clock clock;

	@Autowired
	MessageSource messages;

	String plan;

	LocalDate today;

	/** Role description → username. */
	final Map<String, String> people = new LinkedHashMap<>();

	@BeforeAll
	void setUp() {
		plan = StatusPlans.importKrnCopy(port);
		today = LocalDate.now(clock);
		long unit = AccountFixtures.unitId(db, StatusPlans.unitCode(plan));
		long otherUnit = AccountFixtures.unitId(db, "KRN");
		person("ADMIN", Role.ADMIN);
		AccountFixtures.grantUnit(db, person("EDITOR of the unit", Role.EDITOR), unit);
		AccountFixtures.grantUnit(db, person("EDITOR of another unit", Role.EDITOR), otherUnit);
		AccountFixtures.memberOfUnit(db, person("CONTRIBUTOR for CRAI", Role.CONTRIBUTOR), "CRAI", unit);
		AccountFixtures.memberOfUnit(db, person("CONTRIBUTOR for CRAI elsewhere", Role.CONTRIBUTOR), "CRAI", otherUnit);
		AccountFixtures.memberOfUnit(db, person("READER for CRAI", Role.READER), "CRAI", unit);
	}

	long person(String name, Role role) {
		String username = AccountFixtures.unique(role.name().toLowerCase());
		people.put(name, username);
		return AccountFixtures.user(accounts, username, role);
	}

	@Test
	void whoMayRecordAStatus() {
		Map<String, List<String>> allowed = Map.of(
				CRAI_MEASURE, List.of("ADMIN", "EDITOR of the unit", "CONTRIBUTOR for CRAI"),
				OTHER_MEASURE, List.of("ADMIN", "EDITOR of the unit"));
		List<String> outcomes = new ArrayList<>();
		List<String> expected = new ArrayList<>();
		for (String item : List.of(CRAI_MEASURE, OTHER_MEASURE)) {
			for (var person : people.entrySet()) {
				long before = rows(item);
				HttpResponse<String> answer = post(person.getKey(), item,
						"{\"state\": \"ON_TRACK\", \"asOf\": \"" + today + "\"}");
				boolean may = allowed.get(item).contains(person.getKey());
				outcomes.add(person.getKey() + " on " + item + ": " + answer.statusCode() + ", rows +"
						+ (rows(item) - before));
				expected.add(person.getKey() + " on " + item + ": " + (may ? "201, rows +1" : "403, rows +0"));
			}
		}
		assertThat(outcomes).containsExactlyElementsOf(expected);
	}

	@Test
	void aRecordedUpdateIsCreatedWithItsAddressAndReadBackNewestFirst() {
		String item = "T1.1 a)";
		HttpResponse<String> first = post("ADMIN", item,
				"{\"state\": \"NOT_STARTED\", \"asOf\": \"" + today.minusDays(20) + "\"}");
		HttpResponse<String> second = post("ADMIN", item, """
				{"state": "AT_RISK", "asOf": "%s", "progress": 30, "text": "Mangler kapasitet.", "correctsId": null}
				""".formatted(today.minusDays(2)));
		assertThat(second.statusCode()).isEqualTo(201);
		JsonNode created = JSON.readTree(second.body());
		assertThat(created.get("state").asString()).isEqualTo("AT_RISK");
		assertThat(created.get("asOf").asString()).isEqualTo(today.minusDays(2).toString());
		assertThat(created.get("progress").asInt()).isEqualTo(30);
		assertThat(created.get("text").asString()).isEqualTo("Mangler kapasitet.");
		assertThat(created.get("author").asString()).isEqualTo("Administrator");
		assertThat(created.get("recordedAt").asString()).isNotBlank();
		assertThat(created.get("correctsId").isNull()).isTrue();
		String location = second.headers().firstValue("Location").orElseThrow();
		assertThat(location).isEqualTo("/api/plans/" + plan + "/items/T1.1%20a)/status/" + created.get("id").asLong());
		assertThat(JSON.readTree(get("READER for CRAI", location).body())).isEqualTo(created);

		JsonNode history = JSON.readTree(get("READER for CRAI", path(item)).body());
		assertThat(history).hasSize(2);
		assertThat(history.get(0)).isEqualTo(created);
		assertThat(history.get(1).get("id").asLong()).isEqualTo(JSON.readTree(first.body()).get("id").asLong());
		assertThat(history.get(1).get("progress").isNull()).isTrue();

		HttpResponse<String> correction = post("ADMIN", item, """
				{"state": "ON_TRACK", "asOf": "%s", "correctsId": %d}
				""".formatted(today.minusDays(2), created.get("id").asLong()));
		assertThat(correction.statusCode()).isEqualTo(201);
		assertThat(JSON.readTree(correction.body()).get("correctsId").asLong()).isEqualTo(created.get("id").asLong());
	}

	@Test
	void badInputIsA400NamingTheFieldAndNothingIsWritten() {
		String item = "T1.1 b)";
		Map<String, String> cases = new LinkedHashMap<>();
		cases.put("{\"state\": \"LATE\", \"asOf\": \"" + today + "\"}", "$.state status.state.unknown");
		cases.put("{\"asOf\": \"" + today + "\"}", "$.state status.state.required");
		cases.put("{\"state\": \"ON_TRACK\", \"asOf\": \"" + today + "\", \"progress\": 101}",
				"$.progress status.progress.range");
		cases.put("{\"state\": \"ON_TRACK\", \"asOf\": \"" + today + "\", \"progress\": -1}",
				"$.progress status.progress.range");
		cases.put("{\"state\": \"ON_TRACK\", \"asOf\": \"" + today + "\", \"progress\": \"mye\"}",
				"$.progress error.json.wrong-type");
		cases.put("{\"state\": \"ON_TRACK\", \"asOf\": \"" + today.plusDays(1) + "\"}", "$.asOf status.as-of.future");
		cases.put("{\"state\": \"ON_TRACK\", \"asOf\": \"2024-12-31\"}", "$.asOf status.as-of.outside-period");
		cases.put("{\"state\": \"ON_TRACK\", \"asOf\": \"2026-13-01\"}", "$.asOf status.as-of.invalid");
		cases.put("{\"state\": \"ON_TRACK\"}", "$.asOf status.as-of.required");
		cases.put("{\"state\": \"DELAYED\", \"asOf\": \"" + today + "\"}", "$.text status.text.required");
		cases.put("{\"state\": \"ON_HOLD\", \"asOf\": \"" + today + "\", \"text\": \" \"}", "$.text status.text.required");
		cases.put("{\"state\": \"ON_TRACK\", \"asOf\": \"" + today + "\", \"colour\": \"green\"}",
				"$.colour error.json.unknown-field");
		cases.put("{\"state\": \"ON_TRACK\", \"asOf\": \"" + today + "\", \"correctsId\": 987654321}",
				"$.correctsId status.corrects.unknown");
		cases.put("{\"state\": \"ON_TRACK\", \"asOf\": \"" + today + "\", \"progress\": \"50\"}",
				"$.progress error.json.wrong-type");
		cases.put("{\"state\": \"ON_TRACK\", \"asOf\": \"" + today + "\", \"progress\": 50.5}",
				"$.progress error.json.wrong-type");
		cases.put("{\"state\": 5, \"asOf\": \"" + today + "\"}", "$.state error.json.wrong-type");
		cases.put("{\"state\": \"ON_TRACK\", \"asOf\": \"" + today + "\", \"correctsId\": \"12\"}",
				"$.correctsId error.json.wrong-type");
		cases.put("{\"state\": \"ON_TRACK\", \"state\": \"DELAYED\", \"asOf\": \"" + today + "\"}",
				"$ error.json.duplicate-key");
		cases.put("{\"state\": \"ON_TRACK\", \"asOf\": \"" + today + "\"} {}", "$ error.json.malformed");
		cases.put("[]", "$ error.body.invalid");
		cases.put("{\"state\": \"ON_TRACK\", ", "$ error.json.malformed");
		cases.put("", "$ error.body.invalid");
		List<String> answers = new ArrayList<>();
		for (var c : cases.entrySet()) {
			HttpResponse<String> answer = post("ADMIN", item, c.getKey());
			JsonNode problem = JSON.readTree(answer.body());
			String first = problem.path("problems").path(0).path("path").asString() + " "
					+ problem.path("problems").path(0).path("code").asString();
			answers.add(answer.statusCode() + " " + first + " (" + problem.path("problems").size() + ")");
		}
		assertThat(answers).containsExactlyElementsOf(cases.values().stream().map(p -> "400 " + p + " (1)").toList());
		assertThat(rows(item)).isZero();

		// Problem details are in the reader's language, each with a message.
		HttpResponse<String> answer = post("ADMIN", item, "{\"state\": \"DELAYED\", \"asOf\": \"" + today + "\"}");
		assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(JSON.readTree(answer.body()).at("/problems/0/message").asString())
			.isEqualTo("Explain why: this state needs a narrative.");
		// A key sent twice is named, where it stands the second time.
		HttpResponse<String> twice = post("ADMIN", item, "{\"state\": \"ON_TRACK\",\n  \"state\": \"DELAYED\"}");
		assertThat(JSON.readTree(twice.body()).at("/problems/0/message").asString())
			.isEqualTo("The key “state” appears twice (line 2, column 3).");
		assertThat(messages.getMessage("error.json.duplicate-key", new Object[] { "state", 2, 3 }, Locale.forLanguageTag("nb")))
			.isEqualTo("Nøkkelen «state» står to ganger (linje 2, kolonne 3).");
	}

	@Test
	void anUnknownPlanOrItemIsNotFound() {
		String body = "{\"state\": \"ON_TRACK\", \"asOf\": \"" + today + "\"}";
		assertThat(post("ADMIN", "T9.9 z)", body).statusCode()).isEqualTo(404);
		assertThat(get("ADMIN", path("T9.9 z)")).statusCode()).isEqualTo(404);
		assertThat(get("ADMIN", "/api/plans/no-such-plan/items/T1.1%20a)/status").statusCode()).isEqualTo(404);
		assertThat(ApiClient.as(port, "admin", no.planspor.PlansporTest.ADMIN_PASSWORD)
			.post("/api/plans/no-such-plan/items/T1.1%20a)/status", body.getBytes(StandardCharsets.UTF_8))
			.statusCode()).isEqualTo(404);
		assertThat(get("ADMIN", path(CRAI_MEASURE) + "/987654321").statusCode()).isEqualTo(404);
	}

	@Test
	void nobodySignedInGetsNothing() {
		assertThat(ApiClient.anonymous(port).get(path(CRAI_MEASURE)).statusCode()).isEqualTo(401);
	}

	private String path(String item) {
		return "/api/plans/" + plan + "/items/" + encoded(item) + "/status";
	}

	private HttpResponse<String> post(String who, String item, String json) {
		return client(who).post(path(item), json.getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> get(String who, String path) {
		return client(who).get(path);
	}

	private ApiClient client(String who) {
		return who.equals("ADMIN") ? ApiClient.as(port, "admin", no.planspor.PlansporTest.ADMIN_PASSWORD)
				: ApiClient.as(port, people.get(who), AccountFixtures.PASSWORD);
	}

	private long rows(String itemCode) {
		return db.sql("""
				select count(*) from status_update s join plan_item i on i.id = s.item_id join plan p on p.id = i.plan_id
				where p.code = :plan and i.code = :item
				""").param("plan", plan).param("item", itemCode).query(Long.class).single();
	}
}
