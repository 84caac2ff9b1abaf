package no.planspor.audit;

import java.net.URI;

import org.assertj.core.api.AbstractIntegerAssert;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import no.planspor.PlansporTest;
import no.planspor.SqlStatementCounter;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.UserAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrators' pages that name people and plans cost the same few statements however many
 * rows they show: the names come from the modules that keep them as whole lists (through
 * {@code audit.UserNames} and {@code audit.PlanNames}, or {@code account.Organisation}), never a
 * statement per row. Audit page: the entries, the accounts, the plans. User list: the accounts with
 * their grants and memberships, the units, the plans. (Counted as {@link SqlStatementCounter} counts.)
 */
@PlansporTest
@AutoConfigureMockMvc
@Import(SqlStatementCounter.class)
class AdminPagesStatementsTest {

	static final int AUDIT_PAGE = 3;

	static final int USER_LIST = 3;

	@Autowired
	MockMvc mvc;

	@Autowired
	SqlStatementCounter sql;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	@Test
	void aFullAuditPageOfManyPeopleAndPlansIsThreeStatements() throws Exception {
		long krn = AccountFixtures.planId(db, "krn-forskning-2025-2029");
		long tik = AccountFixtures.planId(db, "tik-forskning-2022-2025");
		String[] actors = new String[5];
		for (int i = 0; i < actors.length; i++) {
			actors[i] = AccountFixtures.unique("telt");
			AccountFixtures.user(accounts, actors[i], Role.EDITOR);
		}
		for (int i = 0; i < 120; i++) {
			db.sql("""
					insert into audit_event (actor, action, entity_type, plan_id, label)
					values (:actor, 'UPDATED', 'ITEM', :plan, :label)
					""").param("actor", actors[i % actors.length]).param("plan", i % 2 == 0 ? krn : tik)
				.param("label", "telt " + i)
				.update();
		}

		assertStatements("/admin/audit").isEqualTo(AUDIT_PAGE);
		assertStatements("/admin/audit?plan=" + krn + "&q=telt").isEqualTo(AUDIT_PAGE);
		assertThat(sql.lastRequest().sql()).noneMatch(statement -> statement.contains("app_user")
				&& statement.contains("audit_event"));
	}

	@Test
	void theUserListIsThreeStatementsHoweverManyUsersAndMemberships() throws Exception {
		long krnUnit = AccountFixtures.unitId(db, "KRN");
		long krn = AccountFixtures.planId(db, "krn-forskning-2025-2029");
		for (int i = 0; i < 12; i++) {
			long id = AccountFixtures.user(accounts, AccountFixtures.unique("listet"), Role.CONTRIBUTOR);
			AccountFixtures.grantUnit(db, id, krnUnit);
			AccountFixtures.memberOfUnit(db, id, "FL", krnUnit);
			AccountFixtures.memberOfPlan(db, id, "CRAI", krn);
		}

		assertStatements("/admin/users").isEqualTo(USER_LIST);
	}

	/** The statements of one page; on failure the description lists them. */
	private AbstractIntegerAssert<?> assertStatements(String path) throws Exception {
		mvc.perform(get(URI.create(path)).with(user(accounts.loadUserByUsername("admin")))).andExpect(status().isOk());
		SqlStatementCounter.Counted counted = sql.lastRequest();
		assertThat(counted.path()).isEqualTo(URI.create(path).getPath());
		return assertThat(counted.statements()).as("%s", counted);
	}
}
