package no.planspor.followup;

import static no.planspor.account.AccountFixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.ApiClient;
import no.planspor.followup.IndicatorPlans.Fixture;
import no.planspor.shared.JsonBody;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET|POST /api/plans/{plan}/items/{item}/indicators/{n}/values} and {@code POST /api/targets/parse}:
 * what is recorded and shown, every kind of bad input (400 naming the member, nothing written), and
 * who may record (the role matrix).
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorApiTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Oslo"));

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	UserAccounts accounts;

	Fixture plan;

	@BeforeAll
	void plan() {
		plan = IndicatorPlans.create(port, db, accounts, "ind-api");
	}

	@Test
	void recordsAValueAndAnswersWithItAndWhereItLives() {
		String path = plan.valuesPath(IndicatorPlans.COUNT_ITEM, 2);
		HttpResponse<String> created = post(plan.contributor(), path, """
				{"value": 2, "asOf": "2025-06-01", "note": "To registre etablert", "source": "MANUAL",
				 "evidence": "https://example.org/registre"}""");

		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode body = ApiClient.json(created);
		assertThat(body.get("value").decimalValue()).isEqualByComparingTo("2");
		assertThat(body.get("asOf").asString()).isEqualTo("2025-06-01");
		assertThat(body.get("note").asString()).isEqualTo("To registre etablert");
		assertThat(body.get("source").asString()).isEqualTo("MANUAL");
		assertThat(body.get("evidence").asString()).isEqualTo("https://example.org/registre");
		assertThat(body.get("author").asString()).isEqualTo("Test " + plan.contributor());
		String location = created.headers().firstValue("Location").orElseThrow();
		assertThat(URI.create(location).getPath()).isEqualTo(URI.create(path + "/" + body.get("id").asLong()).getPath());

		HttpResponse<String> one = api(plan.reader()).get(location);
		assertThat(one.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(one).get("id").asLong()).isEqualTo(body.get("id").asLong());

		List<String> audit = AccountFixtures.auditOf(db, "MEASUREMENT", body.get("id").asLong());
		assertThat(audit).containsExactly(plan.contributor() + " RECORDED value: ∅ → [\"measurement\",\"2\",\"2025-06-01\",\"MANUAL\"]");
	}

	@Test
	void theSourceIsApiUnlessTheClientSaysAPersonTypedIt() {
		String path = plan.valuesPath(IndicatorPlans.SHARE_ITEM, 1);
		JsonNode left = ApiClient.json(post(plan.admin(), path, "{\"value\": 10, \"asOf\": \"2025-02-01\"}"));
		JsonNode manual = ApiClient.json(post(plan.admin(), path, "{\"value\": 12.5, \"asOf\": \"2025-03-01\", \"source\": \"manual\"}"));

		assertThat(left.get("source").asString()).isEqualTo("API");
		assertThat(manual.get("source").asString()).isEqualTo("MANUAL");
		assertThat(manual.get("value").decimalValue()).isEqualByComparingTo("12.5");
		assertThat(left.get("note").isNull()).isTrue();
		assertThat(left.get("evidence").isNull()).isTrue();
	}

	@Test
	void historyIsNewestFirstByAsOfDateThenByWhenRecorded() {
		Fixture own = IndicatorPlans.create(port, db, accounts, "ind-hist");
		String path = own.valuesPath(IndicatorPlans.COUNT_ITEM, 2);
		long a = ApiClient.json(post(own.admin(), path, "{\"value\": 1, \"asOf\": \"2025-05-01\"}")).get("id").asLong();
		long b = ApiClient.json(post(own.admin(), path, "{\"value\": 3, \"asOf\": \"2025-09-01\"}")).get("id").asLong();
		long c = ApiClient.json(post(own.admin(), path, "{\"value\": 2, \"asOf\": \"2025-05-01\"}")).get("id").asLong();

		HttpResponse<String> history = api(own.reader()).get(path);

		assertThat(history.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(history).valueStream().map(v -> v.get("id").asLong()).toList()).containsExactly(b, c, a);
		assertThat(ApiClient.json(api(own.reader()).get(own.valuesPath(IndicatorPlans.COUNT_ITEM, 1)))).isEmpty();
	}

	/** Bad input: the problem's path, its code, and that nothing was written. */
	static Stream<Arguments> badInput() {
		String tomorrow = TODAY.plusDays(1).toString();
		String longNote = "x".repeat(2001);
		String longUrl = "https://example.org/" + "a".repeat(2000);
		return Stream.of(
				Arguments.of("a value that is no number", "{\"value\": \"tre\", \"asOf\": \"2025-06-01\"}", 2, "$.value", "measurement.value.number"),
				Arguments.of("a number as text", "{\"value\": \"3\", \"asOf\": \"2025-06-01\"}", 2, "$.value", "measurement.value.number"),
				Arguments.of("no value", "{\"asOf\": \"2025-06-01\"}", 2, "$.value", "measurement.value.required"),
				Arguments.of("a negative value", "{\"value\": -1, \"asOf\": \"2025-06-01\"}", 2, "$.value", "measurement.value.negative"),
				Arguments.of("three decimals", "{\"value\": 1.234, \"asOf\": \"2025-06-01\"}", 2, "$.value", "measurement.value.decimals"),
				Arguments.of("too large", "{\"value\": 12345678901234567, \"asOf\": \"2025-06-01\"}", 2, "$.value", "measurement.value.too-large"),
				Arguments.of("half a register", "{\"value\": 2.5, \"asOf\": \"2025-06-01\"}", 2, "$.value", "measurement.value.whole"),
				Arguments.of("no date", "{\"value\": 1}", 2, "$.asOf", "measurement.as-of.required"),
				Arguments.of("a date that is no date", "{\"value\": 1, \"asOf\": \"2025-13-01\"}", 2, "$.asOf", "measurement.as-of.invalid"),
				Arguments.of("a date before the period", "{\"value\": 1, \"asOf\": \"2024-12-31\"}", 2, "$.asOf", "measurement.as-of.outside-period"),
				Arguments.of("a date in the future", "{\"value\": 1, \"asOf\": \"" + tomorrow + "\"}", 2, "$.asOf", "measurement.as-of.future"),
				Arguments.of("an unknown source", "{\"value\": 1, \"asOf\": \"2025-06-01\", \"source\": \"EXCEL\"}", 2, "$.source", "measurement.source.unknown"),
				Arguments.of("the reserved source", "{\"value\": 1, \"asOf\": \"2025-06-01\", \"source\": \"IMPORT\"}", 2, "$.source", "measurement.source.reserved"),
				Arguments.of("a note too long", "{\"value\": 1, \"asOf\": \"2025-06-01\", \"note\": \"" + longNote + "\"}", 2, "$.note", "measurement.note.too-long"),
				Arguments.of("a note that is no text", "{\"value\": 1, \"asOf\": \"2025-06-01\", \"note\": 5}", 2, "$.note", "error.json.wrong-type"),
				Arguments.of("evidence that is no link", "{\"value\": 1, \"asOf\": \"2025-06-01\", \"evidence\": \"se rapporten\"}", 2, "$.evidence", "measurement.evidence.invalid"),
				Arguments.of("evidence by ftp", "{\"value\": 1, \"asOf\": \"2025-06-01\", \"evidence\": \"ftp://example.org/x\"}", 2, "$.evidence", "measurement.evidence.invalid"),
				Arguments.of("evidence as a script", "{\"value\": 1, \"asOf\": \"2025-06-01\", \"evidence\": \"javascript:alert(1)\"}", 2, "$.evidence", "measurement.evidence.invalid"),
				Arguments.of("evidence too long", "{\"value\": 1, \"asOf\": \"2025-06-01\", \"evidence\": \"" + longUrl + "\"}", 2, "$.evidence", "measurement.evidence.too-long"),
				Arguments.of("an unknown member", "{\"value\": 1, \"asOf\": \"2025-06-01\", \"state\": \"DONE\"}", 2, "$.state", "error.json.unknown-field"),
				Arguments.of("not JSON", "{\"value\": 1,", 2, "$", "error.json.malformed"),
				Arguments.of("not an object", "[1]", 2, "$", "error.body.invalid"),
				Arguments.of("no body", "", 2, "$", "error.body.invalid"),
				Arguments.of("a key twice", "{\"value\": 1, \"asOf\": \"2025-06-01\", \"value\": 2}", 2, "$", "error.json.duplicate-key"),
				Arguments.of("something after the object", "{\"value\": 1, \"asOf\": \"2025-06-01\"}]", 2, "$", "error.json.malformed"),
				Arguments.of("a body over a megabyte", "{\"value\": 1, \"asOf\": \"2025-06-01\", \"note\": \"" + "x".repeat(JsonBody.MAX_BYTES) + "\"}", 2, "$", "error.json.too-large"),
				Arguments.of("a value that is an object", "{\"value\": {}, \"asOf\": \"2025-06-01\"}", 2, "$.value", "measurement.value.number"),
				Arguments.of("an indicator without target", "{\"value\": 1, \"asOf\": \"2025-06-01\"}", 1, "n", "measurement.indicator.no-target"),
				Arguments.of("an indicator that is not there", "{\"value\": 1, \"asOf\": \"2025-06-01\"}", 3, "n", "measurement.indicator.range"),
				Arguments.of("indicator 0", "{\"value\": 1, \"asOf\": \"2025-06-01\"}", 0, "n", "measurement.indicator.range"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInput")
	void badInputIsRefusedNamingTheMemberAndNothingIsWritten(String what, String json, int n, String path, String code) {
		long before = IndicatorPlans.count(db, "indicator_value");
		long audited = IndicatorPlans.count(db, "audit_event");

		HttpResponse<String> refused = post(plan.admin(), plan.valuesPath(IndicatorPlans.COUNT_ITEM, n), json);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problems = ApiClient.json(refused).get("problems");
		assertThat(problems.valueStream().map(p -> p.get("path").asString() + " " + p.get("code").asString()))
			.contains(path + " " + code);
		assertThat(problems.valueStream().allMatch(p -> !p.get("message").asString().isBlank())).isTrue();
		assertThat(IndicatorPlans.count(db, "indicator_value")).isEqualTo(before);
		assertThat(IndicatorPlans.count(db, "audit_event")).isEqualTo(audited);
	}

	@Test
	void everyProblemIsReportedAtOnce() {
		HttpResponse<String> refused = post(plan.admin(), plan.valuesPath(IndicatorPlans.COUNT_ITEM, 2),
				"{\"value\": -1.555, \"asOf\": \"2019-01-01\", \"source\": \"X\", \"evidence\": \"nope\", \"extra\": 1}");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(ApiClient.json(refused).get("problems").valueStream().map(p -> p.get("path").asString()))
			.containsExactlyInAnyOrder("$.extra", "$.source", "$.value", "$.asOf", "$.evidence");
	}

	@Test
	void kindsTakeOnlyTheNumbersThatMeanSomethingForThem() {
		assertRefused(IndicatorPlans.YEARLY_ITEM, 2, "{\"value\": 2, \"asOf\": \"2025-06-01\"}", "measurement.value.milestone");
		assertRefused(IndicatorPlans.SHARE_ITEM, 1, "{\"value\": 100.5, \"asOf\": \"2025-06-01\"}", "measurement.value.percent");
		assertRefused(IndicatorPlans.YEARLY_ITEM, 1, "{\"value\": 0.5, \"asOf\": \"2025-06-01\"}", "measurement.value.whole");
		assertThat(post(plan.admin(), plan.valuesPath(IndicatorPlans.YEARLY_ITEM, 2), "{\"value\": 1, \"asOf\": \"2025-06-01\"}")
			.statusCode()).isEqualTo(201);
		assertThat(post(plan.admin(), plan.valuesPath(IndicatorPlans.SHARE_ITEM, 2), "{\"value\": 250000.75, \"asOf\": \"2025-06-01\"}")
			.statusCode()).isEqualTo(201);
	}

	@Test
	void aPathThatIsNoNumberOrAnUnknownPlanOrItem() {
		assertThat(api(plan.admin()).get("/api/plans/" + plan.code() + "/items/T2.4%20a)/indicators/to/values").statusCode())
			.isEqualTo(400);
		assertThat(post(plan.admin(), "/api/plans/no-such-plan/items/T2.4%20a)/indicators/2/values", "{\"value\": 1, \"asOf\": \"2025-06-01\"}")
			.statusCode()).isEqualTo(404);
		assertThat(post(plan.admin(), "/api/plans/" + plan.code() + "/items/X9/indicators/1/values", "{\"value\": 1, \"asOf\": \"2025-06-01\"}")
			.statusCode()).isEqualTo(404);
		HttpResponse<String> outOfRange = api(plan.reader()).get(plan.valuesPath(IndicatorPlans.COUNT_ITEM, 7));
		assertThat(outOfRange.statusCode()).isEqualTo(400);
		assertThat(outOfRange.body()).contains("\"path\":\"n\"").contains("measurement.indicator.range");
		assertThat(api(plan.reader()).get(plan.valuesPath(IndicatorPlans.COUNT_ITEM, 2) + "/999999999").statusCode())
			.isEqualTo(404);
	}

	/** Who may record a value on T2.4 a), for which FU KRN (among others) answers. */
	static Stream<Arguments> whoMayRecord() {
		return Stream.of(Arguments.of("ADMIN", 201), Arguments.of("EDITOR of the plan's unit", 201),
				Arguments.of("CONTRIBUTOR standing for FU KRN", 201), Arguments.of("EDITOR of another unit", 403),
				Arguments.of("CONTRIBUTOR standing for another party", 403), Arguments.of("READER standing for FU KRN", 403));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("whoMayRecord")
	void onlyThoseWhoMayContributeRecordValues(String who, int status) {
		String username = switch (who) {
			case "ADMIN" -> plan.admin();
			case "EDITOR of the plan's unit" -> plan.editor();
			case "CONTRIBUTOR standing for FU KRN" -> plan.contributor();
			case "EDITOR of another unit" -> plan.otherEditor();
			case "CONTRIBUTOR standing for another party" -> plan.outsider();
			default -> plan.reader();
		};
		long before = IndicatorPlans.count(db, "indicator_value");

		HttpResponse<String> answer = post(username, plan.valuesPath(IndicatorPlans.COUNT_ITEM, 2),
				"{\"value\": 1, \"asOf\": \"2025-07-01\"}");

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
		assertThat(IndicatorPlans.count(db, "indicator_value")).isEqualTo(before + (status == 201 ? 1 : 0));
		// Everyone signed in reads the history.
		assertThat(api(username).get(plan.valuesPath(IndicatorPlans.COUNT_ITEM, 2)).statusCode()).isEqualTo(200);
	}

	@Test
	void permissionIsCheckedBeforeTheInput() {
		HttpResponse<String> answer = post(plan.reader(), plan.valuesPath(IndicatorPlans.COUNT_ITEM, 2), "{\"value\": \"x\"}");

		assertThat(answer.statusCode()).isEqualTo(403);
	}

	@Test
	void nobodySignedInGetsNothing() {
		assertThat(ApiClient.anonymous(port).get(plan.valuesPath(IndicatorPlans.COUNT_ITEM, 2)).statusCode()).isEqualTo(401);
		assertThat(ApiClient.anonymous(port).post("/api/targets/parse", bytes("{\"text\": \"Minst 3 PhD\"}")).statusCode())
			.isEqualTo(401);
	}

	@Test
	void anArchivedPlanTakesNoValues() {
		Fixture archived = IndicatorPlans.create(port, db, accounts, "ind-arch", "ARCHIVED");
		long before = IndicatorPlans.count(db, "indicator_value");

		HttpResponse<String> refused = post(archived.admin(), archived.valuesPath(IndicatorPlans.COUNT_ITEM, 2),
				"{\"value\": 1, \"asOf\": \"2025-06-01\"}");

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("measurement.plan.archived");
		assertThat(IndicatorPlans.count(db, "indicator_value")).isEqualTo(before);
	}

	@Test
	void theParserProposesATargetInTheExchangeShape() {
		HttpResponse<String> amount = post(plan.reader(), "/api/targets/parse",
				"{\"text\": \"Tilstrekkelig eksterne midler (minst NOK 30 mill/år)\"}");
		HttpResponse<String> nothing = post(plan.reader(), "/api/targets/parse", "{\"text\": \"Økt bredde på forskning\"}");

		assertThat(amount.statusCode()).isEqualTo(200);
		assertThat(amount.body()).isEqualTo(
				"{\"target\":{\"kind\":\"AMOUNT\",\"value\":30000000,\"unit\":\"NOK\",\"per\":\"YEAR\",\"baseline\":null,\"due\":null}}");
		assertThat(nothing.statusCode()).isEqualTo(200);
		assertThat(nothing.body()).isEqualTo("{\"target\":null}");
	}

	static Stream<Arguments> badParseInput() {
		return Stream.of(Arguments.of("{}", "$.text", "target.parse.text.required"),
				Arguments.of("{\"text\": null}", "$.text", "target.parse.text.required"),
				Arguments.of("{\"text\": \"   \"}", "$.text", "target.parse.text.required"),
				Arguments.of("{\"text\": 3}", "$.text", "error.json.wrong-type"),
				Arguments.of("{\"text\": \"" + "a".repeat(1001) + "\"}", "$.text", "target.parse.text.too-long"),
				Arguments.of("{\"text\": \"Minst 3 PhD\", \"lang\": \"nb\"}", "$.lang", "error.json.unknown-field"),
				Arguments.of("\"Minst 3 PhD\"", "$", "error.body.invalid"),
				Arguments.of("", "$", "error.body.invalid"),
				Arguments.of("{\"text\": \"Minst 3 PhD\", \"text\": \"Minst 4 PhD\"}", "$", "error.json.duplicate-key"),
				Arguments.of("{\"text\": \"Minst 3 PhD\"} {\"text\": \"Minst 4 PhD\"}", "$", "error.json.malformed"),
				Arguments.of("{\"text\":", "$", "error.json.malformed"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badParseInput")
	void theParserRefusesBadInputNamingTheMember(String json, String path, String code) {
		HttpResponse<String> refused = post(plan.reader(), "/api/targets/parse", json);

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(ApiClient.json(refused).get("problems").valueStream()
			.map(p -> p.get("path").asString() + " " + p.get("code").asString())).contains(path + " " + code);
	}

	private void assertRefused(String item, int n, String json, String code) {
		HttpResponse<String> refused = post(plan.admin(), plan.valuesPath(item, n), json);
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains(code);
	}

	private ApiClient api(String username) {
		return ApiClient.as(port, username, username.equals("admin") ? PlansporTest.ADMIN_PASSWORD : PASSWORD);
	}

	private HttpResponse<String> post(String username, String path, String json) {
		return api(username).post(path, bytes(json));
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}
}
