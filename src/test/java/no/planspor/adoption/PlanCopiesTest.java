package no.planspor.adoption;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
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
import no.planspor.exchange.ApiClient;
import no.planspor.exchange.PlanDocuments;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.ItemRef;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.PlanTree;

import static no.planspor.adoption.AdoptionPlans.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Ny plan fra denne" (issue 11 §5, §6): a plan copied into its next period is a draft with the
 * structure, texts, indicators and targets, parties and strategy links of the old one, each item linking
 * back to the item it came from; bad input is refused by name and nothing is written.
 */
@PlansporTest
class PlanCopiesTest {

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

	String krn;

	ApiClient editor;

	@BeforeEach
	void krnWithAFinishedMeasure() {
		krn = AdoptionPlans.seedCopy(exchange, "03-krn-forskning-2025-2029", "kopi-krn", doc -> {
			ObjectNode done = PlanDocuments.item(doc, "T1.1 a)");
			done.putObject("status").put("state", "DONE").put("asOf", "2026-06-01").put("progress", 100)
				.put("text", "Ferdig");
			ObjectNode going = PlanDocuments.item(doc, "T1.1 b)");
			going.putObject("status").put("state", "ON_TRACK").put("asOf", "2026-06-01").putNull("progress")
				.putNull("text");
		});
		editor = ApiClient.as(port, AdoptionPlans.editorOf(accounts, db, krn), AccountFixtures.PASSWORD);
	}

