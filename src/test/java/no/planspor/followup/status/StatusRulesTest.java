package no.planspor.followup.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusRules;
import no.planspor.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule of a status update, and reading one from text (form fields, JSON strings). */
class StatusRulesTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	static List<String> check(StatusReport report) {
		return StatusRules.check(report, 2025, 2029, TODAY, "$").stream().map(p -> p.path() + " " + p.code()).toList();
	}

	static StatusReport of(State state, LocalDate asOf, Integer progress, String text) {
		return new StatusReport(state, asOf, progress, text);
	}

	@Test
	void aPlainUpdateTodayIsFine() {
		assertThat(check(of(State.ON_TRACK, TODAY, null, null))).isEmpty();
		assertThat(check(of(State.DONE, LocalDate.of(2025, 1, 1), 100, "Ferdig."))).isEmpty();
		assertThat(check(of(State.NOT_STARTED, TODAY, 0, null))).isEmpty();
	}

	@Test
	void theStateIsRequired() {
		assertThat(check(of(null, TODAY, null, null))).containsExactly("$.state status.state.required");
	}

	@Test
	void theAsOfDateIsRequiredNotInTheFutureAndInThePeriod() {
		assertThat(check(of(State.ON_TRACK, null, null, null))).containsExactly("$.asOf status.as-of.required");
		assertThat(check(of(State.ON_TRACK, TODAY.plusDays(1), null, null))).containsExactly("$.asOf status.as-of.future");
		assertThat(check(of(State.ON_TRACK, LocalDate.of(2024, 12, 31), null, null)))
			.containsExactly("$.asOf status.as-of.outside-period");
		assertThat(StatusRules.check(of(State.ON_TRACK, LocalDate.of(2026, 1, 1), null, null), 2022, 2025, TODAY, "$"))
			.extracting(Problem::code)
			.as("a plan whose period is over takes no date after it")
			.containsExactly("status.as-of.outside-period");
	}

	@Test
	void progressIsBetweenZeroAndAHundred() {
		assertThat(check(of(State.ON_TRACK, TODAY, -1, null))).containsExactly("$.progress status.progress.range");
		assertThat(check(of(State.ON_TRACK, TODAY, 101, null))).containsExactly("$.progress status.progress.range");
		assertThat(check(of(State.ON_TRACK, TODAY, 100, null))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = State.class, names = { "AT_RISK", "DELAYED", "ON_HOLD", "CANCELLED" })
	void troubledAndPausedStatesNeedANarrative(State state) {
		assertThat(state.needsNarrative()).isTrue();
		assertThat(check(of(state, TODAY, null, null))).containsExactly("$.text status.text.required");
		assertThat(check(of(state, TODAY, null, "   "))).containsExactly("$.text status.text.required");
		assertThat(check(of(state, TODAY, null, "Fordi."))).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(value = State.class, names = { "NOT_STARTED", "ON_TRACK", "DONE" })
	void theOtherStatesDoNot(State state) {
		assertThat(state.needsNarrative()).isFalse();
		assertThat(check(of(state, TODAY, null, null))).isEmpty();
	}

	@Test
	void theNarrativeHasALimit() {
		assertThat(check(of(State.ON_TRACK, TODAY, null, "x".repeat(StatusRules.TEXT_MAX)))).isEmpty();
		assertThat(check(of(State.ON_TRACK, TODAY, null, "x".repeat(StatusRules.TEXT_MAX + 1))))
			.containsExactly("$.text status.text.too-long");
	}

	@Test
	void everyProblemIsReportedAtOnceUnderTheGivenPath() {
		assertThat(StatusRules.check(of(State.DELAYED, TODAY.plusDays(3), 200, null), 2025, 2029, TODAY,
				"$.items[0].status")).extracting(Problem::path)
			.containsExactly("$.items[0].status.asOf", "$.items[0].status.progress", "$.items[0].status.text");
	}

	@Test
	void textIsReadIntoAReportAndWhatCannotBeReadIsAProblemAtItsField() {
		StatusInput good = StatusInput.read("delayed", "2026-10-01", " 40 % ", "Fordi.", "12");
		assertThat(good.problems()).isEmpty();
		assertThat(good.report()).isEqualTo(of(State.DELAYED, LocalDate.of(2026, 10, 1), 40, "Fordi."));
		assertThat(good.correctsId()).isEqualTo(12L);

		StatusInput empty = StatusInput.read("", " ", "", " ", "");
		assertThat(empty.problems()).isEmpty();
		assertThat(empty.report()).isEqualTo(of(null, null, null, null));
		assertThat(empty.correctsId()).isNull();

		StatusInput bad = StatusInput.read("LATE", "1. oktober", "førti", "x", "the last one");
		assertThat(bad.problems()).extracting(p -> p.path() + " " + p.code())
			.containsExactly("$.state status.state.unknown", "$.asOf status.as-of.invalid",
					"$.progress status.progress.number", "$.correctsId status.corrects.invalid");
		assertThat(bad.report()).isEqualTo(of(null, null, null, "x"));
	}
}
