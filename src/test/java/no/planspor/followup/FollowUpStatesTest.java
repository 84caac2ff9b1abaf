package no.planspor.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.followup.indicator.IndicatorReadings;
import no.planspor.followup.status.FollowUpSettings;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the pages show of where items stand: stale after the configured number of days without an
 * update (finished items never), overdue past the deadline unless finished, and the roll-up of a
 * goal's measures (how many in each state, how many without, the worst — never "cancelled").
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowUpStatesTest {

	@LocalServerPort
	int port;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	FollowUpReader followUps;

	@Autowired
	FollowUpSettings settings;

	@Autowired
	IndicatorReadings readings;

	@Autowired
	PlanReader plans;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	@Autowired
	Clock clock;

	String plan;

	LocalDate today;

	@BeforeAll
	void plan() {
		today = LocalDate.now(clock);
		LocalDate past = today.minusDays(1);
		plan = StatusPlans.importKrnCopy(port, doc -> {
			// Goal 3: deadlines to judge "overdue" by.
			StatusPlans.item(doc, "T3.3 a)").put("deadline", past.toString());
			StatusPlans.item(doc, "T3.3 b)").put("deadline", today.toString());
			// Goal 5: more deadlines, each measure finished or not.
			StatusPlans.item(doc, "T5.1 a)").put("deadline", past.toString());
			StatusPlans.item(doc, "T5.1 b)").put("deadline", past.toString());
			StatusPlans.item(doc, "T1.5c").put("deadline", past.toString());
		});
	}

	@Test
	void aStateIsStaleAfterTheConfiguredNumberOfDaysUnlessTheItemIsFinished() {
		int days = settings.staleAfterDays();
		record("T1.1 a)", State.ON_TRACK, days, null);
		record("T1.1 b)", State.ON_TRACK, days + 1, null);
		record("T1.1 c)", State.DONE, days + 200, null);
		record("T1.2 a) b)", State.CANCELLED, days + 200, "Lagt ned.");

		PlanFollowUp follow = followUps.forPlan(tree());
		assertThat(follow(follow, "T1.1 a)").stale()).as("exactly the configured days old").isFalse();
		assertThat(follow(follow, "T1.1 b)").stale()).as("a day more").isTrue();
		assertThat(follow(follow, "T1.1 c)").stale()).as("done").isFalse();
		assertThat(follow(follow, "T1.2 a) b)").stale()).as("cancelled").isFalse();
		assertThat(follow(follow, "T1.3 a)").stale()).as("never updated: no status, not stale").isFalse();
		assertThat(follow(follow, "T1.3 a)").hasStatus()).isFalse();
	}

	@Test
	void theStaleDaysAndTodayComeFromTheSettingsAndTheClock() {
		record("T1.3 b)", State.ON_TRACK, 0, null);
		Clock later = Clock.fixed(today.plusDays(31).atStartOfDay(ZoneId.of("Europe/Oslo")).toInstant(),
				ZoneId.of("Europe/Oslo"));

		assertThat(reader(30, later).forPlan(tree()).item(id("T1.3 b)")).stale()).isTrue();
		assertThat(reader(31, later).forPlan(tree()).item(id("T1.3 b)")).stale()).isFalse();
		assertThat(reader(30, clock).forPlan(tree()).item(id("T1.3 b)")).stale()).isFalse();
	}

	@Test
	void anItemIsOverduePastItsDeadlineUnlessDoneOrCancelled() {
		record("T5.1 a)", State.DONE, 3, null);
		record("T5.1 b)", State.ON_TRACK, 3, null);
		record("T1.5c", State.CANCELLED, 3, "Ikke lenger aktuelt.");

		PlanFollowUp follow = followUps.forPlan(tree());
		assertThat(follow(follow, "T3.3 a)").overdue()).as("deadline passed, no status").isTrue();
		assertThat(follow(follow, "T3.3 b)").overdue()).as("deadline today").isFalse();
		assertThat(follow(follow, "T5.1 a)").overdue()).as("done").isFalse();
		assertThat(follow(follow, "T5.1 b)").overdue()).as("on track, but past the deadline").isTrue();
		assertThat(follow(follow, "T1.5c").overdue()).as("cancelled").isFalse();
		assertThat(follow(follow, "T1.1 a)").overdue()).as("no deadline").isFalse();
	}

	@Test
	void aGoalRollsUpItsMeasuresWithCountsAndTheWorstState() {
		// Goal 2 has eleven measures.
		record("T2.1 a)", State.ON_TRACK, 10, null);
		record("T2.1 c)", State.ON_TRACK, 10, null);
		record("T2.1 d)", State.AT_RISK, 10, "Mangler studiesykepleier.");
		StatusUpdate delayed = record("T2.3 a)", State.DELAYED, 10, "Utstyret kom ikke.");
		record("T2.3 b)", State.CANCELLED, 10, "Slått sammen med T2.3c).");
		record("T2.3c)", State.DONE, 10, null);
		record("T2.4 a)", State.NOT_STARTED, 10, null);
		// The goal's own status is not one of its measures.
		record("2", State.ON_HOLD, 10, "Venter på ny strategi.");

		RollUp rollUp = followUps.forPlan(tree()).item(id("2")).rollUp();
		assertThat(rollUp.counts()).isEqualTo(Map.of(State.ON_TRACK, 2, State.AT_RISK, 1, State.DELAYED, 1,
				State.CANCELLED, 1, State.DONE, 1, State.NOT_STARTED, 1));
		assertThat(rollUp.withoutStatus()).isEqualTo(4);
		assertThat(rollUp.total()).isEqualTo(11);
		assertThat(rollUp.worst()).isEqualTo(State.DELAYED);
		assertThat(followUps.forPlan(tree()).item(id("2")).latest().state()).isEqualTo(State.ON_HOLD);
		assertThat(followUps.forPlan(tree()).item(id("T2.1 a)")).rollUp()).as("measures have none").isNull();

		// A correction counts instead of what it corrects.
		AccountFixtures.as(accounts, "admin", () -> statuses.record(plan, "T2.3 a)",
				new StatusReport(State.ON_TRACK, today.minusDays(10), null, null), delayed.id()));
		RollUp corrected = followUps.forPlan(tree()).item(id("2")).rollUp();
		assertThat(corrected.worst()).isEqualTo(State.AT_RISK);
		assertThat(corrected.count(State.ON_TRACK)).isEqualTo(3);
		assertThat(corrected.count(State.DELAYED)).isZero();
	}

	@Test
	void cancelledIsNeverTheWorstAndAGoalWithoutStatusesHasNoWorst() {
		// Goal 4: one cancelled measure, the rest without status.
		record("T4.1 a)", State.CANCELLED, 1, "Avsluttet.");
		RollUp goal4 = followUps.forPlan(tree()).item(id("4")).rollUp();
		assertThat(goal4.worst()).isNull();
		assertThat(goal4.count(State.CANCELLED)).isEqualTo(1);
		assertThat(goal4.withoutStatus()).isEqualTo(3);

		record("T4.1 b)", State.DONE, 1, null);
		assertThat(followUps.forPlan(tree()).item(id("4")).rollUp().worst()).isEqualTo(State.DONE);
	}

	private FollowUpReader reader(int staleAfterDays, Clock at) {
		return new FollowUpReader(new ItemStandings(db, new FollowUpSettings(staleAfterDays), at), readings, at);
	}

	private StatusUpdate record(String item, State state, int daysAgo, String text) {
		return AccountFixtures.as(accounts, "admin", () -> statuses.record(plan, item,
				new StatusReport(state, today.minusDays(daysAgo), null, text), null));
	}

	private ItemFollowUp follow(PlanFollowUp follow, String itemCode) {
		return follow.item(id(itemCode));
	}

	private PlanTree tree() {
		return plans.tree(plan);
	}

	private long id(String itemCode) {
		return tree().item(itemCode).orElseThrow().id();
	}
}
