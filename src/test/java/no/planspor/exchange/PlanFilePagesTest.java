package no.planspor.exchange;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.WebSession;

import static no.planspor.exchange.PlanDocuments.bytes;
import static no.planspor.exchange.PlanDocuments.freshCode;
import static no.planspor.exchange.PlanDocuments.valid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Planfiler" in the browser without the browser: a good file becomes a plan and the answer goes to it
 * with a notice; a broken file comes back with 400 and every problem at its place in the file; a plan
 * whose code exists with 409; nothing is written when refused.
 */
@PlansporTest
class PlanFilePagesTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Test
	void aGoodFileBecomesAPlanAndThePersonIsTakenToIt() {
		WebSession admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		String code = freshCode("opplastet");

		HttpResponse<String> answer = upload(admin, "plan.json", bytes(valid(code)));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/plans/" + code);
		String plan = admin.get("/plans/" + code).body();
		assertThat(plan).contains("Planen «Handlingsplan for testing» for Testklinikken er importert.");
	}

	@Test
	void aBrokenFileComesBackWithEveryProblemAtItsPlace() {
		WebSession admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		ObjectNode broken = valid(freshCode("broken"));
		PlanDocuments.at(broken, "$.items[0].children[1]").put("colour", "grønn");
		long plansBefore = plans();

		HttpResponse<String> answer = upload(admin, "broken-plan.json", bytes(broken));

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("id=\"import-problems\"", "Filen «broken-plan.json» ble ikke importert.",
				"$.items[0].children[1].colour", "Ukjent felt «colour».");
		assertThat(plans()).isEqualTo(plansBefore);
	}

	@Test
	void noFileIsOneProblem() {
		WebSession admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);

		HttpResponse<String> answer = upload(admin, "", new byte[0]);

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("Velg en fil å importere.");
	}

	@Test
	void aPlanWhoseCodeExistsIsAConflict() {
		WebSession admin = WebSession.signedIn(port, "admin", PlansporTest.ADMIN_PASSWORD);
		String code = freshCode("dobbel");
		assertThat(upload(admin, "plan.json", bytes(valid(code))).statusCode()).isEqualTo(302);
		long plansBefore = plans();

		HttpResponse<String> again = upload(admin, "plan.json", bytes(valid(code)));

		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("$.code", "Det finnes allerede en plan med koden «" + code + "».");
		assertThat(plans()).isEqualTo(plansBefore);
	}

	private static HttpResponse<String> upload(WebSession session, String fileName, byte[] content) {
		String token = WebSession.csrfToken(session.get("/admin/plans").body());
		return session.postFile("/admin/plans", Map.of("_csrf", token), "file", fileName, content);
	}

	private long plans() {
		return db.sql("select count(*) from plan").query(Long.class).single();
	}
}
