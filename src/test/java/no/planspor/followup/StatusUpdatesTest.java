package no.planspor.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import no.planspor.followup.status.StatusTimeline;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The status history of an item: recorded as the signed-in user, newest first, the latest chosen by
 * as-of date and then by recording time, corrections as new updates that leave the corrected one as
 * it was, and every refusal writes nothing.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusUpdatesTest {

	@LocalServerPort
	int port;

	@Autowired
	StatusUpdates statuses;

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
		plan = StatusPlans.importKrnCopy(port);
		today = LocalDate.now(clock);
	}

	@Test
	void anUpdateIsRecordedAsTheSignedInUserAndAudited() {
		StatusUpdate recorded = asAdmin(() -> statuses.record(plan, "T1.1 b)",
				new StatusReport(State.ON_TRACK, today.minusDays(3), 40, "  Godt i gang.  "), null));

		assertThat(recorded.state()).isEqualTo(State.ON_TRACK);
		assertThat(recorded.progress()).isEqualTo(40);
		assertThat(recorded.text()).as("narrative trimmed").isEqualTo("Godt i gang.");
		assertThat(recorded.authorName()).isEqualTo("Administrator");
		assertThat(recorded.authorId()).isNotNull();
		assertThat(recorded.recordedAt()).isNotNull();
		assertThat(AccountFixtures.auditOf(db, "STATUS", recorded.id()))
			.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("RECORDED state: ∅ → [\"status\",\"ON_TRACK\",\"" + today.minusDays(3) + "\",\"40\"]");
	}

	@Test
	void theHistoryIsNewestFirstAndTheLatestHasTheGreatestAsOfDateThenTheLastRecording() {
		String item = "T1.1 c)";
		StatusUpdate march = record(item, State.ON_TRACK, 30, null);
		StatusUpdate january = record(item, State.NOT_STARTED, 90, null);
		StatusUpdate marchAgain = record(item, State.AT_RISK, 30, "Mangler folk.");

		assertThat(history(item)).extracting(StatusUpdate::id)
			.containsExactly(marchAgain.id(), march.id(), january.id());
		assertThat(latest(item)).isEqualTo(marchAgain.report());
		assertThat(statuses.history(plan, item)).isEqualTo(history(item));
	}

	@Test
	void aCorrectionIsANewUpdateThatLeavesTheCorrectedOneAsItWasAndReplacesItAsTheLatest() {
		String item = "T1.2 a) b)";
		StatusUpdate wrong = record(item, State.ON_TRACK, 5, null);
		Map<String, Object> before = row(wrong.id());

		// The corrected update said "5 days ago"; the truth is "30 days ago, delayed". Though its date
		// is older, the correction is what stands: a corrected update no longer counts.
		StatusUpdate fix = asAdmin(() -> statuses.record(plan, item,
				new StatusReport(State.DELAYED, today.minusDays(30), 10, "Feil status sist; forsinket."), wrong.id()));

		assertThat(fix.correctsId()).isEqualTo(wrong.id());
		assertThat(row(wrong.id())).as("the corrected row is untouched").isEqualTo(before);
		assertThat(history(item)).extracting(StatusUpdate::id).containsExactly(wrong.id(), fix.id());
		assertThat(latest(item)).isEqualTo(fix.report());
		assertThat(AccountFixtures.auditOf(db, "STATUS", fix.id())).singleElement(
				org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains("CORRECTED state: [\"status\",\"ON_TRACK\",\"" + today.minusDays(5) + "\",null] → [\"status\",\"DELAYED\",\""
					+ today.minusDays(30) + "\",\"10\"]");

		StatusTimeline timeline = StatusTimeline.of(history(item));
		assertThat(timeline.entries().get(0).isCorrected()).isTrue();
		assertThat(timeline.entries().get(0).correctedBy()).isEqualTo(fix);
		assertThat(timeline.entries().get(1).isCorrection()).isTrue();
		assertThat(timeline.entries().get(1).corrects()).isEqualTo(wrong);
		assertThat(timeline.correctable()).containsExactly(fix);
	}

	@Test
	void anUpdateIsCorrectedAtMostOnceSoTheSecondFixCorrectsTheFirst() {
		String item = "T1.4 a)";
		StatusUpdate wrong = record(item, State.ON_TRACK, 8, null);
		StatusUpdate fix = asAdmin(
				() -> statuses.record(plan, item, new StatusReport(State.DONE, today.minusDays(8), 100, null), wrong.id()));
		long rows = count();

		assertRefused(() -> statuses.record(plan, item, new StatusReport(State.DONE, today, 100, null), wrong.id()),
				"$.correctsId status.corrects.already-corrected");
		assertThat(count()).isEqualTo(rows);

		StatusUpdate fixOfFix = asAdmin(
				() -> statuses.record(plan, item, new StatusReport(State.DONE, today.minusDays(7), 100, null), fix.id()));
		assertThat(latest(item)).isEqualTo(fixOfFix.report());
	}

	@Test
	void onlyAnUpdateOfTheSameItemCanBeCorrected() {
		StatusUpdate elsewhere = record("T1.4 b)", State.ON_TRACK, 2, null);
		long rows = count();

		assertRefused(() -> statuses.record(plan, "T1.6 a)", new StatusReport(State.ON_TRACK, today, null, null),
				elsewhere.id()), "$.correctsId status.corrects.unknown");
		assertRefused(() -> statuses.record(plan, "T1.6 a)", new StatusReport(State.ON_TRACK, today, null, null),
				987_654_321L), "$.correctsId status.corrects.unknown");
		assertThat(count()).isEqualTo(rows);
	}

	@Test
	void everyRuleIsCheckedAtOnceAndNothingIsWritten() {
		long rows = count();
		assertRefused(() -> statuses.record(plan, "T1.6 b)", new StatusReport(State.DELAYED, today.plusDays(1), 101, " "),
				null), "$.asOf status.as-of.future", "$.progress status.progress.range", "$.text status.text.required");
		assertRefused(() -> statuses.record(plan, "T1.6 b)", new StatusReport(null, null, -1, null), null),
				"$.state status.state.required", "$.asOf status.as-of.required", "$.progress status.progress.range");
		assertRefused(() -> statuses.record(plan, "T1.6 b)", new StatusReport(State.ON_TRACK, LocalDate.of(2024, 12, 31),
				null, null), null), "$.asOf status.as-of.outside-period");
		assertThat(count()).isEqualTo(rows);
		assertThat(history("T1.6 b)")).isEmpty();
	}

	@Test
	void unreadableInputIsReportedWithTheRulesButNotTwiceForOneField() {
		List<Problem> unreadable = List.of(Problem.of("$.asOf", "status.as-of.invalid", "i går"));
		assertRefused(() -> statuses.record(plan, "T1.6 c)", new StatusReport(State.AT_RISK, null, null, null), null,
				unreadable), "$.asOf status.as-of.invalid", "$.text status.text.required");
		assertThat(history("T1.6 c)")).isEmpty();
	}

	@Test
	void theStatusOfAnItemThatIsNotThereIsNotFound() {
		assertThatThrownBy(() -> asAdmin(() -> statuses.record(plan, "T9.9 z)",
				new StatusReport(State.ON_TRACK, today, null, null), null)))
			.isInstanceOf(no.planspor.shared.NotFound.class);
		assertThatThrownBy(() -> statuses.history(plan, "T9.9 z)")).isInstanceOf(no.planspor.shared.NotFound.class);
		assertThatThrownBy(() -> statuses.history("no-such-plan", "T1.1 a)"))
			.isInstanceOf(no.planspor.shared.NotFound.class);
	}

	private StatusUpdate record(String item, State state, int daysAgo, String text) {
		return asAdmin(() -> statuses.record(plan, item, new StatusReport(state, today.minusDays(daysAgo), null, text),
				null));
	}

	private void assertRefused(Runnable work, String... problems) {
		assertThatThrownBy(() -> asAdmin(() -> {
			work.run();
			return null;
		})).isInstanceOfSatisfying(InvalidInput.class,
				ex -> assertThat(ex.problems()).extracting(p -> p.path() + " " + p.code()).containsExactly(problems));
	}

	private <T> T asAdmin(java.util.function.Supplier<T> work) {
		return AccountFixtures.as(accounts, "admin", work);
	}

	private List<StatusUpdate> history(String itemCode) {
		return statuses.history(item(itemCode).id());
	}

	private StatusReport latest(String itemCode) {
		return statuses.latestByItem(plans.tree(plan).plan().id()).get(item(itemCode).id());
	}

	private PlanItem item(String code) {
		return plans.tree(plan).item(code).orElseThrow();
	}

	private Map<String, Object> row(long id) {
		return db.sql("select * from status_update where id = :id").param("id", id).query().singleRow();
	}

	/** The status rows of this test's plan. */
	private long count() {
		return db.sql("""
				select count(*) from status_update s join plan_item i on i.id = s.item_id join plan p on p.id = i.plan_id
				where p.code = :plan
				""").param("plan", plan).query(Long.class).single();
	}
}
