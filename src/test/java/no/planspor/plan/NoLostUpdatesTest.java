package no.planspor.plan;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.exchange.PlanExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #3 §9: many people saving the same item from the same version at the same moment. Real HTTP
 * PUTs from many threads, released together: exactly one is applied, every other one is refused with
 * 409 and the stored item, the item holds what the applied one wrote, and the audit log has one
 * change for the applied one and none for the refused.
 */
@PlansporTest
class NoLostUpdatesTest {

	static final int WRITERS = 16;

	static final int ROUNDS = 3;

	@LocalServerPort
	int port;

	@Autowired
	PlanExchange exchange;

	@Autowired
	PlanReader plans;

	@Autowired
	JdbcClient db;

	@Test
	void ofConcurrentEditsFromOneVersionExactlyOneIsAppliedAndTheOthersGet409() throws Exception {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		ApiCalls api = new ApiCalls(port, "admin", no.planspor.PlansporTest.ADMIN_PASSWORD);
		long itemId = plans.tree(plan).item("T1.3 a)").orElseThrow().id();
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		try {
			for (int round = 1; round <= ROUNDS; round++) {
				ObjectNode read = api.item(plan, "T1.3 a)");
				int version = read.get("version").intValue();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<HttpResponse<String>>> answers = new ArrayList<>();
				for (int writer = 1; writer <= WRITERS; writer++) {
					ObjectNode mine = read.deepCopy();
					mine.put("comment", "Runde " + round + ", skriver " + writer);
					answers.add(pool.submit(() -> {
						start.await();
						return api.putItem(plan, "T1.3 a)", mine);
					}));
				}
				start.countDown();

				List<JsonNode> applied = new ArrayList<>();
				List<JsonNode> refused = new ArrayList<>();
				for (Future<HttpResponse<String>> answer : answers) {
					HttpResponse<String> response = answer.get(120, TimeUnit.SECONDS);
					assertThat(response.statusCode()).as(response.body()).isIn(200, 409);
					(response.statusCode() == 200 ? applied : refused).add(ApiCalls.json(response));
				}

				assertThat(applied).as("round %d: applied", round).hasSize(1);
				assertThat(refused).as("round %d: refused", round).hasSize(WRITERS - 1);
				String winner = applied.get(0).get("comment").stringValue();
				assertThat(applied.get(0).get("version").intValue()).isEqualTo(version + 1);
				for (JsonNode problem : refused) {
					assertThat(problem.get("status").intValue()).isEqualTo(409);
					assertThat(problem.get("current").get("comment").stringValue()).isEqualTo(winner);
					assertThat(problem.get("current").get("version").intValue()).isEqualTo(version + 1);
				}
				ObjectNode stored = api.item(plan, "T1.3 a)");
				assertThat(stored.get("comment").stringValue()).isEqualTo(winner);
				assertThat(stored.get("version").intValue()).isEqualTo(version + 1);
				List<String> audit = AccountFixtures.auditOf(db, "ITEM", itemId);
				assertThat(audit).as("one change per applied edit").hasSize(round);
				assertThat(audit.get(round - 1)).endsWith("→ " + winner);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}
}
