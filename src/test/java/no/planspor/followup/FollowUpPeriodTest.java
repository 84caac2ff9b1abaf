package no.planspor.followup;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanReader;
import no.planspor.plan.editing.PlanDetailsEditing;
import no.planspor.plan.editing.PlanDetailsEditing.PlanDetails;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A plan's period may grow, or shrink to what has been recorded, but never strand a recorded date. */
@PlansporTest
class FollowUpPeriodTest {

	@LocalServerPort
	int port;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	PlanDetailsEditing editing;

	@Autowired
	PlanReader plans;

	@Autowired
	UserAccounts accounts;

	@Test
	void aPeriodCannotShrinkPastARecordedStatus() {
		String code = StatusPlans.importKrnCopy(port);
		AccountFixtures.as(accounts, "admin", () -> statuses.record(code, "T1.1 b)",
				new StatusReport(State.ON_TRACK, LocalDate.of(2025, 6, 1), null, null), null));
		AccountFixtures.as(accounts, "admin", () -> statuses.record(code, "T1.1 c)",
				new StatusReport(State.ON_TRACK, LocalDate.of(2026, 3, 1), null, null), null));

		assertThat(refused(code, 2026, 2029)).singleElement().satisfies(problem -> {
			assertThat(problem.path()).isEqualTo("periodFrom");
			assertThat(problem.code()).isEqualTo("followup.period.recorded-before");
			assertThat(problem.args()).containsExactly(2026, LocalDate.of(2025, 6, 1));
		});
		assertThat(refused(code, 2025, 2025)).singleElement().satisfies(problem -> {
			assertThat(problem.path()).isEqualTo("periodTo");
			assertThat(problem.args()).containsExactly(2025, LocalDate.of(2026, 3, 1));
		});
		assertThat(plans.get(code).periodFrom()).as("nothing was saved").isEqualTo(2025);
		assertThat(plans.get(code).periodTo()).as("nothing was saved").isEqualTo(2029);

		Plan grown = save(code, 2025, 2030);
		Plan shrunk = save(code, 2025, 2026);
		assertThat(grown.periodTo()).isEqualTo(2030);
		assertThat(shrunk.periodFrom()).isEqualTo(2025);
		assertThat(shrunk.periodTo()).isEqualTo(2026);
	}

	private List<Problem> refused(String code, int from, int to) {
		InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> save(code, from, to));
		assertThat(refused).as("the period %d–%d is refused", from, to).isNotNull();
		return refused.problems();
	}

	private Plan save(String code, int from, int to) {
		Plan current = plans.get(code);
		return AccountFixtures.as(accounts, "admin", () -> editing.editDetails(code, new PlanDetails(current.title(),
				current.unit().code(), from, to, current.parentCode()), current.version()));
	}
}
