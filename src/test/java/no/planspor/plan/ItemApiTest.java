package no.planspor.plan;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.EditingPlans.Pair;

import static org.assertj.core.api.Assertions.assertThat;

/** GET and PUT /api/plans/{plan}/items/{item}: the document, every answer, and that errors write nothing. */
@PlansporTest
class ItemApiTest {

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

	ApiCalls admin;

	Pair pair;

	String plan;

	@BeforeEach
	void copy() {
		admin = new ApiCalls(port, "admin", PlansporTest.ADMIN_PASSWORD);
		pair = EditingPlans.krnWithStrategy(exchange);
		plan = pair.plan();
	}

	@Test
	void getAnswersTheItemWithItsVersionAndItsIndicatorsVersions() {
		ObjectNode item = admin.item(plan, "T2.1 d)");

		assertThat(item.propertyNames()).containsExactly("plan", "code", "kind", "parent", "title", "text", "deadline",
				"comment", "responsible", "strategyRefs", "seeAlso", "shortlists", "indicators", "version");
		assertThat(item.get("plan").stringValue()).isEqualTo(plan);
		assertThat(item.get("code").stringValue()).isEqualTo("T2.1 d)");
		assertThat(item.get("kind").stringValue()).isEqualTo("MEASURE");
		assertThat(item.get("parent").stringValue()).isEqualTo("2");
		assertThat(item.get("title").isNull()).isTrue();
		assertThat(item.get("strategyRefs").get(0).stringValue()).isEqualTo("2.1");
		assertThat(item.get("indicators").get(0).propertyNames()).containsExactly("number", "text", "target", "version");
		assertThat(item.get("version").intValue()).isZero();
		assertThat(admin.item(plan, "1").get("parent").isNull()).isTrue();
	}

	@Test
	void putWritesTheChangedDocumentAndAnswersItWithTheNewVersion() {
		ObjectNode item = admin.item(plan, "T2.1 d)");
		item.put("text", "Ny tekst fra et annet system");
		item.put("deadline", "2027-06-30");
		((ArrayNode) item.get("responsible")).add("CRAI");

		HttpResponse<String> answer = admin.putItem(plan, "T2.1 d)", item);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode written = ApiCalls.json(answer);
		assertThat(written.get("version").intValue()).isEqualTo(1);
		assertThat(written.get("text").stringValue()).isEqualTo("Ny tekst fra et annet system");
		assertThat(written.get("deadline").stringValue()).isEqualTo("2027-06-30");
		assertThat(admin.item(plan, "T2.1 d)")).isEqualTo(written);
		assertThat(AccountFixtures.auditOf(db, "ITEM", id("T2.1 d)"))).extracting(row -> row.split(":")[0])
			.containsExactly("admin UPDATED text", "admin UPDATED deadline", "admin UPDATED responsible");

		// The same document again writes nothing and keeps the version.
		HttpResponse<String> again = admin.putItem(plan, "T2.1 d)", written);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(ApiCalls.json(again).get("version").intValue()).isEqualTo(1);
		assertThat(AccountFixtures.auditOf(db, "ITEM", id("T2.1 d)"))).hasSize(3);
	}

	@Test
	void aStaleVersionIsA409WithTheStoredItemAndNothingIsWritten() {
		ObjectNode first = admin.item(plan, "T2.3 a)");
		ObjectNode second = first.deepCopy();
		first.put("text", "Først");
		assertThat(admin.putItem(plan, "T2.3 a)", first).statusCode()).isEqualTo(200);
		second.put("text", "Etter, fra samme versjon");

		HttpResponse<String> answer = admin.putItem(plan, "T2.3 a)", second);

		assertThat(answer.statusCode()).isEqualTo(409);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
		JsonNode problem = ApiCalls.json(answer);
		assertThat(problem.get("current").get("text").stringValue()).isEqualTo("Først");
		assertThat(problem.get("current").get("version").intValue()).isEqualTo(1);
		assertThat(problem.get("current").get("plan").stringValue()).isEqualTo(plan);
		assertThat(admin.item(plan, "T2.3 a)").get("text").stringValue()).isEqualTo("Først");
	}

