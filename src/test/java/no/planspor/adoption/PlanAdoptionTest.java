package no.planspor.adoption;

import java.net.http.HttpResponse;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.ApiClient;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.Adoption;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.editing.PlanDetailsEditing;
import no.planspor.shared.InvalidInput;

import static no.planspor.adoption.AdoptionPlans.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * From draft to adopted (issue 11 §4): editors submit, the unit's leaders and administrators adopt or
 * send back; every step is guarded (a step from the wrong state is a 409 and writes nothing), audited,
 * and adopting makes the version "Vedtatt dd.mm.yyyy".
 */
@PlansporTest
class PlanAdoptionTest {

	@LocalServerPort
	int port;

	@Autowired
	PlanExchange exchange;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PlanDetailsEditing details;

	@Autowired
	JdbcClient db;

	String plan;

	ApiClient editor;

	ApiClient leader;

	@BeforeEach
	void aDraftWithItsPeople() {
		plan = AdoptionPlans.krnDraft(exchange, "vedtak");
		editor = ApiClient.as(port, AdoptionPlans.editorOf(accounts, db, plan), AccountFixtures.PASSWORD);
		leader = ApiClient.as(port, AdoptionPlans.leaderOf(accounts, db, plan), AccountFixtures.PASSWORD);
	}

	@Test
	void anEditorSubmitsAndALeaderAdoptsWithAVersionAndEveryStepAudited() {
		JsonNode draft = ApiClient.json(editor.get("/api/plans/" + plan + "/adoption"));
		assertThat(draft.get("status").stringValue()).isEqualTo("DRAFT");
		assertThat(draft.get("next").valueStream().map(JsonNode::stringValue).toList()).containsExactly("SUBMIT");

		HttpResponse<String> submitted = editor.post("/api/plans/" + plan + "/adoption/submit",
				json("{\"body\": \"FU KRN\", \"note\": \"Til møtet 11. mai\"}"));
		assertThat(submitted.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(submitted).get("status").stringValue()).isEqualTo("SUBMITTED");
		assertThat(ApiClient.json(submitted).get("next")).isEmpty();
		JsonNode forLeader = ApiClient.json(leader.get("/api/plans/" + plan + "/adoption"));
		assertThat(forLeader.get("next").valueStream().map(JsonNode::stringValue).toList())
			.containsExactly("ADOPT", "SEND_BACK");
		assertThat(forLeader.get("steps").get(0).get("body").stringValue()).isEqualTo("FU KRN");

		assertThat(editor.post("/api/plans/" + plan + "/adoption/adopt", json("{\"on\": \"2026-05-11\"}")).statusCode())
			.as("an editor does not adopt")
			.isEqualTo(403);
		HttpResponse<String> adopted = leader.post("/api/plans/" + plan + "/adoption/adopt",
				json("{\"on\": \"2026-05-11\", \"note\": \"Vedtatt etter klinikkledermøte i KRN\"}"));
		assertThat(adopted.statusCode()).isEqualTo(200);
		JsonNode now = ApiClient.json(adopted);
		assertThat(now.get("status").stringValue()).isEqualTo("ADOPTED");
		assertThat(now.get("adopted").get("on").stringValue()).isEqualTo("2026-05-11");
		assertThat(now.get("adopted").get("by").stringValue()).as("the body it was submitted to").isEqualTo("FU KRN");
		assertThat(now.get("steps").valueStream().map(s -> s.get("step").stringValue()).toList())
			.containsExactly("ADOPTED", "SUBMITTED");

		JsonNode versions = ApiClient.json(leader.get("/api/plans/" + plan + "/versions"));
		assertThat(versions).hasSize(1);
		assertThat(versions.get(0).get("label").stringValue()).isEqualTo("Vedtatt 11.05.2026");
		assertThat(versions.get(0).get("reason").stringValue()).isEqualTo("ADOPTION");
		assertThat(ApiClient.json(leader.get("/api/plans/" + plan + "/versions/1")).get("status").stringValue())
			.isEqualTo("ADOPTED");

		List<String> audit = AccountFixtures.auditOf(db, "PLAN", AccountFixtures.planId(db, plan));
		assertThat(audit).anySatisfy(line -> assertThat(line).contains("SUBMITTED decidingBody: ∅ → FU KRN"))
			.anySatisfy(line -> assertThat(line).contains("UPDATED status").contains("DRAFT").contains("SUBMITTED"))
			.anySatisfy(line -> assertThat(line).contains("ADOPTED decidingBody: ∅ → FU KRN"))
			.anySatisfy(line -> assertThat(line).contains("UPDATED status").contains("\"SUBMITTED\"]").contains("ADOPTED"))
			.anySatisfy(line -> assertThat(line).contains("UPDATED adoptionNote"));
	}

	@Test
	void aStepFromTheWrongStateIsAConflictAndWritesNothing() {
		assertThat(leader.post("/api/plans/" + plan + "/adoption/adopt", json("{\"on\": \"2026-05-11\"}")).statusCode())
			.as("a draft is not adopted before it is submitted")
			.isEqualTo(409);
		assertThat(leader.post("/api/plans/" + plan + "/adoption/send-back", json("{\"comment\": \"Nei\"}")).statusCode())
			.isEqualTo(409);
		assertThat(submit().statusCode()).isEqualTo(200);
		HttpResponse<String> twice = submit();
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(twice.body()).contains("\"SUBMITTED\"");
		assertThat(steps()).isEqualTo(1);
		assertThat(count("plan_version where plan_id = " + AccountFixtures.planId(db, plan))).isZero();
	}

