package no.planspor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.ApiClient;
import no.planspor.exchange.PlanDocuments;
import no.planspor.plan.PlanReader;

/**
 * The plan table and "Mine tiltak" cost a fixed number of SQL statements, whatever the plan's size
 * and however long the histories: the table is the plan tree (11) and its follow-up (2), with no
 * statement per row; "Mine tiltak" is one statement for the items with their latest status and one
 * for their indicators with the yearly readings. Checked on a KRN copy and on a copy ten times its size
 * with five years of monthly status updates and measurements on every measure and indicator. Every
 * overdue measure across all plans, for the cross-plan pages, is one statement.
 *
 * <p>Same annotations as the other statement tests, so that they share one application context.
 */
@PlansporTest
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpPagesStatementsTest {

	static final int TABLE = 13;

	/** The items, their indicators, the yearly readings, and the open reporting rounds that wait for the person. */
	static final int MINE = 4;

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PlanReader plans;

	@Autowired
	JdbcClient db;

	@Autowired
	Clock clock;

	@Autowired
	ItemStandings standings;

	@LocalServerPort
	int port;

	String unit;

	String small;

	String large;

	String member;

	@BeforeAll
	void plans() {
		unit = "CNT-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		small = importCopy(1);
		large = importCopy(10);
		assertThat(plans.tree(large).allItems().count()).isEqualTo(10 * plans.tree(small).allItems().count());
		longHistories(small);
		longHistories(large);
		deadlinesPassed(small);
		deadlinesPassed(large);
		member = AccountFixtures.unique("count-member");
		long id = AccountFixtures.user(accounts, member, Role.CONTRIBUTOR);
		AccountFixtures.memberOfUnit(db, id, "FU KRN", AccountFixtures.unitId(db, unit));
		AccountFixtures.memberOfUnit(db, id, "CRAI", AccountFixtures.unitId(db, unit));
		AccountFixtures.memberOfPlan(db, id, "AFU", AccountFixtures.planId(db, large));
	}

	@Test
	void theTableCostsTheSameForAPlanTenTimesTheSizeWithLongHistories() throws Exception {
		assertStatements("admin", "/plans/" + small + "/table").isEqualTo(TABLE);
		assertStatements("admin", "/plans/" + large + "/table").isEqualTo(TABLE);
		assertStatements("admin", "/plans/" + large + "/table?party=CRAI&sort=state&dir=desc").isEqualTo(TABLE);
		assertStatements(member, "/plans/" + large + "/table?goal=1-7").isEqualTo(TABLE);
		assertStatements("admin", "/plans/tik-forskning-2022-2025/table").isEqualTo(TABLE);
	}

	@Test
	void aRowAloneCostsTheSameAsTheTable() throws Exception {
		assertStatements("admin", "/plans/" + large + "/table/rows/T1.1%20a)-7").isEqualTo(TABLE);
	}

	@Test
	void mineTiltakIsFourStatementsHoweverManyItemsAndHowLongTheirHistories() throws Exception {
		long items = plans.tree(large).allItems()
			.filter(item -> item.responsible().stream().anyMatch(p -> p.code().equals("FU KRN") || p.code().equals("CRAI")))
			.count();
		assertThat(items).isGreaterThan(150);
		assertStatements(member, "/mine").isEqualTo(MINE);
		// Nobody's items at all: not even the four.
		assertStatements("admin", "/mine").isLessThanOrEqualTo(MINE);
	}

	@Test
	void everyOverdueMeasureAcrossAllPlansIsOneStatement() {
		List<ItemStanding> overdue = new ArrayList<>();
		SqlStatementCounter.Counted counted = sql.during(() -> overdue.addAll(standings.overdueMeasures()));
		assertThat(counted.statements()).as("%s", counted).isEqualTo(1);
		assertThat(overdue.stream().filter(item -> item.plan().code().equals(large)).count())
			.as("the tenfold plan's unfinished measures").isGreaterThan(100);
		assertThat(overdue.stream().map(item -> item.plan().code()).distinct()).contains(small, large);
	}

	/** Every measure's deadline passed half a year into the plan, and every measure delayed as of today. */
	private void deadlinesPassed(String plan) {
		db.sql("""
				update plan_item i set deadline = :deadline from plan p
				where p.id = i.plan_id and p.code = :plan and i.kind = 'MEASURE'
				""").param("plan", plan).param("deadline", LocalDate.of(2025, 6, 30)).update();
		db.sql("""
				insert into status_update (item_id, state, as_of, text, author_name)
				select i.id, 'DELAYED', :today, 'Forsinket.', 'generator'
				from plan_item i join plan p on p.id = i.plan_id
				where p.code = :plan and i.kind = 'MEASURE'
				""").param("plan", plan).param("today", LocalDate.now(clock)).update();
	}

	/** Five years of monthly status updates on every measure, and monthly values on every indicator. */
	private void longHistories(String plan) {
		LocalDate today = LocalDate.now(clock);
		db.sql("""
				insert into status_update (item_id, state, as_of, author_name)
				select i.id, (array['ON_TRACK', 'NOT_STARTED', 'DONE'])[1 + (m % 3)], :start + (m * interval '1 month'), 'generator'
				from plan_item i join plan p on p.id = i.plan_id, generate_series(0, 59) m
				where p.code = :plan and i.kind = 'MEASURE' and :start + (m * interval '1 month') <= :today
				""").param("plan", plan).param("start", LocalDate.of(2025, 1, 1)).param("today", today).update();
		db.sql("""
				update indicator x set target_kind = 'COUNT', target_value = 10, target_per = 'YEAR'
				from plan_item i join plan p on p.id = i.plan_id
				where x.item_id = i.id and p.code = :plan
				""").param("plan", plan).update();
		db.sql("""
				insert into indicator_value (indicator_id, value, as_of, source)
				select x.id, m % 12, :start + (m * interval '1 month'), 'IMPORT'
				from indicator x join plan_item i on i.id = x.item_id join plan p on p.id = i.plan_id, generate_series(0, 59) m
				where p.code = :plan and :start + (m * interval '1 month') <= :today
				""").param("plan", plan).param("start", LocalDate.of(2025, 1, 1)).param("today", today).update();
	}

	/** A KRN copy in this test's unit, its goals repeated {@code times} times with "-n" added to every code. */
	private String importCopy(int times) {
		String code = "count-" + UUID.randomUUID().toString().substring(0, 8);
		ObjectNode doc = PlanDocuments.seed("03-krn-forskning-2025-2029");
		doc.put("code", code);
		doc.putObject("unit").put("code", unit).put("name", "Telleklinikken");
		if (times > 1) {
			ArrayNode goals = (ArrayNode) doc.get("items");
			ArrayNode all = StatusPlans.JSON.createArrayNode();
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
			.post("/api/plans", StatusPlans.JSON.writeValueAsString(doc).getBytes(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		return code;
	}

	private static void suffix(ObjectNode item, String suffix) {
		item.put("code", item.get("code").asString() + suffix);
		ArrayNode seeAlso = StatusPlans.JSON.createArrayNode();
		item.get("seeAlso").forEach(ref -> seeAlso.add(ref.asString() + suffix));
		item.set("seeAlso", seeAlso);
		item.get("children").forEach(child -> suffix((ObjectNode) child, suffix));
	}

	private AbstractIntegerAssert<?> assertStatements(String username, String path) throws Exception {
		mvc.perform(get(URI.create(path)).with(user(accounts.loadUserByUsername(username)))).andExpect(status().isOk());
		SqlStatementCounter.Counted counted = sql.lastRequest();
		assertThat(counted.path()).isEqualTo(URI.create(path).getRawPath());
		return assertThat(counted.statements()).as("%s", counted);
	}
}
