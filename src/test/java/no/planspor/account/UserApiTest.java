package no.planspor.account;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.exchange.ApiClient;

import static no.planspor.account.AccountFixtures.PASSWORD;
import static no.planspor.account.AccountFixtures.auditOf;
import static no.planspor.account.AccountFixtures.count;
import static no.planspor.account.AccountFixtures.unique;
import static no.planspor.account.AccountFixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET|POST /api/users} and {@code PUT /api/users/{username}/memberships}: the people to ask,
 * for administrators, with the rules and audit of the user pages; every refusal names its member and
 * writes nothing.
 */
@PlansporTest
class UserApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String KRN_PLAN = "krn-forskning-2025-2029";

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	ApiClient admin() {
		return ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD);
	}

	static JsonNode json(HttpResponse<String> answer) {
		return JSON.readTree(answer.body());
	}

	/** The problems of a 400 as "path code". */
	static List<String> problems(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		List<String> found = new ArrayList<>();
		json(answer).path("problems").forEach(p -> found.add(p.path("path").asString() + " " + p.path("code").asString()));
		return found;
	}

	HttpResponse<String> create(String body) {
		return admin().post("/api/users", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	HttpResponse<String> putMemberships(ApiClient client, String username, String body) {
		return client.send("PUT", "/api/users/" + username + "/memberships", body);
	}

	@Test
	void anAdministratorCreatesAPersonWithLanguageAndTheCreationIsAudited() {
		String username = unique("ola");

		HttpResponse<String> answer = create("""
				{"username": "%s", "name": "Ola Nordmann", "email": "ola.nordmann@ous-hf.no",
				 "role": "CONTRIBUTOR", "language": "en"}
				""".formatted(username.toUpperCase()));

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/api/users/" + username));
		JsonNode created = json(answer);
		assertThat(created.path("username").asString()).isEqualTo(username);
		assertThat(created.path("name").asString()).isEqualTo("Ola Nordmann");
		assertThat(created.path("email").asString()).isEqualTo("ola.nordmann@ous-hf.no");
		assertThat(created.path("role").asString()).isEqualTo("CONTRIBUTOR");
		assertThat(created.path("language").asString()).isEqualTo("en");
		assertThat(created.path("memberships").isArray()).isTrue();
		assertThat(created.path("memberships")).isEmpty();
		Map<String, Object> row = db.sql("select id, language, password_hash, enabled from app_user where username = :u")
			.param("u", username)
			.query()
			.singleRow();
		assertThat(row).containsEntry("language", "en").containsEntry("enabled", true);
		assertThat(row.get("password_hash")).isNull();
		assertThat(auditOf(db, "USER", (Long) row.get("id"))).containsExactly(
				"admin CREATED: ∅ → [\"account\",\"CONTRIBUTOR\",\"ola.nordmann@ous-hf.no\",\"en\"]");
		// Where Location points, and the list, show the same person.
		assertThat(json(admin().get("/api/users/" + username))).isEqualTo(created);
		JsonNode listed = null;
		for (JsonNode person : json(admin().get("/api/users"))) {
			if (person.path("username").asString().equals(username)) {
				listed = person;
			}
		}
		assertThat(listed).isEqualTo(created);
		// Without a password nobody signs in as the new person, whatever they try.
		assertThat(ApiClient.as(port, username, "").get("/api/plans").statusCode()).isEqualTo(401);
		assertThat(ApiClient.as(port, username, "et-langt-passord-gjettet").get("/api/plans").statusCode())
			.isEqualTo(401);
	}

	@Test
	void theLanguageIsBokmalUnlessToldAndTheEmailMayBeLeftOut() {
		String username = unique("kari");

		HttpResponse<String> answer = create("""
				{"username": "%s", "name": "Kari", "email": null, "role": "READER"}
				""".formatted(username));

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		assertThat(json(answer).path("language").asString()).isEqualTo("nb");
		assertThat(json(answer).path("email").isNull()).isTrue();
	}

	@Test
	void everyBadMemberIsNamedByItsPathAndNothingIsWritten() {
		String taken = unique("tatt");
		user(accounts, taken, Role.READER);
		long users = count(db, "app_user");
		long audit = count(db, "audit_event");

		List<String> problems = problems(create("""
				{"username": "%s", "name": " ", "email": "ikke-en-adresse", "role": "SJEF", "language": "sv"}
				""".formatted(taken)));

		assertThat(problems).containsExactlyInAnyOrder("$.username account.username.taken",
				"$.name account.name.missing", "$.email account.email.shape", "$.role account.role.unknown",
				"$.language account.language.unknown");
		assertThat(problems(create("""
				{"username": "x", "name": "X", "role": "READER", "password": "et-langt-passord"}
				"""))).containsExactly("$.password error.json.unknown-field");
		assertThat(problems(create("""
				{"username": 12, "name": "X", "role": "READER"}
				"""))).containsExactly("$.username error.json.wrong-type");
		assertThat(problems(create("[]"))).containsExactly("$ error.body.invalid");
		assertThat(count(db, "app_user")).isEqualTo(users);
		assertThat(count(db, "audit_event")).isEqualTo(audit);
	}

	@Test
	void theMembershipsAreReplacedAsAWholeAndEachChangeIsAudited() {
		String username = unique("medlem");
		long id = user(accounts, username, Role.CONTRIBUTOR);
		AccountFixtures.memberOfUnit(db, id, "FU KRN", AccountFixtures.unitId(db, "KRN"));

		HttpResponse<String> answer = putMemberships(admin(), username, """
				[{"plan": null, "unit": "KRN", "party": "FU KRN"},
				 {"plan": "%s", "unit": null, "party": "CRAI"},
				 {"unit": "KRN", "party": "Klinikkleder"}]
				""".formatted(KRN_PLAN));

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(memberships(json(answer))).containsExactly("unit KRN FU KRN", "unit KRN Klinikkleder",
				"plan " + KRN_PLAN + " CRAI");
		assertThat(memberships(json(admin().get("/api/users/" + username)).path("memberships")))
			.containsExactlyElementsOf(memberships(json(answer)));
		List<String> created = membershipAudit(id);
		assertThat(created).containsExactlyInAnyOrder("admin CREATED party: ∅ → CRAI – KRN 2025–2029",
				"admin CREATED party: ∅ → Klinikkleder – KRN");

		answer = putMemberships(admin(), username, """
				[{"plan": "%s", "unit": null, "party": "CRAI"}]
				""".formatted(KRN_PLAN));

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(memberships(json(answer))).containsExactly("plan " + KRN_PLAN + " CRAI");
		assertThat(membershipAudit(id)).hasSize(4)
			.contains("admin DELETED party: FU KRN – KRN → ∅", "admin DELETED party: Klinikkleder – KRN → ∅");

		answer = putMemberships(admin(), username, "[]");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(json(answer)).isEmpty();
		assertThat(db.sql("select count(*) from party_member where user_id = :id").param("id", id).query(Long.class).single())
			.isZero();
	}

	@Test
	void badMembershipsAreNamedByTheirPlaceAndNothingIsWritten() {
		String username = unique("feil");
		long id = user(accounts, username, Role.CONTRIBUTOR);
		AccountFixtures.memberOfUnit(db, id, "FU KRN", AccountFixtures.unitId(db, "KRN"));
		long audit = count(db, "audit_event");

		List<String> problems = problems(putMemberships(admin(), username, """
				[{"plan": null, "unit": "KRN", "party": "FU KRN"},
				 {"plan": "finnes-ikke", "unit": null, "party": "CRAI"},
				 {"plan": null, "unit": "XYZ", "party": "CRAI"},
				 {"plan": "%s", "unit": "KRN", "party": "CRAI"},
				 {"plan": null, "unit": null, "party": "CRAI"},
				 {"plan": "%s", "unit": null, "party": "Ukjent"},
				 {"plan": "%s", "unit": null, "party": " "},
				 {"plan": null, "unit": "KRN", "party": "FU KRN"}]
				""".formatted(KRN_PLAN, KRN_PLAN, KRN_PLAN)));

		assertThat(problems).containsExactlyInAnyOrder("$[1].plan account.membership.plan-unknown",
				"$[2].unit account.membership.unit-unknown", "$[3] account.membership.where",
				"$[4] account.membership.where", "$[5].party account.membership.party-unknown",
				"$[6].party account.membership.party-missing", "$[7].party account.membership.twice");
		// A list of the wrong shape is refused before the rules are asked.
		assertThat(problems(putMemberships(admin(), username, """
				[{"plan": null, "unit": "KRN", "party": "FU KRN", "role": "x"}, "KRN", {"party": 3}]
				"""))).containsExactly("$[0].role error.json.unknown-field", "$[1] error.json.wrong-type",
						"$[2].party error.json.wrong-type");
		assertThat(problems(putMemberships(admin(), username, """
				[{"plan": null, "unit": "KRN", "party": "FU KRN"}, {"plan": null, "unit": "KRN", "party": "FU KRN"}]
				"""))).containsExactly("$[1].party account.membership.twice");
		assertThat(problems(putMemberships(admin(), username, "{}"))).containsExactly("$ error.json.wrong-type");
		assertThat(db.sql("select party_code from party_member where user_id = :id").param("id", id).query(String.class).list())
			.containsExactly("FU KRN");
		assertThat(count(db, "audit_event")).isEqualTo(audit);
	}

	@Test
	void onlyAdministratorsMayAndUnknownUsersAreNotFound() {
		String editor = unique("red");
		user(accounts, editor, Role.EDITOR);
		ApiClient asEditor = ApiClient.as(port, editor, PASSWORD);
		long users = count(db, "app_user");

		assertThat(asEditor.get("/api/users").statusCode()).isEqualTo(403);
		assertThat(asEditor.get("/api/users/admin").statusCode()).isEqualTo(403);
		assertThat(asEditor.post("/api/users", """
				{"username": "%s", "name": "X", "role": "ADMIN"}
				""".formatted(unique("inntrenger")).getBytes()).statusCode()).isEqualTo(403);
		assertThat(putMemberships(asEditor, editor, "[]").statusCode()).isEqualTo(403);
		assertThat(ApiClient.anonymous(port).get("/api/users").statusCode()).isEqualTo(401);
		assertThat(count(db, "app_user")).isEqualTo(users);

		HttpResponse<String> unknown = putMemberships(admin(), "finnes-ikke", "[]");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(json(unknown).path("detail").asString()).contains("finnes-ikke");
		assertThat(admin().get("/api/users/finnes-ikke").statusCode()).isEqualTo(404);
	}

	static List<String> memberships(JsonNode list) {
		List<String> found = new ArrayList<>();
		list.forEach(m -> found.add(m.path("unit").isNull() ? "plan " + m.path("plan").asString() + " "
				+ m.path("party").asString() : "unit " + m.path("unit").asString() + " " + m.path("party").asString()));
		return found;
	}

	List<String> membershipAudit(long userId) {
		return db.sql("""
				select actor || ' ' || action || coalesce(' ' || field, '') || ': '
				       || coalesce(old_value, '∅') || ' → ' || coalesce(new_value, '∅')
				from audit_event where entity_type = 'PARTY_MEMBER'
				  and label like '%(' || (select username from app_user where id = :id) || ')'
				order by id
				""").param("id", userId).query(String.class).list();
	}
}
