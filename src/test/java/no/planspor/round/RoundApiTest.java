package no.planspor.round;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rounds API as another system calls it: create (201 with the id), read with progress, open, remind,
 * close; each refusal a 400 naming the member, with nothing written; who may not gets 403.
 */
@PlansporTest
class RoundApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Clock clock;

	RoundPlans.Krn krn;

	ApiClient owner;

	LocalDate today;

	@BeforeEach
	void plan() {
		krn = RoundPlans.krn(port, db, accounts);
		owner = ApiClient.as(port, krn.owner(), AccountFixtures.PASSWORD);
		today = LocalDate.now(clock);
	}

	@Test
	void createOpenFollowRemindAndClose() {
		HttpResponse<String> created = owner.post("/api/plans/" + krn.plan() + "/rounds", body("""
				{"title": "Status høst 2026", "asOf": "%s", "due": "%s", "scope": {"goals": ["1", "2"]},
				 "message": "Oppdater status, takk."}""".formatted(today, today.plusDays(14))));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode round = ApiClient.json(created);
		long id = round.path("id").asLong();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/rounds/" + id);
		assertThat(round.path("state").asString()).isEqualTo("DRAFT");
		assertThat(round.path("scope").path("goals").path(1).asString()).isEqualTo("2");
		assertThat(round.path("asked").asInt()).isZero();

		HttpResponse<String> opened = owner.send("POST", "/api/rounds/" + id + "/open", null);
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
		JsonNode open = ApiClient.json(opened);
		assertThat(open.path("state").asString()).isEqualTo("OPEN");
		assertThat(open.path("asked").asInt()).isPositive();
		assertThat(open.path("answered").asInt()).isZero();
		assertThat(open.path("items").path(0).has("code")).isTrue();
		assertThat(open.path("items").path(0).path("answered").asBoolean()).isFalse();
		List<String> people = new ArrayList<>();
		open.path("people").forEach(person -> people.add(person.path("username").asString()));
		assertThat(people).isNotEmpty().isSubsetOf(krn.leader(), krn.crai());

		// an answer recorded over the status API counts
		String code = open.path("items").path(0).path("code").asString();
		String asker = open.path("items").path(0).path("asked").path(0).asString();
		HttpResponse<String> status = ApiClient.as(port, asker, AccountFixtures.PASSWORD)
			.post("/api/plans/" + krn.plan() + "/items/" + java.net.URLEncoder.encode(code, StandardCharsets.UTF_8)
				.replace("+", "%20") + "/status", body("""
						{"state": "ON_TRACK", "asOf": "%s", "text": "Godt i gang."}""".formatted(today)));
		assertThat(status.statusCode()).as(status.body()).isEqualTo(201);
		JsonNode progress = ApiClient.json(owner.get("/api/rounds/" + id));
		assertThat(progress.path("answered").asInt()).isEqualTo(1);
		assertThat(progress.path("items").path(0).path("answered").asBoolean()).isTrue();
		assertThat(progress.path("items").path(0).path("answer").path("text").asString()).isEqualTo("Godt i gang.");

		HttpResponse<String> reminded = owner.send("POST", "/api/rounds/" + id + "/remind", null);
		assertThat(reminded.statusCode()).as(reminded.body()).isEqualTo(200);
		HttpResponse<String> one = owner.send("POST", "/api/rounds/" + id + "/remind",
				"{\"username\": \"" + people.get(0) + "\"}");
		assertThat(one.statusCode()).as(one.body()).isIn(200, 400);

		HttpResponse<String> closed = owner.send("POST", "/api/rounds/" + id + "/close", null);
		assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
		assertThat(ApiClient.json(closed).path("state").asString()).isEqualTo("CLOSED");
		// a reader reads it too
		assertThat(ApiClient.as(port, krn.reader(), AccountFixtures.PASSWORD).get("/api/rounds/" + id).statusCode())
			.isEqualTo(200);
	}

	@Test
	void badInputIs400NamingTheMemberAndNothingIsWritten() {
		long before = AccountFixtures.count(db, "reporting_round");
		String rounds = "/api/plans/" + krn.plan() + "/rounds";
		assertProblem(owner.post(rounds, body("""
				{"title": "X", "asOf": "%s", "due": "%s"}""".formatted(today, today.minusDays(1)))), "$.due");
		assertProblem(owner.post(rounds, body("""
				{"title": "X", "asOf": "2020-01-01", "due": "%s"}""".formatted(today))), "$.asOf");
		assertProblem(owner.post(rounds, body("""
				{"title": "X", "asOf": "%s", "due": "%s", "scope": {"shortlist": "nope"}}""".formatted(today,
				today.plusDays(3)))), "$.scope.shortlist");
		assertProblem(owner.post(rounds, body("""
				{"title": "X", "asOf": "%s", "due": "%s", "scope": {"goals": ["1", "77"]}}""".formatted(today,
				today.plusDays(3)))), "$.scope.goals[1]");
		assertProblem(owner.post(rounds, body("""
				{"title": "X", "asOf": "%s", "due": "%s", "scop": null}""".formatted(today, today.plusDays(3)))),
				"$.scop");
		assertProblem(owner.post(rounds, body("""
				{"title": "X", "asOf": "in a week", "due": "%s"}""".formatted(today.plusDays(3)))), "$.asOf");
		assertThat(AccountFixtures.count(db, "reporting_round")).isEqualTo(before);

		// KRN's shortlist has no measures on it yet: such a round asks nobody, and is not opened
		HttpResponse<String> empty = owner.post(rounds, body("""
				{"title": "X", "asOf": "%s", "due": "%s", "scope": {"shortlist": "2026-2027"}}""".formatted(today,
				today.plusDays(3))));
		assertThat(empty.statusCode()).as(empty.body()).isEqualTo(201);
		assertProblem(owner.send("POST", "/api/rounds/" + ApiClient.json(empty).path("id").asLong() + "/open", null),
				"$.scope");

		HttpResponse<String> created = owner.post(rounds, body("""
				{"title": "X", "asOf": "%s", "due": "%s", "scope": null, "message": null}""".formatted(today,
				today.plusDays(3))));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		long id = ApiClient.json(created).path("id").asLong();
		assertThat(owner.send("POST", "/api/rounds/" + id + "/open", null).statusCode()).isEqualTo(200);
		assertProblem(owner.send("POST", "/api/rounds/" + id + "/open", null), "$.state");
		assertThat(owner.send("POST", "/api/rounds/" + id + "/close", null).statusCode()).isEqualTo(200);
		assertProblem(owner.send("POST", "/api/rounds/" + id + "/remind", null), "$.state");
		assertProblem(owner.send("POST", "/api/rounds/" + id + "/close", null), "$.state");
	}

	@Test
	void whoMayNotRunRoundsGets403AndAnUnknownRound404() {
		String rounds = "/api/plans/" + krn.plan() + "/rounds";
		String round = """
				{"title": "X", "asOf": "%s", "due": "%s"}""".formatted(today, today.plusDays(3));
		assertThat(ApiClient.as(port, krn.leader(), AccountFixtures.PASSWORD).post(rounds, body(round)).statusCode())
			.isEqualTo(403);
		assertThat(ApiClient.anonymous(port).post(rounds, body(round)).statusCode()).isEqualTo(401);
		assertThat(owner.get("/api/rounds/999999999").statusCode()).isEqualTo(404);
		assertThat(owner.post("/api/plans/no-such-plan/rounds", body(round)).statusCode()).isEqualTo(404);
	}

	private static byte[] body(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	private static void assertProblem(HttpResponse<String> answer, String path) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		List<String> paths = new ArrayList<>();
		ApiClient.json(answer).path("problems").forEach(problem -> paths.add(problem.path("path").asString()));
		assertThat(paths).as(answer.body()).containsExactly(path);
	}
}
