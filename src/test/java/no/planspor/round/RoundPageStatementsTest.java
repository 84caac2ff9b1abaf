package no.planspor.round;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.assertj.core.api.AbstractIntegerAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.PlansporTest;
import no.planspor.SqlStatementCounter;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.ApiClient;
import no.planspor.exchange.PlanDocuments;
import no.planspor.round.internal.NewRound;
import no.planspor.round.internal.Rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The round pages cost a fixed number of SQL statements whatever the plan's size and the number of
 * answers: the same for a round on a KRN copy and on a copy five times its size with every measure
 * answered. Same annotations as the other statement tests, so that they share one application context.
 */
@PlansporTest
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundPageStatementsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	@Autowired
	Rounds rounds;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	String unit;

	String owner;

	@BeforeAll
	void people() {
		unit = "RCNT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		owner = RoundPlans.person(accounts, AccountFixtures.unique("count-owner"), no.planspor.account.Role.ADMIN);
	}

	@Test
	void theRoundPageAndItsProgressCostTheSameForAPlanFiveTimesTheSize() throws Exception {
		String small = importCopy(1);
		String large = importCopy(5);
		long smallRound = openRound(small);
		long largeRound = openRound(large);
		answerEverything(large);

		int draft = count("/plans/" + small + "/rounds/" + draftRound(small));
		assertThat(count("/plans/" + large + "/rounds/" + draftRound(large))).isEqualTo(draft);
		int page = count("/plans/" + small + "/rounds/" + smallRound);
		assertThat(count("/plans/" + large + "/rounds/" + largeRound)).isEqualTo(page);
		assertStatements("/plans/" + large + "/rounds/" + largeRound + "?show=missing&party=CRAI").isEqualTo(page);
		int progress = count("/plans/" + small + "/rounds/" + smallRound + "/progress");
		assertThat(count("/plans/" + large + "/rounds/" + largeRound + "/progress")).isEqualTo(progress);
		assertThat(page).isLessThanOrEqualTo(6);
		assertThat(count("/plans/" + large + "/rounds")).isEqualTo(count("/plans/" + small + "/rounds"));
	}

	private long openRound(String plan) {
		LocalDate today = LocalDate.now(clock);
		return AccountFixtures.as(accounts, owner, () -> rounds.open(
				rounds.create(plan, new NewRound("Telling", today, today.plusDays(7), null, null)).id())).id();
	}

	private long draftRound(String plan) {
		LocalDate today = LocalDate.now(clock);
		return AccountFixtures.as(accounts, owner,
				() -> rounds.create(plan, new NewRound("Utkast", today, today.plusDays(7), null, null))).id();
	}

	private void answerEverything(String plan) {
		db.sql("""
				insert into status_update (item_id, state, as_of, text, author_name)
				select i.id, 'ON_TRACK', current_date, 'Svar.', 'generator'
				from plan_item i join plan p on p.id = i.plan_id
				where p.code = :plan and i.kind = 'MEASURE'
				""").param("plan", plan).update();
	}

	private int count(String path) throws Exception {
		mvc.perform(get(URI.create(path)).with(user(accounts.loadUserByUsername(owner)))).andExpect(status().isOk());
		return sql.lastRequest().statements();
	}

	private AbstractIntegerAssert<?> assertStatements(String path) throws Exception {
		mvc.perform(get(URI.create(path)).with(user(accounts.loadUserByUsername(owner)))).andExpect(status().isOk());
		SqlStatementCounter.Counted counted = sql.lastRequest();
		return assertThat(counted.statements()).as("%s", counted);
	}

	/** A KRN copy in this test's unit, its goals repeated {@code times} times, with people for two parties. */
	private String importCopy(int times) {
		String code = "rcount-" + UUID.randomUUID().toString().substring(0, 8);
		ObjectNode doc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		doc.put("code", code);
		doc.putObject("unit").put("code", unit).put("name", "Rundetelleklinikken");
		if (times > 1) {
			ArrayNode goals = (ArrayNode) doc.get("items");
			ArrayNode all = PlanDocuments.JSON.createArrayNode();
			for (int n = 1; n <= times; n++) {
				for (JsonNode goal : goals) {
					ObjectNode copy = (ObjectNode) goal.deepCopy();
					suffix(copy, "-" + n);
					all.add(copy);
				}
			}
			doc.set("items", all);
		}
		var answer = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD)
			.post("/api/plans", PlanDocuments.JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		for (String party : List.of("CRAI", "Forskningsleder")) {
			String person = RoundPlans.person(accounts, AccountFixtures.unique("count-" + party.toLowerCase()),
					no.planspor.account.Role.CONTRIBUTOR);
			AccountFixtures.memberOfPlan(db, RoundPlans.id(db, person), party, AccountFixtures.planId(db, code));
		}
		return code;
	}

	private static void suffix(ObjectNode item, String suffix) {
		item.put("code", item.get("code").asString() + suffix);
		ArrayNode seeAlso = PlanDocuments.JSON.createArrayNode();
		item.get("seeAlso").forEach(ref -> seeAlso.add(ref.asString() + suffix));
		item.set("seeAlso", seeAlso);
		item.get("children").forEach(child -> suffix((ObjectNode) child, suffix));
	}
}