	@Test
	void aMissingVersionIsA400NamingIt() {
		ObjectNode item = admin.item(plan, "T2.3 b)");
		item.remove("version");
		item.put("text", "Uten versjon");

		HttpResponse<String> answer = admin.putItem(plan, "T2.3 b)", item);

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(paths(answer)).containsExactly("$.version");
		item.putNull("version");
		assertThat(paths(admin.putItem(plan, "T2.3 b)", item))).containsExactly("$.version");
		assertThat(admin.item(plan, "T2.3 b)").get("version").intValue()).isZero();
	}

	@Test
	void everyProblemIsNamedByItsJsonPathAndNothingIsWritten() {
		ObjectNode item = admin.item(plan, "T2.4 a)");
		String before = exchange.export(plan);
		long audit = AccountFixtures.count(db, "audit_event");
		item.put("colour", "green");
		item.put("title", "x".repeat(Limits.TITLE + 1));
		item.put("kind", "GOAL");
		item.put("deadline", "30.06.2027");
		item.remove("comment");
		((ArrayNode) item.get("responsible")).insert(0, "Ingen slik");
		((ArrayNode) item.get("seeAlso")).add(7);
		((ObjectNode) item.get("indicators").get(0)).put("text", "");
		((ObjectNode) item.get("indicators").get(1)).putObject("target").put("kind", "SOMETIMES");

		HttpResponse<String> answer = admin.putItem(plan, "T2.4 a)", item);

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(paths(answer)).containsExactlyInAnyOrder("$.colour", "$.title", "$.kind", "$.deadline", "$.comment",
				"$.responsible[0]", "$.seeAlso[0]", "$.indicators[0].text", "$.indicators[1].target.kind");
		assertThat(exchange.export(plan)).isEqualTo(before);
		assertThat(AccountFixtures.count(db, "audit_event")).isEqualTo(audit);
	}

	@Test
	void semanticProblemsAreNamedToo() {
		ObjectNode item = admin.item(plan, "T2.4b)");
		item.put("code", "T2.4 a)");
		item.put("parent", "T2.4 a)");
		((ArrayNode) item.get("strategyRefs")).add("9.9");
		item.put("plan", "en-annen-plan");
		((ArrayNode) item.get("shortlists")).add("2026-2027");

		HttpResponse<String> answer = admin.putItem(plan, "T2.4b)", item);

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(paths(answer)).contains("$.code", "$.parent", "$.strategyRefs[1]", "$.plan", "$.shortlists");
		assertThat(ApiCalls.json(answer).get("problems").toString()).contains("is already used by another item");
		assertThat(admin.item(plan, "T2.4b)").get("version").intValue()).isZero();
	}

	@Test
	void renamingThroughTheApiKeepsTheLinks() {
		ObjectNode target = admin.item(plan, "T2.1 d)");
		target.put("code", "T2.1 d) ny");

		HttpResponse<String> answer = admin.putItem(plan, "T2.1 d)", target);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		assertThat(admin.item(plan, "T2.1 c)").get("seeAlso").get(0).stringValue()).isEqualTo("T2.1 d) ny");
		assertThat(admin.get(ApiCalls.itemPath(plan, "T2.1 d)")).statusCode()).isEqualTo(404);
		assertThat(admin.item(plan, "T2.1 d) ny").get("version").intValue()).isEqualTo(1);
	}

