package no.planspor.exchange;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The full archive (planspor-archive/1): a plan with every status update and measured value, with their
 * authors, times and corrections. Imported under another code, the history is exactly what it was, and the
 * archive of the copy is the same file as the archive it came from. Editors of the plan download it;
 * administrators import it, all of it or nothing.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanArchiveTest {

	static final String UNIT = "X-ARK";

	static final String MEASURE = "T1.3 d)";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	UserAccounts accounts;

	ApiClient admin;

	String plan;

	String contributor;

	String editor;

	String reader;

	@BeforeAll
	void planWithHistory() {
		admin = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD);
		plan = PlanDocuments.freshCode("ark-krn");
		ObjectNode krn = PlanDocuments.seed("03-krn-forskning-2025-2029");
		krn.put("code", plan);
		krn.putObject("unit").put("code", UNIT).put("name", "Arkivtestklinikken");
		ObjectNode measure = PlanDocuments.item(krn, MEASURE);
		((ObjectNode) measure.get("indicators").get(0)).set("target", PlanDocuments.JSON.readTree(
				"{\"kind\":\"COUNT\",\"value\":10,\"unit\":\"verktøy\",\"per\":\"PLAN\",\"baseline\":null,\"due\":null}"));
		// A status that comes with the plan: recorded by "import", with no account.
		PlanDocuments.item(krn, "T1.1 a)").set("status", PlanDocuments.JSON.readTree(
				"{\"state\": \"ON_TRACK\", \"asOf\": \"2025-03-01\", \"progress\": 10, \"text\": \"Fra planfilen.\"}"));
		assertThat(admin.post("/api/plans", PlanDocuments.bytes(krn)).statusCode()).isEqualTo(201);

		long unitId = AccountFixtures.unitId(db, UNIT);
		contributor = AccountFixtures.unique("ark-bidrag");
		long contributorId = AccountFixtures.user(accounts, contributor, Role.CONTRIBUTOR);
		AccountFixtures.memberOfPlan(db, contributorId, "CRAI", AccountFixtures.planId(db, plan));
		editor = AccountFixtures.unique("ark-red");
		AccountFixtures.grantUnit(db, AccountFixtures.user(accounts, editor, Role.EDITOR), unitId);
		reader = AccountFixtures.unique("ark-les");
		AccountFixtures.grantUnit(db, AccountFixtures.user(accounts, reader, Role.READER), unitId);

		ApiClient person = ApiClient.as(port, contributor, AccountFixtures.PASSWORD);
		String item = "/api/plans/" + plan + "/items/T1.3%20d)";
		long first = created(person.post(item + "/status", json("""
				{"state": "ON_TRACK", "asOf": "2025-06-01", "progress": 20, "text": "Første «fase» er i gang – æøå."}""")));
		created(admin.post(item + "/status", json("""
				{"state": "AT_RISK", "asOf": "2025-09-01", "progress": 30, "text": "Risiko: ressurser."}""")));
		// A correction of the first, and a correction of that correction.
		long correction = created(person.post(item + "/status", json("""
				{"state": "ON_TRACK", "asOf": "2025-06-01", "progress": 25, "text": "Rettet fremdrift.", "correctsId": %d}"""
			.formatted(first))));
		created(admin.post(item + "/status", json("""
				{"state": "ON_TRACK", "asOf": "2025-06-01", "progress": 26, "text": null, "correctsId": %d}"""
			.formatted(correction))));
		created(person.post(item + "/indicators/1/values", json("""
				{"value": 3, "asOf": "2025-06-01", "note": "Tre verktøy", "evidence": "https://example.org/rapport"}""")));
		long second = created(admin.post(item + "/indicators/1/values", json("""
				{"value": 4, "asOf": "2025-12-31", "note": null}""")));
		// Other kinds of target take decimals: the column keeps two.
		db.sql("update indicator_value set value = 4.75 where id = :id").param("id", second).update();
		// A moment with microseconds, to see that it survives to the last digit.
		db.sql("""
				update status_update set recorded_at = timestamptz '2025-06-02 08:15:30.123456+00' where id = :id
				""").param("id", first).update();
	}

	@Test
	void theArchiveRoundTripRestoresEveryUpdateAndMeasurementExactly() {
		HttpResponse<String> exported = admin.get("/api/plans/" + plan + "/archive");
		assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
		JsonNode archive = ApiClient.json(exported);
		assertThat(archive.get("format").asString()).isEqualTo("planspor-archive/1");
		assertThat(archive.get("plan").get("format").asString()).isEqualTo("planspor-plan/1");
		assertThat(archive.get("statusUpdates")).hasSize(5);
		assertThat(archive.get("measurements")).hasSize(2);
		JsonNode firstUpdate = archive.get("statusUpdates").get(1);
		assertThat(firstUpdate.get("author").get("username").asString()).isEqualTo(contributor);
		assertThat(firstUpdate.get("recordedAt").asString()).isEqualTo("2025-06-02T08:15:30.123456Z");
		assertThat(archive.get("statusUpdates").get(0).get("author").get("name").asString()).isEqualTo("import");
		assertThat(archive.get("statusUpdates").get(0).get("author").get("username").isNull()).isTrue();

		String copy = PlanDocuments.freshCode("ark-kopi");
		ObjectNode imported = (ObjectNode) archive.deepCopy();
		((ObjectNode) imported.get("plan")).put("code", copy);
		HttpResponse<String> answer = admin.post("/api/plans/archive", PlanDocuments.bytes(imported));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		assertThat(ApiClient.json(answer).get("code").asString()).isEqualTo(copy);

		assertThat(statusRows(copy)).isEqualTo(statusRows(plan)).hasSize(5);
		assertThat(valueRows(copy)).isEqualTo(valueRows(plan)).hasSize(2);
		// The archive of the copy is the archive it came from, byte for byte but for the code.
		assertThat(admin.get("/api/plans/" + copy + "/archive").body())
			.isEqualTo(exported.body().replace("\"code\": \"" + plan + "\"", "\"code\": \"" + copy + "\""));
		// What the item API serves reads the same: the latest state and the history with its corrections.
		String history = "/api/plans/%s/items/T1.3%%20d)/status";
		assertThat(admin.get(history.formatted(copy)).body().replaceAll("\"id\": ?\\d+", "")
			.replaceAll("\"correctsId\": ?\\d+", ""))
			.isEqualTo(admin.get(history.formatted(plan)).body().replaceAll("\"id\": ?\\d+", "")
				.replaceAll("\"correctsId\": ?\\d+", ""));
	}

	/** Every status row of the plan with what it points at in words, in the order recorded. */
	List<String> statusRows(String code) {
		return db.sql("""
				select i.code, s.state, s.progress, s.text, s.as_of, s.author_id, s.author_name,
				       to_char(s.recorded_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') as recorded,
				       c.as_of as corrects_as_of, c.progress as corrects_progress,
				       (select count(*) from status_update e where e.item_id = s.item_id and e.id < s.id) as ordinal,
				       (select count(*) from status_update e where e.item_id = c.item_id and e.id < c.id) as corrects_ordinal
				from status_update s
				join plan_item i on i.id = s.item_id
				join plan p on p.id = i.plan_id
				left join status_update c on c.id = s.corrects_id
				where p.code = :plan
				order by s.id
				""").param("plan", code).query((rs, n) -> String.join(" | ", rs.getString(1), rs.getString(2),
				rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
				rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12))).list();
	}

	List<String> valueRows(String code) {
		return db.sql("""
				select i.code, x.position, v.value, v.as_of, v.note, v.source, v.evidence_url, v.author_id, v.author_name,
				       to_char(v.recorded_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') as recorded
				from indicator_value v
				join indicator x on x.id = v.indicator_id
				join plan_item i on i.id = x.item_id
				join plan p on p.id = i.plan_id
				where p.code = :plan
				order by v.id
				""").param("plan", code).query((rs, n) -> String.join(" | ", rs.getString(1), rs.getString(2),
				rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
				rs.getString(9), rs.getString(10))).list();
	}

	@Test
	void editorsOfThePlanDownloadItOthersAreRefused() {
		assertThat(ApiClient.as(port, editor, AccountFixtures.PASSWORD).get("/api/plans/" + plan + "/archive")
			.statusCode()).isEqualTo(200);
		assertThat(ApiClient.as(port, reader, AccountFixtures.PASSWORD).get("/api/plans/" + plan + "/archive")
			.statusCode()).isEqualTo(403);
		assertThat(ApiClient.as(port, contributor, AccountFixtures.PASSWORD).get("/api/plans/" + plan + "/archive")
			.statusCode()).isEqualTo(403);
		WebSession page = WebSession.signedIn(port, editor, AccountFixtures.PASSWORD);
		HttpResponse<String> download = page.get("/plans/" + plan + "/archive.json");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).contains(plan + "-arkiv.json");
		assertThat(download.body()).contains("\"format\": \"planspor-archive/1\"");
		assertThat(page.get("/plans/" + plan).body()).contains("/plans/" + plan + "/archive.json");
		assertThat(WebSession.signedIn(port, reader, AccountFixtures.PASSWORD).get("/plans/" + plan).body())
			.doesNotContain("archive.json").contains("/plans/" + plan + "/plan.pdf");
		assertThat(admin.get("/api/plans/finnes-ikke/archive").statusCode()).isEqualTo(404);
	}

	@Test
	void onlyAdministratorsImportAndABadArchiveWritesNothingAndListsEveryProblem() {
		JsonNode archive = ApiClient.json(admin.get("/api/plans/" + plan + "/archive"));
		long plans = count("plan");
		long updates = count("status_update");

		ObjectNode copy = (ObjectNode) archive.deepCopy();
		((ObjectNode) copy.get("plan")).put("code", PlanDocuments.freshCode("ark-feil"));
		assertThat(ApiClient.as(port, editor, AccountFixtures.PASSWORD)
			.post("/api/plans/archive", PlanDocuments.bytes(copy)).statusCode()).isEqualTo(403);

		((ObjectNode) copy.get("plan")).remove("title");
		ArrayNode statuses = (ArrayNode) copy.get("statusUpdates");
		((ObjectNode) statuses.get(1)).put("item", "T9.9 z)");
		((ObjectNode) statuses.get(2)).put("corrects", 99);
		((ObjectNode) statuses.get(3)).put("recordedAt", "i går");
		((ObjectNode) copy.get("measurements").get(0)).put("indicator", 7);
		((ObjectNode) copy.get("measurements").get(1)).put("value", 1.234);
		copy.put("extra", true);
		HttpResponse<String> refused = admin.post("/api/plans/archive", PlanDocuments.bytes(copy));
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
		List<String> paths = ApiClient.json(refused).get("problems").valueStream().map(e -> e.get("path").asString()).toList();
		assertThat(paths).contains("$.extra", "$.plan.title", "$.statusUpdates[1].item", "$.statusUpdates[2].corrects",
				"$.statusUpdates[3].recordedAt", "$.measurements[0].indicator", "$.measurements[1].value");
		assertThat(count("plan")).isEqualTo(plans);
		assertThat(count("status_update")).isEqualTo(updates);

		// A plan with the code is there already.
		assertThat(admin.post("/api/plans/archive", PlanDocuments.bytes(archive)).statusCode()).isEqualTo(409);
		// Not an archive at all: a plan document.
		HttpResponse<String> planFile = admin.post("/api/plans/archive", PlanDocuments.bytes(archive.get("plan")));
		assertThat(planFile.statusCode()).isEqualTo(400);
		assertThat(count("plan")).isEqualTo(plans);
	}

	long count(String table) {
		return db.sql("select count(*) from " + table).query(Long.class).single();
	}

	static byte[] json(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static long created(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		return ApiClient.json(answer).get("id").asLong();
	}
}
