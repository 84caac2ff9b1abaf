package no.planspor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;

import org.assertj.core.api.AbstractIntegerAssert;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import no.planspor.PlansporTest;
import no.planspor.SqlStatementCounter;
import no.planspor.account.UserAccounts;
import no.planspor.plan.PlanReader;

/**
 * The plan page costs a fixed number of SQL statements, however large the plan and however long its
 * history: the plan reader loads each table once for the whole plan (plan, sections, references,
 * parties, shortlists, items, indicators, responsible parties, strategy links, see-also links,
 * shortlist entries: 11), the follow-up reader adds where everything stands (every item's latest
 * status, every indicator's readings per year: 2), and the page adds nothing per item. The item page
 * adds the item's status history, its indicators' measurements and its change history (1 each). A
 * strategy's page adds one statement that counts, for all its items at once, what builds on them.
 *
 * <p>Counted is what the page's handler and template cause ({@link SqlStatementCounter}), not the
 * session store's and the security filters' statements around it, which depend on the session, not
 * on the page. The exact number makes a new query per page (or per item, which the tenfold plan would
 * multiply) fail here at once; raise it only for a statement that is the same for every plan size.
 */
@PlansporTest
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
class PlanPageStatementsTest {

	/** What {@code PlanReader.tree} costs. */
	static final int PLAN_TREE = 11;

	/** What {@code FollowUpReader.forPlan} costs: latest statuses, indicator readings. */
	static final int FOLLOW_UP = 2;

	/** Whether a review of the plan is under way, to say so at the top of the plan page. */
	static final int REVIEW_UNDER_WAY = 1;

	static final int PLAN_PAGE = PLAN_TREE + FOLLOW_UP + REVIEW_UNDER_WAY;

	/** The plan's statements, the item's status history, its measurements and its change history. */
	static final int ITEM_PAGE = PLAN_TREE + FOLLOW_UP + 3;

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

	@Test
	void krnPlanPageIsThirteenStatements() throws Exception {
		assertStatements("/plans/krn-forskning-2025-2029").isEqualTo(PLAN_PAGE);
	}

	@Test
	void aPlanTenTimesTheSizeCostsTheSame() throws Exception {
		String code = ReportPlans.freshCode("rpt-tenfold");
		mvc.perform(post("/api/plans").with(httpBasic("admin", PlansporTest.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(ReportPlans.bytes(ReportPlans.scaled(code, 10)))).andExpect(status().isCreated());
		long krnItems = plans.tree(ReportPlans.KRN).allItems().count();
		assertThat(plans.tree(code).allItems().count()).isEqualTo(10 * krnItems);

		assertStatements("/plans/" + code).isEqualTo(PLAN_PAGE);
		assertStatements("/plans/" + code + "/items/T1.1%20a)-7").isEqualTo(ITEM_PAGE);

		// Five years of monthly status updates on every item, each month's corrected once.
		int rows = longHistory(code);
		assertThat(rows).isEqualTo(10 * krnItems * 60 * 2);
		assertStatements("/plans/" + code).isEqualTo(PLAN_PAGE);
		assertStatements("/plans/" + code + "/items/T1.1%20a)-7").isEqualTo(ITEM_PAGE);
	}

	/** Writes 60 monthly updates and a correction of each for every item of the plan; returns the rows written. */
	private int longHistory(String code) {
		int updates = db.sql("""
				insert into status_update (item_id, state, progress, text, as_of, author_name, recorded_at)
				select i.id, (array['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DELAYED', 'ON_HOLD'])[1 + m % 5], m,
				       'Måned ' || m, date '2025-01-01' + (m || ' months')::interval, 'Generert',
				       timestamp '2025-01-05' + (m || ' months')::interval
				from plan_item i join plan p on p.id = i.plan_id cross join generate_series(0, 59) m
				where p.code = :code
				""").param("code", code).update();
		int corrections = db.sql("""
				insert into status_update (item_id, state, progress, text, as_of, author_name, recorded_at, corrects_id)
				select s.item_id, 'ON_TRACK', s.progress, 'Rettet', s.as_of, 'Generert', s.recorded_at + interval '1 day', s.id
				from status_update s join plan_item i on i.id = s.item_id join plan p on p.id = i.plan_id
				where p.code = :code
				""").param("code", code).update();
		return updates + corrections;
	}

	@Test
	void otherReadingPagesAreFixedToo() throws Exception {
		assertStatements("/plans/tik-forskning-2022-2025").isEqualTo(PLAN_PAGE);
		assertStatements("/plans/ous-forskningsstrategi-2025-2029").isEqualTo(PLAN_PAGE + 1);
		assertStatements("/plans/ous-forskningsstrategi-2025-2029/items/1.1").isEqualTo(ITEM_PAGE + 1);
		assertStatements("/plans/krn-forskning-2025-2029/items/T1.1%20a)").isEqualTo(ITEM_PAGE);
		assertStatements("/").isEqualTo(2);
	}

	@Test
	void theCounterSeesStatementsOutsideRequestsToo() {
		assertThat(sql.during(() -> plans.tree(ReportPlans.KRN)).statements()).isEqualTo(PLAN_TREE);
		assertThat(sql.during(() -> plans.catalogue()).statements()).isEqualTo(1);
	}

	/** The statements of one page; on failure the description lists them. */
	private AbstractIntegerAssert<?> assertStatements(String path) throws Exception {
		mvc.perform(get(URI.create(path)).with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isOk());
		SqlStatementCounter.Counted counted = sql.lastRequest();
		assertThat(counted.path()).isEqualTo(path);
		return assertThat(counted.statements()).as("%s", counted);
	}
}