	@Test
	void changingTheParentMovesTheItemAndTheKindMayChangeWhereItFits() {
		ObjectNode measure = admin.item(plan, "T2.5 c)");
		measure.put("parent", "3");
		HttpResponse<String> moved = admin.putItem(plan, "T2.5 c)", measure);
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
		assertThat(plans.tree(plan).item("3").orElseThrow().children()).last()
			.satisfies(last -> assertThat(last.code()).isEqualTo("T2.5 c)"));

		ObjectNode subgoal = (ObjectNode) ApiCalls.json(moved).deepCopy();
		subgoal.put("kind", "SUBGOAL");
		subgoal.put("title", "Nå et delmål");
		HttpResponse<String> changed = admin.putItem(plan, "T2.5 c)", subgoal);
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
		assertThat(ApiCalls.json(changed).get("kind").stringValue()).isEqualTo("SUBGOAL");

		ObjectNode top = (ObjectNode) ApiCalls.json(changed).deepCopy();
		top.putNull("parent");
		HttpResponse<String> refused = admin.putItem(plan, "T2.5 c)", top);
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(paths(refused)).containsExactly("$.parent");
	}

	@Test
	void theIndicatorListIsWrittenAsGivenWithTargetsCheckedAndSet() {
		ObjectNode item = admin.item(plan, "T1.1 a)");
		ArrayNode indicators = (ArrayNode) item.get("indicators");
		ObjectNode kept = (ObjectNode) indicators.get(2);
		kept.put("text", "Evaluere forskningsgruppene");
		kept.putObject("target").put("kind", "MILESTONE").putNull("value").putNull("unit").putNull("per")
			.putNull("baseline").put("due", "2027-12-31");
		ArrayNode list = EditingPlans.JSON.createArrayNode();
		list.add(kept);
		list.addObject().putNull("number").put("text", "Minst 3 PhD").putNull("version").putObject("target")
			.put("kind", "COUNT").put("value", 3.0).put("unit", "PhD").put("per", "PLAN").putNull("baseline").putNull("due");
		item.set("indicators", list);

		HttpResponse<String> answer = admin.putItem(plan, "T1.1 a)", item);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		JsonNode written = ApiCalls.json(answer).get("indicators");
		assertThat(written).hasSize(2);
		assertThat(written.get(0).get("number").intValue()).isEqualTo(1);
		assertThat(written.get(0).get("text").stringValue()).isEqualTo("Evaluere forskningsgruppene");
		assertThat(written.get(0).get("target").get("kind").stringValue()).isEqualTo("MILESTONE");
		assertThat(written.get(1).get("target").get("value").intValue()).isEqualTo(3);
		assertThat(ApiCalls.json(answer).get("version").intValue()).isEqualTo(1);

		// Sending the answer back unchanged writes nothing: 3.0 and 3 are the same target.
		HttpResponse<String> again = admin.putItem(plan, "T1.1 a)", ApiCalls.json(answer));
		assertThat(ApiCalls.json(again).get("indicators")).isEqualTo(written);
	}

	@Test
	void onlyThoseWhoMayEditThePlanMayPutAndEveryoneSignedInMayGet() {
		String editor = AccountFixtures.unique("api-editor");
		AccountFixtures.grantUnit(db, AccountFixtures.user(accounts, editor, Role.EDITOR),
				AccountFixtures.unitId(db, EditingPlans.UNIT));
		String otherEditor = AccountFixtures.unique("api-other");
		String tik = EditingPlans.tik(exchange, EditingPlans.OTHER_UNIT, EditingPlans.OTHER_UNIT_NAME);
		AccountFixtures.grantUnit(db, AccountFixtures.user(accounts, otherEditor, Role.EDITOR),
				AccountFixtures.unitId(db, EditingPlans.OTHER_UNIT));
		String contributor = AccountFixtures.unique("api-contributor");
		AccountFixtures.user(accounts, contributor, Role.CONTRIBUTOR);
		String reader = AccountFixtures.unique("api-reader");
		AccountFixtures.user(accounts, reader, Role.READER);

		ObjectNode item = admin.item(plan, "T2.5 b)");
		item.put("text", "Endret av en som får");
		for (String denied : List.of(otherEditor, contributor, reader)) {
			ApiCalls as = new ApiCalls(port, denied, AccountFixtures.PASSWORD);
			assertThat(as.get(ApiCalls.itemPath(plan, "T2.5 b)")).statusCode()).as(denied).isEqualTo(200);
			HttpResponse<String> refused = as.putItem(plan, "T2.5 b)", item);
			assertThat(refused.statusCode()).as(denied).isEqualTo(403);
			assertThat(ApiCalls.json(refused).get("status").intValue()).isEqualTo(403);
		}
		assertThat(new ApiCalls(port, null, null).putItem(plan, "T2.5 b)", item).statusCode()).isEqualTo(401);
		assertThat(admin.item(plan, "T2.5 b)").get("version").intValue()).isZero();

		ApiCalls allowed = new ApiCalls(port, editor, AccountFixtures.PASSWORD);
		assertThat(allowed.putItem(plan, "T2.5 b)", item).statusCode()).isEqualTo(200);
		ObjectNode other = admin.item(tik, "1a");
		other.put("title", "Ikke min plan");
		assertThat(allowed.putItem(tik, "1a", other).statusCode()).isEqualTo(403);
	}

