package no.planspor.followup;

import static no.planspor.followup.StatusPlans.encoded;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;
import no.planspor.account.WebSession;

/**
 * One rule says who answers for an item (its own parties, or those of the nearest item above it
 * that names any), and every page follows it: the table's Ansvar column and party filter, the inline
 * form, "Mine tiltak", and the server's check on a recorded status. Shown on a KRN copy where goal 3
 * names FU KRN and its measure T3.3 b) names nobody, so the goal's party answers for the measure.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnsweringPartiesTest {

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	JdbcClient db;

	@Autowired
	Clock clock;

	String plan;

	String fuKrn;

	WebSession member;

	@BeforeAll
	void plan() {
		plan = StatusPlans.importKrnCopy(port, doc -> {
			StatusPlans.item(doc, "3").withArray("responsible").add("FU KRN");
			StatusPlans.item(doc, "T3.3 b)").withArray("responsible").removeAll();
		});
		fuKrn = AccountFixtures.unique("answering-fu");
		long id = AccountFixtures.user(accounts, fuKrn, Role.CONTRIBUTOR);
		AccountFixtures.memberOfUnit(db, id, "FU KRN", AccountFixtures.unitId(db, StatusPlans.unitCode(plan)));
		member = WebSession.signedIn(port, fuKrn, AccountFixtures.PASSWORD);
	}

	@Test
	void theTableShowsTheGoalsPartiesForTheMeasureAndFindsItByThem() {
		String row = row(flat(member.get("/plans/" + plan + "/table").body()), "T3.3 b)");
		assertThat(row).contains("FU KRN").contains("Fra mål 3").contains("status-inline__edit");

		String filtered = flat(member.get("/plans/" + plan + "/table?party=" + encoded("FU KRN")).body());
		assertThat(filtered).contains("\">T3.3 b)</a> </th>");
	}

	@Test
	void mineTiltakListsTheMeasureAsTheGoalsPartiesOwn() {
		String page = flat(member.get("/mine").body());
		int at = page.indexOf("href=\"/plans/" + plan + "/items/" + encoded("T3.3 b)") + "\">T3.3 b)</a>");
		assertThat(at).isNotNegative();
		String card = page.substring(page.lastIndexOf("<li id=\"card-", at), page.indexOf("</li>", page.indexOf("my-item__status", at)));
		assertThat(card).contains("Fra mål 3").contains("status-inline__edit");
	}

	@Test
	void theServerLetsTheGoalsPartiesRecordOnTheMeasure() {
		LocalDate today = LocalDate.now(clock);
		StatusUpdate recorded = AccountFixtures.as(accounts, fuKrn, () -> statuses.record(plan, "T3.3 b)",
				new StatusReport(State.ON_TRACK, today, null, null), null));
		assertThat(recorded.authorName()).isNotBlank();
	}

	private static String row(String page, String code) {
		int at = page.indexOf("\">" + code + "</a> </th>");
		assertThat(at).as("row %s", code).isNotNegative();
		return page.substring(page.lastIndexOf("<tr ", at), page.indexOf("</tr>", at));
	}

	private static String flat(String html) {
		return html.replaceAll("\\s+", " ");
	}
}
