package no.planspor.audit;

import java.net.http.HttpResponse;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/audit?since=…&limit=…}: the log from a moment on, for administrators' systems. */
@PlansporTest
class AuditApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	HttpResponse<String> get(String path) {
		return AuditHttp.api(port, "admin", PlansporTest.ADMIN_PASSWORD, path);
	}

	JsonNode json(HttpResponse<String> answer) {
		return JSON.readTree(answer.body());
	}

	@Test
	void theEventsSinceAnInstantComeOldestFirstWithEveryField() {
		String label = AuditRows.unique("api");
		long first = AuditRows.insert(db, Instant.parse("2018-02-01T09:00:00Z"), "kari", "UPDATED", "ITEM", 7L, 8L,
				label, "deadline", "2026-01-01", "2026-06-30");
		long second = AuditRows.insert(db, Instant.parse("2018-02-01T09:00:05Z"), "ola", "CREATED", "USER", null,
				null, label, null, null, "READER");

		HttpResponse<String> answer = get("/api/audit?since=2018-02-01T09:00:00Z&limit=2");

		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode events = json(answer);
		assertThat(events.size()).isEqualTo(2);
		JsonNode event = events.get(0);
		assertThat(event.get("id").asLong()).isEqualTo(first);
		assertThat(event.get("at").asString()).isEqualTo("2018-02-01T09:00:00Z");
		assertThat(event.get("actor").asString()).isEqualTo("kari");
		assertThat(event.get("action").asString()).isEqualTo("UPDATED");
		assertThat(event.get("entityType").asString()).isEqualTo("ITEM");
		assertThat(event.get("entityId").asLong()).isEqualTo(1);
		assertThat(event.get("planId").asLong()).isEqualTo(7);
		assertThat(event.get("itemId").asLong()).isEqualTo(8);
		assertThat(event.get("label").asString()).isEqualTo(label);
		assertThat(event.get("field").asString()).isEqualTo("deadline");
		assertThat(event.get("old").asString()).isEqualTo("2026-01-01");
		assertThat(event.get("new").asString()).isEqualTo("2026-06-30");
		assertThat(events.get(1).get("id").asLong()).isEqualTo(second);
		assertThat(events.get(1).get("planId").isNull()).isTrue();
	}

	@Test
	void aDateMeansItsStartInNorwegianTimeAndAnOffsetIsHonoured() {
		String label = AuditRows.unique("dato");
		// 23:30 UTC on 31 January is 00:30 on 1 February in Oslo.
		long justAfterMidnight = AuditRows.insert(db, Instant.parse("2017-01-31T23:30:00Z"), "kari", "UPDATED",
				"ITEM", null, null, label, null, null, null);
		AuditRows.insert(db, Instant.parse("2017-01-31T22:30:00Z"), "kari", "UPDATED", "ITEM", null, null, label,
				null, null, null);

		JsonNode byDate = json(get("/api/audit?since=2017-02-01&limit=1"));
		JsonNode byOffset = json(get("/api/audit?since=2017-02-01T00:30:00%2B01:00&limit=1"));

		assertThat(byDate.get(0).get("id").asLong()).isEqualTo(justAfterMidnight);
		assertThat(byOffset.get(0).get("id").asLong()).isEqualTo(justAfterMidnight);
	}

	@Test
	void theLimitIsAHundredByDefaultAndAThousandAtMost() {
		db.sql("""
				insert into audit_event (at, actor, action, entity_type, label)
				select timestamptz '2016-01-01' + n * interval '1 second', 'api', 'UPDATED', 'ITEM', 'grense ' || n
				from generate_series(1, 120) n
				""").update();

		assertThat(json(get("/api/audit?since=2000-01-01")).size()).isEqualTo(100);
		assertThat(json(get("/api/audit")).size()).isEqualTo(100);
		assertThat(json(get("/api/audit?since=2000-01-01&limit=3")).size()).isEqualTo(3);
		assertThat(get("/api/audit?limit=1000").statusCode()).isEqualTo(200);
	}

	@Test
	void aBadSinceOrLimitIsAProblemNamingTheParameter() {
		HttpResponse<String> badSince = get("/api/audit?since=i%20går");
		HttpResponse<String> tooMany = get("/api/audit?limit=1001");
		HttpResponse<String> none = get("/api/audit?limit=0");
		HttpResponse<String> both = get("/api/audit?since=2017-13-01&limit=mange");

		assertThat(badSince.statusCode()).isEqualTo(400);
		assertThat(badSince.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(json(badSince).get("problems").get(0).get("path").asString()).isEqualTo("since");
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(json(tooMany).get("problems").get(0).get("path").asString()).isEqualTo("limit");
		assertThat(json(tooMany).get("problems").get(0).get("message").asString()).contains("from 1 to 1000");
		assertThat(none.statusCode()).isEqualTo(400);
		assertThat(json(both).get("problems").size()).isEqualTo(2);
	}

	@Test
	void onlyAnAdministratorMayReadTheLog() {
		assertThat(AuditHttp.api(port, null, null, "/api/audit").statusCode()).isEqualTo(401);
	}
}