	@Test
	void unknownPlansAndItemsAre404() {
		assertThat(admin.get(ApiCalls.itemPath(plan, "T99")).statusCode()).isEqualTo(404);
		assertThat(admin.get(ApiCalls.itemPath("finnes-ikke", "1")).statusCode()).isEqualTo(404);
		ObjectNode item = admin.item(plan, "1");
		assertThat(admin.putItem(plan, "T99", item).statusCode()).isEqualTo(404);
		assertThat(admin.put(ApiCalls.itemPath(plan, "1"), "{ not json").statusCode()).isEqualTo(400);
		assertThat(admin.put(ApiCalls.itemPath(plan, "1"), "[1, 2]").statusCode()).isEqualTo(400);
	}

	@Test
	void aBodyThatIsNotOneJsonObjectIsRefusedAsAWholeAndNothingIsWritten() {
		ObjectNode item = admin.item(plan, "T2.4 a)");
		String document = EditingPlans.JSON.writeValueAsString(item);
		String path = ApiCalls.itemPath(plan, "T2.4 a)");
		String before = exchange.export(plan);

		HttpResponse<String> twice = admin.put(path, document.replaceFirst("\\{", "{\"title\": \"Skjult\",\n"));
		assertThat(problems(twice)).containsExactly("$ error.json.duplicate-key");
		assertThat(ApiCalls.json(twice).at("/problems/0/message").stringValue())
			.startsWith("The key “title” appears twice (line 2, column ");
		assertThat(problems(admin.put(path, document + "\n{}"))).containsExactly("$ error.json.malformed");
		assertThat(ApiCalls.json(admin.put(path, "{ not json")).at("/problems/0/message").stringValue())
			.isEqualTo("The document is not valid JSON (line 1, column 3).");
		assertThat(problems(admin.put(path, "[1, 2]"))).containsExactly("$ plan.json.type.object");
		assertThat(problems(admin.put(path, ""))).containsExactly("$ error.body.invalid");
		item.put("comment", "x".repeat(1024 * 1024));
		assertThat(problems(admin.putItem(plan, "T2.4 a)", item))).containsExactly("$ error.json.too-large");
		assertThat(exchange.export(plan)).isEqualTo(before);
	}

	private static List<String> problems(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
		List<String> problems = new ArrayList<>();
		ApiCalls.json(answer).get("problems").forEach(p -> problems.add(p.get("path").stringValue() + " " + p.get("code").stringValue()));
		return problems;
	}

	private long id(String code) {
		return plans.tree(plan).item(code).orElseThrow().id();
	}

	private static List<String> paths(HttpResponse<String> answer) {
		List<String> paths = new ArrayList<>();
		JsonNode problems = ApiCalls.json(answer).get("problems");
		if (problems != null) {
			problems.forEach(p -> paths.add(p.get("path").stringValue()));
		}
		return paths;
	}
}
