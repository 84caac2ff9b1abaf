package no.planspor.review;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

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
import no.planspor.account.UserAccounts;
import no.planspor.exchange.PlanDocuments;
import no.planspor.review.internal.Reviews;
import no.planspor.exchange.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The review page and its summary cost a fixed number of SQL statements whatever the plan's size and
 * the number of decisions (no query per measure for its status, indicators or decision): the same for
 * a review of a KRN copy and of a copy five times its size with every measure decided. Same
 * annotations as the other statement tests, so that they share one application context.
 */
@PlansporTest
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPageStatementsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	@Autowired
	Reviews reviews;

	@LocalServerPort
	int port;

	@Test
	void theReviewPageAndItsSummaryCostTheSameForAPlanFiveTimesTheSize() throws Exception {
		String unit = "RVCNT" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
		String small = importCopy(unit, 1);
		String large = importCopy(unit, 5);
		long smallReview = open(small);
		long largeReview = open(large);
		decideEverything(largeReview, large);

		int page = count("/plans/" + small + "/reviews/" + smallReview);
		assertThat(count("/plans/" + large + "/reviews/" + largeReview)).isEqualTo(page);
		int summary = count("/plans/" + small + "/reviews/" + smallReview + "/summary");
		assertThat(count("/plans/" + large + "/reviews/" + largeReview + "/summary")).isEqualTo(summary);
		assertThat(count("/plans/" + large + "/reviews")).isEqualTo(count("/plans/" + small + "/reviews"));
	}

	private long open(String plan) {
		return no.planspor.account.SystemIdentity.call(() -> reviews.open(plan)).id();
	}

	/** A decision with a proposal on every measure, written straight to the table. */
	private void decideEverything(long review, String plan) {
		db.sql("""
				insert into review_decision (review_id, item_id, item_code, item_label, item_version, kind, reason,
				    new_text, new_responsible, new_indicators, decided_at, decided_by, decided_by_name)
				select :review, i.id, i.code, i.text, i.version, 'ADJUST', 'Grunn', i.text || ' endret', '{FU KRN}',
				       '{Ny indikator}', now(), 'admin', 'Admin'
				from plan_item i join plan p on p.id = i.plan_id
				where p.code = :plan and i.kind = 'MEASURE' and i.archived_at is null
				""").param("review", review).param("plan", plan).update();
	}

	private int count(String path) throws Exception {
		mvc.perform(get(URI.create(path)).with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isOk());
		return sql.lastRequest().statements();
	}

	/** A KRN copy in this test's unit, its goals repeated {@code times} times. */
	private String importCopy(String unit, int times) {
		String code = "rvcount-" + UUID.randomUUID().toString().substring(0, 8);
		ObjectNode doc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		doc.put("code", code);
		doc.putObject("unit").put("code", unit).put("name", "Gjennomgangstelleklinikken");
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
