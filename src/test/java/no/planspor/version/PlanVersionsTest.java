package no.planspor.version;

import java.net.http.HttpResponse;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.SystemIdentity;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.ApiClient;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.ItemFields;
import no.planspor.plan.PlanReader;
import no.planspor.plan.editing.ItemArchiving;
import no.planspor.plan.editing.ItemFieldsEditing;
import no.planspor.plan.editing.ItemPlacing;
import no.planspor.plan.editing.PartyEditing;
import no.planspor.plan.editing.PlanDetailsEditing;
import no.planspor.plan.editing.SectionEditing;
import no.planspor.plan.Shortlists;
import no.planspor.plan.editing.IndicatorEditing;
import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusUpdates;
import no.planspor.plan.PartyKind;
import no.planspor.plan.Target;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Versions of a plan (issue 11, points 1, 2 and 6): frozen copies that no later edit changes, stored
 * in shared parts, compared item by item, served by the API.
 */
@PlansporTest
class PlanVersionsTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PlanExchange exchange;

	@Autowired
	PlanReader plans;

	@Autowired
	ItemFieldsEditing fields;

	@Autowired
	ItemPlacing placing;

	@Autowired
	ItemArchiving archiving;

	@Autowired
	UserAccounts accounts;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	IndicatorEditing indicators;

	@Autowired
	Shortlists shortlists;

	@Autowired
	PartyEditing parties;

	@Autowired
	SectionEditing sections;

	@Autowired
	PlanDetailsEditing details;

	@Autowired
	JdbcClient db;

	String plan;

	ApiClient admin;

	@BeforeEach
	void copyOfKrn() {
		plan = VersionPlans.krnCopy(exchange, "versjon-krn");
		admin = ApiClient.as(port, "admin", PlansporTest.ADMIN_PASSWORD);
	}

	@Test
	void aVersionReadsBackExactlyAsThePlanWasWhateverHappensAfter() {
		String before = admin.get("/api/plans/" + plan).body();

		HttpResponse<String> made = admin.post("/api/plans/" + plan + "/versions", json("{\"label\": \"Vedtatt 11.05.2026\"}"));

		assertThat(made.statusCode()).isEqualTo(201);
		assertThat(made.headers().firstValue("Location").orElseThrow()).endsWith("/api/plans/" + plan + "/versions/1");
		JsonNode version = JSON.readTree(made.body());
		assertThat(version.get("number").asInt()).isEqualTo(1);
		assertThat(version.get("label").stringValue()).isEqualTo("Vedtatt 11.05.2026");
		assertThat(version.get("by").get("username").stringValue()).isEqualTo("admin");

		// Every kind of later edit: fields, a move, a deletion, a new item.
		edit("T1.1 a)", "Ny tekst etter versjonen");
		SystemIdentity.call(() -> placing.move(plan, "T1.1 b)", "2", null, item("T1.1 b)").version()));
		SystemIdentity.call(() -> archiving.archive(plan, "T1.1 c)", item("T1.1 c)").version()));
		SystemIdentity.call(() -> fields.add(plan, new ItemFields("1", no.planspor.plan.ItemKind.MEASURE, "T1.9", null,
				"Et nytt tiltak", null, null, List.of(), List.of(), List.of()), null, List.of()));

		HttpResponse<String> first = admin.get("/api/plans/" + plan + "/versions/1");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).isEqualTo(before);
		assertThat(admin.get("/api/plans/" + plan).body()).isNotEqualTo(before);
	}

	@Test
	void aVersionIsUnchangedByEveryOtherKindOfLaterEditToo() {
		String before = admin.get("/api/plans/" + plan).body();
		versions(plan, "Før alt det andre");
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo"));

		SystemIdentity.call(() -> statuses.record(plan, "T1.1 a)", new StatusReport(State.AT_RISK, today, 20, "Usikkert."), null));
		SystemIdentity.call(() -> indicators.setTarget(plan, "T1.1 a)", 2, countOf(3), indicator("T1.1 a)", 2).version()));
		SystemIdentity.call(() -> indicators.editIndicator(plan, "T1.1 b)", 1, "Endret indikator", indicator("T1.1 b)", 1).version()));
		SystemIdentity.call(() -> indicators.addIndicator(plan, "T1.1 c)", "Ny indikator", item("T1.1 c)").version()));
		SystemIdentity.call(() -> {
			shortlists.putOn(plan, "2026-2027", "T1.1 a)");
			return null;
		});
		SystemIdentity.call(() -> parties.addParty(plan, "NY", "En ny part", PartyKind.BODY));
		SystemIdentity.call(() -> sections.addSection(plan, "Nytt avsnitt", "Skrevet etter versjonen."));
		var now = plans.get(plan);
		SystemIdentity.call(() -> details.editDetails(plan, new PlanDetailsEditing.PlanDetails("Ny tittel", now.unit().code(),
				now.periodFrom(), now.periodTo(), now.parentCode()), now.version()));

		assertThat(admin.get("/api/plans/" + plan + "/versions/1").body()).isEqualTo(before);
		assertThat(admin.get("/api/plans/" + plan).body()).contains("Usikkert.", "\"COUNT\"", "Endret indikator",
				"Ny indikator", "En ny part", "Nytt avsnitt", "Ny tittel");
	}

	@Test
	void theDiffFindsTargetChangesAsIndicatorChanges() {
		versions(plan, "Uten mål");
		SystemIdentity.call(() -> indicators.setTarget(plan, "T1.1 a)", 2, countOf(3), indicator("T1.1 a)", 2).version()));
		versions(plan, "Med mål");
		Target changed = new Target(Target.Kind.COUNT, new java.math.BigDecimal("5"), "PhD", Target.Per.PLAN,
				new Target.Baseline(new java.math.BigDecimal("2"), java.time.LocalDate.of(2025, 1, 1)),
				java.time.LocalDate.of(2028, 6, 30));
		SystemIdentity.call(() -> indicators.setTarget(plan, "T1.1 a)", 2, changed, indicator("T1.1 a)", 2).version()));

		JsonNode set = JSON.readTree(admin.get("/api/plans/" + plan + "/diff?from=1&to=2").body()).get("changes");
		assertThat(set).hasSize(1);
		assertThat(set.get(0).get("item").stringValue()).isEqualTo("T1.1 a)");
		assertThat(set.get(0).get("change").stringValue()).isEqualTo("CHANGED");
		assertThat(set.get(0).get("field").stringValue()).isEqualTo("indicators");
		assertThat(set.get(0).get("before").get(1).get("target").isNull()).isTrue();
		assertThat(set.get(0).get("after").get(1).get("target").get("kind").stringValue()).isEqualTo("COUNT");

		JsonNode moved = JSON.readTree(admin.get("/api/plans/" + plan + "/diff?from=2&to=current").body()).get("changes");
		assertThat(moved).hasSize(1);
		JsonNode after = moved.get(0).get("after").get(1).get("target");
		assertThat(after.get("value").decimalValue()).isEqualByComparingTo("5");
		assertThat(after.get("baseline").get("value").decimalValue()).isEqualByComparingTo("2");
		assertThat(after.get("baseline").get("asOf").stringValue()).isEqualTo("2025-01-01");
		assertThat(after.get("due").stringValue()).isEqualTo("2028-06-30");
		assertThat(moved.get(0).get("before").get(1).get("target").get("due").isNull()).isTrue();
	}

	@Test
	void theDiffFindsExactlyTheChangesMadeOfEachKind() {
		versions(plan, "Før endringene");
		String movedTo = "2";
		edit("T1.1 a)", "Ny tekst");
		SystemIdentity.call(() -> placing.move(plan, "T1.1 b)", movedTo, null, item("T1.1 b)").version()));
		SystemIdentity.call(() -> archiving.archive(plan, "T1.1 c)", item("T1.1 c)").version()));
		SystemIdentity.call(() -> fields.add(plan, new ItemFields("1", no.planspor.plan.ItemKind.MEASURE, "T1.9", null,
				"Et nytt tiltak", null, null, List.of(), List.of(), List.of()), null, List.of()));
		versions(plan, "Etter endringene");

		JsonNode diff = JSON.readTree(admin.get("/api/plans/" + plan + "/diff?from=1&to=2").body());
		JsonNode toCurrent = JSON.readTree(admin.get("/api/plans/" + plan + "/diff?from=1&to=current").body());

		assertThat(toCurrent).isEqualTo(diff);
		List<String> changes = diff.get("changes").valueStream()
			.map(c -> c.get("change").stringValue() + " " + text(c.get("item")) + " " + text(c.get("field")))
			.toList();
		assertThat(changes).containsExactlyInAnyOrder("CHANGED T1.1 a) text", "MOVED T1.1 b) parent",
				"ADDED T1.9 null", "REMOVED T1.1 c) null");
		JsonNode text = diff.get("changes").valueStream().filter(c -> "text".equals(text(c.get("field")))).findFirst().orElseThrow();
		assertThat(text.get("after").stringValue()).isEqualTo("Ny tekst");
		assertThat(text.get("before").stringValue()).startsWith("Bruke anbefalinger");
		assertThat(text.properties().stream().map(java.util.Map.Entry::getKey).toList())
			.containsExactly("item", "change", "field", "before", "after");
		JsonNode moved = diff.get("changes").valueStream().filter(c -> "MOVED".equals(c.get("change").stringValue())).findFirst().orElseThrow();
		assertThat(moved.get("before").stringValue()).isEqualTo("1");
		assertThat(moved.get("after").stringValue()).isEqualTo(movedTo);
		// Versions of one plan unchanged in between: nothing.
		versions(plan, "Igjen");
		assertThat(JSON.readTree(admin.get("/api/plans/" + plan + "/diff?from=2&to=3").body()).get("changes")).isEmpty();
	}

	@Test
	void whatDidNotChangeIsStoredOnce() {
		versions(plan, "Første");
		long parts = count("version_part");
		long rows = count("version_item");
		int items = (int) plans.tree(plan).allItems().count();

		versions(plan, "Uendret");
		assertThat(count("version_part")).isEqualTo(parts);
		assertThat(count("version_item")).isEqualTo(rows + items);

		edit("T1.1 a)", "Én endring");
		versions(plan, "Én endring");
		assertThat(count("version_part")).isEqualTo(parts + 1);
	}

	@Test
	void listsNewestFirstAndRefusesBadInputByName() {
		versions(plan, "Første");
		versions(plan, "Andre");

		JsonNode list = JSON.readTree(admin.get("/api/plans/" + plan + "/versions").body());
		assertThat(list.valueStream().map(v -> v.get("number").asInt()).toList()).containsExactly(2, 1);
		assertThat(list.get(0).get("reason").stringValue()).isEqualTo("MANUAL");

		HttpResponse<String> blank = admin.post("/api/plans/" + plan + "/versions", json("{\"label\": \"  \"}"));
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.body()).contains("\"$.label\"");
		HttpResponse<String> unknownMember = admin.post("/api/plans/" + plan + "/versions", json("{\"label\": \"x\", \"number\": 7}"));
		assertThat(unknownMember.statusCode()).isEqualTo(400);
		assertThat(unknownMember.body()).contains("$.number");
		HttpResponse<String> noSuchFrom = admin.get("/api/plans/" + plan + "/diff?from=99");
		assertThat(noSuchFrom.statusCode()).isEqualTo(400);
		assertThat(noSuchFrom.body()).contains("\"from\"");
		HttpResponse<String> badTo = admin.get("/api/plans/" + plan + "/diff?from=1&to=siste");
		assertThat(badTo.statusCode()).isEqualTo(400);
		assertThat(badTo.body()).contains("\"to\"");
		assertThat(admin.get("/api/plans/" + plan + "/versions/99").statusCode()).isEqualTo(404);
		assertThat(admin.get("/api/plans/finnes-ikke/versions").statusCode()).isEqualTo(404);
		assertThat(count("plan_version where plan_id = " + AccountFixtures.planId(db, plan))).isEqualTo(2);
	}

	@Test
	void onlyEditorsOfThePlansUnitMakeVersionsAndEachIsAudited() {
		String reader = AccountFixtures.unique("leser");
		AccountFixtures.user(accounts, reader, Role.CONTRIBUTOR);
		ApiClient asReader = ApiClient.as(port, reader, AccountFixtures.PASSWORD);

		assertThat(asReader.post("/api/plans/" + plan + "/versions", json("{\"label\": \"Min\"}")).statusCode()).isEqualTo(403);
		assertThat(asReader.get("/api/plans/" + plan + "/versions").statusCode()).isEqualTo(200);
		assertThat(count("plan_version where plan_id = " + AccountFixtures.planId(db, plan))).isZero();

		versions(plan, "Revidert");
		long id = db.sql("select id from plan_version where plan_id = :p").param("p", AccountFixtures.planId(db, plan))
			.query(Long.class).single();
		assertThat(AccountFixtures.auditOf(db, "VERSION", id)).hasSize(1);
	}

	private void versions(String code, String label) {
		assertThat(admin.post("/api/plans/" + code + "/versions", json("{\"label\": \"" + label + "\"}")).statusCode())
			.isEqualTo(201);
	}

	private void edit(String code, String text) {
		VersionPlans.editText(plans, fields, plan, code, text);
	}

	private static Target countOf(int value) {
		return new Target(Target.Kind.COUNT, java.math.BigDecimal.valueOf(value), "PhD", Target.Per.PLAN, null, null);
	}

	private no.planspor.plan.Indicator indicator(String code, int number) {
		return item(code).indicators().get(number - 1);
	}

	private no.planspor.plan.PlanItem item(String code) {
		return plans.tree(plan).item(code).orElseThrow();
	}

	private long count(String table) {
		return db.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? "null" : node.stringValue();
	}

	private static byte[] json(String text) {
		return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}
}
