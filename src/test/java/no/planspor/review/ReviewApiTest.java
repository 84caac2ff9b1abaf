package no.planspor.review;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.PlanReader;

import static org.assertj.core.api.Assertions.assertThat;

/** The review over HTTP: open, decide, propose, submit, apply; refusals name why and write nothing. */
@PlansporTest
class ReviewApiTest {

	@LocalServerPort
	int port;

	@Autowired
	PlanExchange exchange;

	@Autowired
	PlanReader plans;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	ReviewPlans krn;

	ApiClient editor;

	ApiClient leader;

	@BeforeEach
	void krnCopy() {
		krn = ReviewPlans.krn(exchange, accounts, db, "gjennomgang-api");
		editor = ApiClient.as(port, krn.editor, AccountFixtures.PASSWORD);
		leader = ApiClient.as(port, krn.leader, AccountFixtures.PASSWORD);
	}

	@Test
	void aReviewOverTheApiAppliedOnceAndRefusedTheSecondTime() {
		String reviews = "/api/plans/" + krn.plan + "/reviews";
		HttpResponse<String> opened = editor.post(reviews, new byte[0]);
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		long id = ApiClient.json(opened).get("id").asLong();
		String review = reviews + "/" + id;

		HttpResponse<String> noReason = editor.send("PUT", review + "/decisions/" + item("T1.1 a)"),
				"{\"decision\": \"STOP\"}");
		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.body()).contains("$.reason");

		HttpResponse<String> adjusted = editor.send("PUT", review + "/decisions/" + item("T1.1 a)"),
				"{\"decision\": \"ADJUST\", \"reason\": \"Kortere\", \"text\": \"Bruke anbefalinger fra evalueringer\", \"version\": null}");
		assertThat(adjusted.statusCode()).as(adjusted.body()).isEqualTo(200);
		JsonNode decision = ApiClient.json(adjusted);
		assertThat(decision.get("responsible").size()).isEqualTo(4);
		HttpResponse<String> stale = editor.send("PUT", review + "/decisions/" + item("T1.1 a)"),
				"{\"decision\": \"CONTINUE\", \"reason\": \"Gammel side\", \"version\": null}");
		assertThat(stale.statusCode()).isEqualTo(409);
		HttpResponse<String> added = editor.post(review + "/new-measures",
				"{\"parent\": \"1\", \"code\": \"T1.7 a)\", \"text\": \"Årlig forskningsdag\", \"reason\": \"Nytt\", \"responsible\": [\"FU KRN\"]}"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		HttpResponse<String> early = leader.post(review + "/apply", new byte[0]);
		assertThat(early.statusCode()).isEqualTo(400);
		assertThat(early.body()).contains("$.state");
		assertThat(editor.post(review + "/submit", "{\"body\": \"FU KRN\"}".getBytes(StandardCharsets.UTF_8)).statusCode())
			.isEqualTo(200);
		assertThat(editor.post(review + "/apply", new byte[0]).statusCode()).isEqualTo(403);

		HttpResponse<String> applied = leader.post(review + "/apply", new byte[0]);
		assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
		JsonNode done = ApiClient.json(applied);
		assertThat(done.get("state").asString()).isEqualTo("APPLIED");
		assertThat(plans.tree(krn.plan).requireItem("T1.1 a)").text()).isEqualTo("Bruke anbefalinger fra evalueringer");
		assertThat(plans.tree(krn.plan).item("T1.7 a)")).isPresent();
		long audit = AccountFixtures.count(db, "audit_event");

		HttpResponse<String> again = leader.post(review + "/apply", new byte[0]);

		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("already been adopted and applied");
		assertThat(AccountFixtures.count(db, "audit_event")).isEqualTo(audit);
		JsonNode summary = ApiClient.json(editor.get(review + "/summary"));
		assertThat(summary.get("groups")).hasSize(2);
		assertThat(summary.get("changes").toString()).contains("T1.7 a)", "ADDED");

		HttpResponse<byte[]> pdf = editor.getBytes(review + "/summary.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
		if (Boolean.getBoolean("screenshots")) {
			try {
				java.nio.file.Files.write(java.nio.file.Path.of(System.getProperty("planspor.screenshots", "target"),
						"review-summary-en.pdf"), pdf.body());
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
	}

	private static String item(String code) {
		return URLEncoder.encode(code, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
