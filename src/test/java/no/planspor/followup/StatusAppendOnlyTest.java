package no.planspor.followup;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import no.planspor.PlansporTest;
import no.planspor.SqlStatementCounter;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * History is never rewritten: recording and correcting — through the service, the API and the page
 * form — only ever insert status rows; no statement updates or deletes one. (The same context as
 * {@code PlanPageStatementsTest}, which also counts statements, so the two share one database.)
 */
@PlansporTest
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
class StatusAppendOnlyTest {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Clock clock;

	@Test
	void recordingAndCorrectingOnlyEverInsertStatusRows() throws Exception {
		String plan = StatusPlans.importKrnCopy(port);
		LocalDate today = LocalDate.now(clock);
		List<String> statements = new ArrayList<>();

		StatusUpdate[] first = new StatusUpdate[1];
		statements.addAll(sql.during(() -> first[0] = AccountFixtures.as(accounts, "admin",
				() -> statuses.record(plan, "T1.1 a)", new StatusReport(State.ON_TRACK, today, 10, null), null))).sql());
		statements.addAll(sql.during(() -> AccountFixtures.as(accounts, "admin", () -> statuses.record(plan, "T1.1 a)",
				new StatusReport(State.DELAYED, today, 10, "Rettet."), first[0].id()))).sql());

		mvc.perform(post(URI.create("/api/plans/" + plan + "/items/T1.1%20b)/status"))
			.with(httpBasic("admin", PlansporTest.ADMIN_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"state\": \"ON_TRACK\", \"asOf\": \"" + today + "\"}")).andExpect(status().isCreated());
		statements.addAll(sql.lastRequest().sql());

		mvc.perform(post(URI.create("/plans/" + plan + "/items/T1.1%20c)/status")).with(user(accounts.loadUserByUsername("admin")))
			.with(csrf())
			.header("HX-Request", "true")
			.param("state", "DONE")
			.param("asOf", today.toString())
			.param("view", "panel")).andExpect(status().isOk());
		statements.addAll(sql.lastRequest().sql());

		List<String> touchingStatus = statements.stream()
			.map(s -> s.toLowerCase(Locale.ROOT))
			.filter(s -> s.contains("status_update"))
			.toList();
		assertThat(touchingStatus).as("statements on status_update").isNotEmpty();
		assertThat(touchingStatus).filteredOn(s -> s.startsWith("insert")).hasSize(4);
		assertThat(touchingStatus).allSatisfy(s -> assertThat(s).matches("^(select|insert into status_update) .*"));
		assertThat(touchingStatus).noneMatch(s -> s.matches("(?s).*\\b(update|delete from)\\s+status_update\\b.*"));
	}
}