	@Test
	void sentBackWithACommentTheEditorsSeeAndSubmitAgain() {
		submit();
		HttpResponse<String> noComment = leader.post("/api/plans/" + plan + "/adoption/send-back", json("{\"comment\": \" \"}"));
		assertThat(noComment.statusCode()).isEqualTo(400);
		assertThat(noComment.body()).contains("\"$.comment\"");

		HttpResponse<String> back = leader.post("/api/plans/" + plan + "/adoption/send-back",
				json("{\"comment\": \"T2.1 a) trenger en indikator.\"}"));
		assertThat(back.statusCode()).isEqualTo(200);
		JsonNode draft = ApiClient.json(editor.get("/api/plans/" + plan + "/adoption"));
		assertThat(draft.get("status").stringValue()).isEqualTo("DRAFT");
		assertThat(draft.get("steps").get(0).get("step").stringValue()).isEqualTo("SENT_BACK");
		assertThat(draft.get("steps").get(0).get("note").stringValue()).isEqualTo("T2.1 a) trenger en indikator.");
		assertThat(draft.get("next").valueStream().map(JsonNode::stringValue).toList()).containsExactly("SUBMIT");
		assertThat(submit().statusCode()).isEqualTo(200);
		assertThat(AccountFixtures.auditOf(db, "PLAN", AccountFixtures.planId(db, plan)))
			.anySatisfy(line -> assertThat(line).contains("SENT_BACK comment: ∅ → T2.1 a) trenger en indikator."));
	}

	@Test
	void badInputIsRefusedByNameAndNothingIsWritten() {
		HttpResponse<String> noBody = editor.post("/api/plans/" + plan + "/adoption/submit", json("{\"note\": \"x\"}"));
		assertThat(noBody.statusCode()).isEqualTo(400);
		assertThat(noBody.body()).contains("\"$.body\"");
		submit();
		HttpResponse<String> future = leader.post("/api/plans/" + plan + "/adoption/adopt", json("{\"on\": \"2099-01-01\"}"));
		assertThat(future.statusCode()).isEqualTo(400);
		assertThat(future.body()).contains("\"$.on\"");
		HttpResponse<String> noDate = leader.post("/api/plans/" + plan + "/adoption/adopt", json("{\"by\": \"FU\"}"));
		assertThat(noDate.statusCode()).isEqualTo(400);
		assertThat(noDate.body()).contains("\"$.on\"");
		assertThat(ApiClient.json(leader.get("/api/plans/" + plan + "/adoption")).get("status").stringValue())
			.isEqualTo("SUBMITTED");
		assertThat(steps()).isEqualTo(1);
		assertThat(count("plan_version where plan_id = " + AccountFixtures.planId(db, plan))).isZero();
		assertThat(editor.get("/api/plans/finnes-ikke/adoption").statusCode()).isEqualTo(404);
	}

	@Test
	void thePlansOwnStatusFormNeitherSubmitsNorLetsAnEditorAdopt() {
		String editorName = AdoptionPlans.editorOf(accounts, db, plan);
		int version = version();
		assertThatThrownBy(() -> AccountFixtures.as(accounts, editorName,
				() -> details.changeStatus(plan, PlanStatus.SUBMITTED, null, version)))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.problems().get(0).code()).isEqualTo("plan.edit.status.workflow"));
		assertThatThrownBy(() -> AccountFixtures.as(accounts, editorName, () -> details.changeStatus(plan,
				PlanStatus.ADOPTED, new Adoption(java.time.LocalDate.of(2026, 5, 11), "FU", null), version)))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems().get(0).code())
				.isEqualTo("plan.edit.status.adopt-forbidden"));
	}

	@Test
	void administratorsMakeSomeoneTheUnitsLeaderOverTheApiAudited() {
		String name = AccountFixtures.unique("ny-leder");
		long id = AccountFixtures.user(accounts, name, no.planspor.account.Role.CONTRIBUTOR);
		ApiClient admin = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD);
		String unit = db.sql("select u.code from unit u join plan p on p.unit_id = u.id where p.code = :code")
			.param("code", plan).query(String.class).single();

		HttpResponse<String> unknown = admin.send("PUT", "/api/users/" + name + "/leads", "[\"" + unit + "\", \"FINNES-IKKE\"]");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("\"$[1]\"");
		assertThat(editor.send("PUT", "/api/users/" + name + "/leads", "[]").statusCode()).isEqualTo(403);

		HttpResponse<String> led = admin.send("PUT", "/api/users/" + name + "/leads", "[\"" + unit + "\"]");
		assertThat(led.statusCode()).isEqualTo(200);
		assertThat(ApiClient.json(led).get("leads").valueStream().map(JsonNode::stringValue).toList()).containsExactly(unit);
		assertThat(ApiClient.json(admin.get("/api/users/" + name)).get("leads")).hasSize(1);
		assertThat(AccountFixtures.auditOf(db, "USER", id)).anySatisfy(line -> assertThat(line).contains("UPDATED leads: ∅ → " + unit));

		submit();
		ApiClient newLeader = ApiClient.as(port, name, AccountFixtures.PASSWORD);
		assertThat(newLeader.post("/api/plans/" + plan + "/adoption/adopt", json("{\"on\": \"2026-05-11\"}")).statusCode())
			.isEqualTo(200);
	}

	private int version() {
		return db.sql("select version from plan where code = :code").param("code", plan).query(Integer.class).single();
	}

	private HttpResponse<String> submit() {
		return editor.post("/api/plans/" + plan + "/adoption/submit", json("{\"body\": \"FU KRN\"}"));
	}

	private long steps() {
		return count("adoption_step where plan_id = " + AccountFixtures.planId(db, plan));
	}

	private long count(String tableAndWhere) {
		return db.sql("select count(*) from " + tableAndWhere).query(Long.class).single();
	}
}
