package no.planspor.exchange;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;

import static no.planspor.exchange.PlanDocuments.at;
import static no.planspor.exchange.PlanDocuments.bytes;
import static no.planspor.exchange.PlanDocuments.freshCode;
import static no.planspor.exchange.PlanDocuments.valid;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/plans}: a document is imported whole or refused whole, with one problem detail
 * that names every problem by its JSON path, and nothing is written when it is refused.
 */
@PlansporTest
class PlanImportApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Autowired
	UserAccounts accounts;

	ApiClient admin() {
		return ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD);
	}

	static List<InvalidDocuments.Case> invalidDocuments() {
		return InvalidDocuments.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidDocuments")
	void refusesTheDocumentAndNamesTheProblemByItsPath(InvalidDocuments.Case broken) {
		String code = freshCode("refused");
		StoredRows before = StoredRows.count(db);

		HttpResponse<String> response = admin().post("/api/plans", broken.document().apply(code));

		assertProblemDetail(response, 400);
		JsonNode problem = problemAt(ApiClient.json(response), broken.path(), broken.code());
		assertThat(problem.get("message").stringValue()).contains(broken.english());
		assertThat(StoredRows.count(db)).isEqualTo(before);
		assertThat(admin().get("/api/plans/" + code).statusCode()).isEqualTo(404);
	}

	@Test
	void listsEveryProblemOfADocumentInOneAnswer() {
		ObjectNode doc = valid(freshCode("many-problems"));
		doc.remove("title");
		at(doc, "$.period").put("from", 2029).put("to", 2025);
		at(doc, "$.items[0].children[1]").put("colour", "grønn");
		at(doc, "$.items[0].children[0]").put("kind", "TASK");
		at(doc, "$.items[0].children[0]").withArray("responsible").add("FL");
		at(doc, "$.items[0].children[1]").withArray("strategyRefs").add("1.5");
		at(doc, "$.items[0].children[1]").withArray("seeAlso").add("T9 z)");
		at(doc, "$.items[1].children[0].children[0]").put("code", "T1.1 a)");
		at(doc, "$.items[1]").put("title", "x".repeat(501));
		StoredRows before = StoredRows.count(db);

		HttpResponse<String> response = admin().post("/api/plans", bytes(doc));

		assertProblemDetail(response, 400);
		JsonNode body = ApiClient.json(response);
		List<String> paths = new ArrayList<>();
		body.get("problems").forEach(p -> paths.add(p.get("path").stringValue() + " " + p.get("code").stringValue()));
		assertThat(paths).containsExactlyInAnyOrder("$.title exchange.required",
				"$.period exchange.period.backwards", "$.items[0].children[1].colour exchange.unknown-field",
				"$.items[0].children[0].kind exchange.choice",
				"$.items[0].children[0].responsible[2] plan.edit.party.unknown",
				"$.items[0].children[1].strategyRefs[1] plan.edit.strategy.unknown",
				"$.items[0].children[1].seeAlso[1] plan.edit.see-also.unknown",
				"$.items[1].children[0].children[0].code plan.edit.code.taken",
				"$.items[1].title plan.edit.too-long");
		assertThat(body.get("detail").stringValue()).contains("9");
		assertThat(StoredRows.count(db)).isEqualTo(before);
	}

	@Test
	void importsAValidDocument() {
		String code = freshCode("imported");
		HttpResponse<String> response = admin().post("/api/plans", bytes(valid(code)));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(response.headers().firstValue("Location")).hasValue("/api/plans/" + code);
		JsonNode created = ApiClient.json(response);
		assertThat(created.get("code").stringValue()).isEqualTo(code);
		assertThat(created.get("unit").get("code").stringValue()).isEqualTo("TST");
		assertThat(db.sql("select count(*) from plan_item i join plan p on p.id = i.plan_id where p.code = :code")
			.param("code", code).query(Long.class).single()).isEqualTo(6);
	}

	@Test
	void refusesAnExistingCodeWithConflict() {
		String code = freshCode("twice");
		assertThat(admin().post("/api/plans", bytes(valid(code))).statusCode()).isEqualTo(201);
		StoredRows before = StoredRows.count(db);

		HttpResponse<String> again = admin().post("/api/plans", bytes(valid(code)));

		assertProblemDetail(again, 409);
		assertThat(ApiClient.json(again).get("detail").stringValue())
			.isEqualTo("A plan with the code “" + code + "” exists already. "
					+ "Change the code in the document to import it as a new plan.");
		assertThat(StoredRows.count(db)).isEqualTo(before);
	}

	@Test
	void refusesAnExistingSeedPlan() {
		String krn = admin().get("/api/plans/krn-forskning-2025-2029").body();
		StoredRows before = StoredRows.count(db);

		assertProblemDetail(admin().post("/api/plans", krn.getBytes(StandardCharsets.UTF_8)), 409);
		assertThat(StoredRows.count(db)).isEqualTo(before);
	}

	@Test
	void aReaderMayNotImport() {
		String username = freshCode("reader");
		accounts.create(username, "reader-password", "Rita Leser", null, Role.READER);
		String code = freshCode("by-reader");
		StoredRows before = StoredRows.count(db);

		HttpResponse<String> response = ApiClient.as(port, username, "reader-password")
			.post("/api/plans", bytes(valid(code)));

		assertProblemDetail(response, 403);
		assertThat(StoredRows.count(db)).isEqualTo(before);
		// The reader may still read.
		assertThat(ApiClient.as(port, username, "reader-password").get("/api/plans").statusCode()).isEqualTo(200);
	}

	@Test
	void anonymousCallersAreAskedToSignIn() {
		StoredRows before = StoredRows.count(db);

		HttpResponse<String> response = ApiClient.anonymous(port).post("/api/plans", bytes(valid(freshCode("anon"))));

		assertProblemDetail(response, 401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
		assertThat(StoredRows.count(db)).isEqualTo(before);
	}

	@Test
	void aWrongPasswordIsRefused() {
		HttpResponse<String> response = ApiClient.as(port, "admin", "not-the-password")
			.post("/api/plans", bytes(valid(freshCode("wrong-password"))));

		assertProblemDetail(response, 401);
	}

	static void assertProblemDetail(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode body = ApiClient.json(response);
		assertThat(body.get("status").intValue()).isEqualTo(status);
		assertThat(body.get("title").stringValue()).isNotBlank();
		assertThat(body.get("detail").stringValue()).isNotBlank();
		if (status == 400) {
			assertThat(body.get("problems").isArray()).isTrue();
			body.get("problems").forEach(p -> {
				assertThat(p.get("path").stringValue()).startsWith("$");
				assertThat(p.get("message").stringValue()).isNotBlank().isNotEqualTo(p.get("code").stringValue());
			});
		}
	}

	static JsonNode problemAt(JsonNode body, String path, String code) {
		for (JsonNode problem : body.get("problems")) {
			if (problem.get("path").stringValue().equals(path) && problem.get("code").stringValue().equals(code)) {
				return problem;
			}
		}
		throw new AssertionError("No problem " + code + " at " + path + " in " + body.get("problems"));
	}
}