	@Test
	void theCopyIsADraftWhoseItemsLinkBackToTheirEarlierMeasures() {
		String code = PlanDocuments.freshCode("krn-2030-2033");
		HttpResponse<String> made = editor.post("/api/plans/" + krn + "/copy", json("""
				{"code": "%s", "title": "Handlingsplan for forskning 2030-2033", "period": {"from": 2030, "to": 2033},
				 "onlyOpen": true, "parent": "%s"}""".formatted(code, PlanDocuments.STRATEGY)));

		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		assertThat(ApiClient.json(made).get("code").stringValue()).isEqualTo(code);
		assertThat(made.headers().firstValue("Location")).hasValue("/api/plans/" + code);
		assertThat(ApiClient.json(made).get("measuresLeftOut").asInt()).isEqualTo(1);

		PlanTree old = plans.tree(krn);
		PlanTree copy = plans.tree(code);
		Plan plan = copy.plan();
		assertThat(plan.status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(plan.adoption()).isNull();
		assertThat(plan.periodFrom()).isEqualTo(2030);
		assertThat(plan.unit().id()).isEqualTo(old.plan().unit().id());
		assertThat(plan.originCode()).as("the new plan links back").isEqualTo(krn);
		assertThat(plan.originTitle()).isEqualTo(old.plan().title());

		assertThat(copy.item("T1.1 a)")).as("the finished measure stays behind").isEmpty();
		assertThat(copy.allItems().count()).isEqualTo(old.allItems().count() - 1);
		assertThat(copy.shortlists()).isEmpty();
		assertThat(copy.parties()).extracting(p -> p.code()).isEqualTo(old.parties().stream().map(p -> p.code()).toList());
		for (PlanItem item : copy.allItems().toList()) {
			PlanItem before = old.item(item.code()).orElseThrow();
			assertThat(item.text()).isEqualTo(before.text());
			assertThat(item.indicators()).extracting(i -> i.text() + " " + i.target())
				.isEqualTo(before.indicators().stream().map(i -> i.text() + " " + i.target()).toList());
			assertThat(item.strategyRefs()).extracting(ItemRef::id)
				.isEqualTo(before.strategyRefs().stream().map(ItemRef::id).toList());
			assertThat(item.responsible()).extracting(p -> p.code())
				.isEqualTo(before.responsible().stream().map(p -> p.code()).toList());
			ItemRef origin = plans.originOfItem(item.id()).orElseThrow();
			assertThat(origin.id()).as("%s links back to its earlier item", item.code()).isEqualTo(before.id());
			assertThat(origin.planCode()).isEqualTo(krn);
		}
		assertThat(plans.copiesOfItem(old.item("T1.1 b)").orElseThrow().id())).extracting(ItemRef::planCode)
			.containsExactly(code);
		assertThat(plans.copiesOf(old.plan().id())).extracting(Plan::code).containsExactly(code);
		assertThat(db.sql("select count(*) from status_update s join plan_item i on i.id = s.item_id where i.plan_id = :p")
			.param("p", plan.id()).query(Long.class).single()).as("statuses stay with the old period").isZero();
		assertThat(AccountFixtures.auditOf(db, "PLAN", plan.id()))
			.anySatisfy(line -> assertThat(line).contains("COPIED origin: ∅ → " + krn));
	}

	@Test
	void everyMeasureComesAlongUnlessOnlyOpenOnesAreWantedAndWithoutAStrategyNoLinks() {
		String code = PlanDocuments.freshCode("krn-alle");
		HttpResponse<String> made = editor.post("/api/plans/" + krn + "/copy", json("""
				{"code": "%s", "title": "Alle tiltak", "period": {"from": 2030, "to": 2033}, "onlyOpen": false,
				 "parent": null}""".formatted(code)));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		PlanTree copy = plans.tree(code);
		assertThat(copy.allItems().count()).isEqualTo(plans.tree(krn).allItems().count());
		assertThat(copy.plan().parentCode()).isNull();
		assertThat(copy.allItems().flatMap(i -> i.strategyRefs().stream())).isEmpty();
		assertThat(ApiClient.json(made).get("strategyLinksDropped").asInt()).isPositive();
	}

	@Test
	void badInputIsRefusedByNameAndNothingIsWritten() {
		long plansBefore = count("plan");
		Map<String, String> refusals = Map.of(
				"{\"code\": \"%s\", \"title\": \"T\", \"period\": {\"from\": 2030, \"to\": 2033}}".formatted(krn), "$.code",
				"{\"code\": \"ny-krn-a\", \"title\": \"T\", \"period\": {\"from\": 2028, \"to\": 2031}}", "$.period.from",
				"{\"code\": \"ny-krn-b\", \"title\": \"T\", \"period\": {\"from\": 2033, \"to\": 2030}}", "$.period.to",
				"{\"code\": \"ny-krn-c\", \"title\": \"T\", \"period\": {\"from\": 1200, \"to\": 2030}}", "$.period.from",
				"{\"code\": \"ny-krn-d\", \"title\": \" \", \"period\": {\"from\": 2030, \"to\": 2033}}", "$.title",
				"{\"code\": \"Ny KRN\", \"title\": \"T\", \"period\": {\"from\": 2030, \"to\": 2033}}", "$.code",
				"{\"code\": \"ny-krn-e\", \"title\": \"T\", \"period\": {\"from\": 2030, \"to\": 2033}, \"parent\": \"finnes-ikke\"}", "$.parent",
				"{\"code\": \"ny-krn-f\", \"title\": \"T\", \"period\": {\"from\": 2030, \"to\": 2033}, \"onlyOpen\": \"ja\"}", "$.onlyOpen",
				"{\"code\": \"ny-krn-g\", \"title\": \"T\"}", "$.period");
		refusals.forEach((body, field) -> {
			HttpResponse<String> refused = editor.post("/api/plans/" + krn + "/copy", json(body));
			assertThat(refused.statusCode()).as(body).isEqualTo(400);
			assertThat(refused.body()).as(body).contains("\"" + field + "\"");
		});
		assertThat(count("plan")).isEqualTo(plansBefore);
		assertThat(editor.post("/api/plans/finnes-ikke/copy", json("{\"code\": \"x-y\", \"title\": \"T\", \"period\": {\"from\": 2030, \"to\": 2033}}"))
			.statusCode()).isEqualTo(404);
	}

	@Test
	void onlyEditorsOfThePlansUnitCopyIt() {
		String reader = AccountFixtures.unique("leser");
		AccountFixtures.user(accounts, reader, Role.EDITOR);
		HttpResponse<String> refused = ApiClient.as(port, reader, AccountFixtures.PASSWORD)
			.post("/api/plans/" + krn + "/copy", json("{\"code\": \"%s\", \"title\": \"T\", \"period\": {\"from\": 2030, \"to\": 2033}}"
				.formatted(PlanDocuments.freshCode("nei"))));
		assertThat(refused.statusCode()).isEqualTo(403);
	}

	@Test
	void tiksPlanCarriesOnIntoItsNextPeriod() {
		String tik = AdoptionPlans.seedCopy(exchange, "02-tik-forskning-2022-2025", "kopi-tik", doc -> {
		});
		String code = PlanDocuments.freshCode("tik-2026-2029");
		ApiClient admin = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD);
		HttpResponse<String> made = admin.post("/api/plans/" + tik + "/copy", json("""
				{"code": "%s", "title": "Handlingsplan forskning 2026-2029", "period": {"from": 2026, "to": 2029},
				 "onlyOpen": true, "parent": null}""".formatted(code)));
		assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
		JsonNode document = ApiClient.json(admin.get("/api/plans/" + code));
		assertThat(document.get("status").stringValue()).isEqualTo("DRAFT");
		assertThat(document.get("period").get("from").asInt()).isEqualTo(2026);
		List<PlanItem> items = plans.tree(code).allItems().toList();
		assertThat(items).hasSize((int) plans.tree(tik).allItems().count());
		assertThat(items).allSatisfy(item -> assertThat(plans.originOfItem(item.id())).isPresent());
	}

	private long count(String table) {
		return db.sql("select count(*) from " + table).query(Long.class).single();
	}
}
