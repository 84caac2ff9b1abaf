package no.planspor.followup.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import no.planspor.followup.FollowUpReader;
import no.planspor.followup.IndicatorProgress.Level;
import no.planspor.followup.IndicatorProgress;
import no.planspor.plan.Target.Baseline;
import no.planspor.plan.Target.Kind;
import no.planspor.plan.Target.Per;
import no.planspor.plan.Target;

/**
 * Progress per kind of target, in a plan for 2025-2029. Each row: a target, its readings (date and
 * value), today, and the expected verdict, percentage and the value that counts.
 */
class ProgressRulesTest {

	private static final int FROM = 2025;

	private static final int TO = 2029;

	record Reading(LocalDate asOf, BigDecimal value) {
	}

	record Case(String name, Target target, List<Reading> readings, LocalDate today, Level level, Integer percent,
			String current, String goal) {
		@Override
		public String toString() {
			return name;
		}
	}

	static Stream<Case> cases() {
		Target count3 = target(Kind.COUNT, "3", Per.PLAN, null, null);
		Target amountYear = target(Kind.AMOUNT, "30000000", Per.YEAR, null, null);
		Target yearly = target(Kind.RECURRING, "1", Per.YEAR, null, null);
		Target milestone = new Target(Kind.MILESTONE, null, null, null, null, null);
		return Stream.of(
				// No target, no data
				new Case("no target", null, List.of(), day("2026-01-01"), Level.NO_TARGET, null, null, null),
				new Case("no target, even with readings", null, readings("2025-05-01", "2"), day("2026-01-01"),
						Level.NO_TARGET, null, null, null),
				new Case("count: no data", count3, List.of(), day("2026-01-01"), Level.NO_DATA, null, null, "3"),
				new Case("milestone: no data", milestone, List.of(), day("2026-01-01"), Level.NO_DATA, null, null, "1"),

				// COUNT over the whole plan: the latest reading against a straight line from the start to the end
				new Case("count: behind the line (1 of 3 half way)", count3, readings("2025-06-01", "1"),
						day("2027-07-02"), Level.BEHIND, 33, "1", "3"),
				new Case("count: on track (2 of 3 after 40 %, rounded to 67 %)", count3, readings("2026-06-01", "2"), day("2027-01-01"),
						Level.ON_TRACK, 67, "2", "3"),
				new Case("count: met", count3, readings("2025-06-01", "1", "2026-06-01", "3"), day("2026-07-01"),
						Level.MET, 100, "3", "3"),
				new Case("count: more than the target is met, capped at 100 %", count3, readings("2026-06-01", "5"),
						day("2026-07-01"), Level.MET, 100, "5", "3"),
				new Case("count: the latest reading counts, not the highest", count3,
						readings("2025-06-01", "3", "2025-09-01", "1"), day("2025-10-01"), Level.ON_TRACK, 33, "1", "3"),
				new Case("count: the latest reading counts, not the last recorded", count3,
						readings("2025-09-01", "1", "2025-06-01", "3"), day("2025-10-01"), Level.ON_TRACK, 33, "1", "3"),
				new Case("count: due date passed, not met", count3, readings("2029-06-01", "2"), day("2030-01-02"),
						Level.BEHIND, 67, "2", "3"),
				new Case("count: due date before the period's end makes the line steeper",
						target(Kind.COUNT, "4", Per.PLAN, null, day("2026-12-31")), readings("2026-06-01", "2"),
						day("2026-07-01"), Level.BEHIND, 50, "2", "4"),
				new Case("count: the same reading on track toward the period's end",
						target(Kind.COUNT, "4", Per.PLAN, null, null), readings("2026-06-01", "2"), day("2026-07-01"),
						Level.ON_TRACK, 50, "2", "4"),
				new Case("count: with a baseline, progress counts from it",
						target(Kind.COUNT, "10", Per.PLAN, new Baseline(new BigDecimal("6"), day("2025-01-01")), null),
						readings("2027-01-01", "8"), day("2027-01-01"), Level.ON_TRACK, 50, "8", "10"),
				new Case("count: below the baseline is 0 %",
						target(Kind.COUNT, "10", Per.PLAN, new Baseline(new BigDecimal("6"), null), null),
						readings("2027-01-01", "4"), day("2027-01-01"), Level.BEHIND, 0, "4", "10"),

				// PERCENT over the whole plan
				new Case("percent: a share on the way", target(Kind.PERCENT, "50", Per.PLAN, null, null),
						readings("2026-01-01", "30"), day("2026-01-02"), Level.ON_TRACK, 60, "30", "50"),
				new Case("percent: reached", target(Kind.PERCENT, "50", Per.PLAN, null, null),
						readings("2026-01-01", "50.5"), day("2026-01-02"), Level.MET, 100, "50.5", "50"),

				// INCREASE_PERCENT: readings of the level against the baseline raised by the percentage
				new Case("increase: half way to 20 % above 50",
						target(Kind.INCREASE_PERCENT, "20", Per.PLAN, new Baseline(new BigDecimal("50"), day("2025-01-01")), null),
						readings("2027-01-01", "55"), day("2027-01-01"), Level.ON_TRACK, 50, "55", "60.00"),
				new Case("increase: behind when the level stays at the baseline",
						target(Kind.INCREASE_PERCENT, "20", Per.PLAN, new Baseline(new BigDecimal("50"), day("2025-01-01")), null),
						readings("2027-01-01", "50"), day("2027-01-01"), Level.BEHIND, 0, "50", "60.00"),
				new Case("increase: met above the goal",
						target(Kind.INCREASE_PERCENT, "20", Per.PLAN, new Baseline(new BigDecimal("100"), null), null),
						readings("2026-01-01", "130"), day("2026-02-01"), Level.MET, 100, "130", "120.00"),
				new Case("increase: the baseline date starts the line",
						target(Kind.INCREASE_PERCENT, "10", Per.PLAN, new Baseline(new BigDecimal("100"), day("2027-01-01")), day("2027-12-31")),
						readings("2027-07-01", "104"), day("2027-07-02"), Level.BEHIND, 40, "104", "110.00"),
				new Case("increase: without a baseline, the first reading is it",
						target(Kind.INCREASE_PERCENT, "20", Per.PLAN, null, null),
						readings("2025-03-01", "40", "2027-03-01", "48"), day("2027-03-02"), Level.MET, 100, "48", "48.00"),
				new Case("increase: without a baseline, one reading is 0 % of the way",
						target(Kind.INCREASE_PERCENT, "20", Per.PLAN, null, null), readings("2025-03-01", "40"),
						day("2025-03-01"), Level.ON_TRACK, 0, "40", "48.00"),
				new Case("increase per year compounds: 10 % a year for two years is 21 %",
						target(Kind.INCREASE_PERCENT, "10", Per.YEAR, new Baseline(new BigDecimal("100"), day("2025-01-01")), day("2027-12-31")),
						readings("2027-12-01", "121"), day("2027-12-02"), Level.MET, 100, "121", "121.00"),

				// Per-year amounts: each year starts again; the year's last reading counts
				new Case("amount per year: this year on its line", amountYear, readings("2026-06-15", "16000000"),
						day("2026-07-01"), Level.ON_TRACK, 53, "16000000", "30000000"),
				new Case("amount per year: this year behind its line", amountYear, readings("2026-06-15", "10000000"),
						day("2026-07-01"), Level.BEHIND, 33, "10000000", "30000000"),
				new Case("amount per year: last year's total does not count this year", amountYear,
						readings("2025-12-31", "30000000"), day("2026-03-01"), Level.NO_DATA, null, null, "30000000"),
				new Case("amount per year: last year fell short", amountYear,
						readings("2025-12-01", "20000000", "2026-02-01", "10000000"), day("2026-03-01"), Level.BEHIND, 33,
						"10000000", "30000000"),
				new Case("amount per year: last year fell short, this year met", amountYear,
						readings("2025-12-01", "20000000", "2026-02-01", "31000000"), day("2026-03-01"), Level.MET, 100,
						"31000000", "30000000"),
				new Case("amount per year: a year without readings is not a miss", amountYear,
						readings("2025-12-01", "20000000", "2027-02-01", "10000000"), day("2027-03-01"), Level.ON_TRACK, 33,
						"10000000", "30000000"),
				new Case("amount per year: after a due date before the period's end, the due year is judged",
						target(Kind.AMOUNT, "1000", Per.YEAR, null, day("2026-06-30")), readings("2026-03-01", "800"),
						day("2027-05-01"), Level.BEHIND, 80, "800", "1000"),
				new Case("count per year: this year's reading against this year's target",
						target(Kind.COUNT, "5", Per.YEAR, null, null), readings("2025-12-01", "5", "2026-04-01", "5"),
						day("2026-04-02"), Level.MET, 100, "5", "5"),

				// RECURRING: occurrences add up within their year
				new Case("recurring: not yet this year, last year done", yearly, readings("2025-10-01", "1"),
						day("2026-05-01"), Level.ON_TRACK, 0, "0", "1"),
				new Case("recurring: done this year", yearly, readings("2025-10-01", "1", "2026-03-01", "1"),
						day("2026-05-01"), Level.MET, 100, "1", "1"),
				new Case("recurring: missed last year", yearly, readings("2025-10-01", "1"), day("2027-02-01"),
						Level.BEHIND, 0, "0", "1"),
				new Case("recurring: missed last year, done this year", yearly,
						readings("2025-10-01", "1", "2027-01-15", "1"), day("2027-02-01"), Level.MET, 100, "1", "1"),
				new Case("recurring: years before recording began are not misses",
						target(Kind.RECURRING, "2", Per.YEAR, null, null), readings("2027-01-10", "1"), day("2027-02-01"),
						Level.ON_TRACK, 50, "1", "2"),
				new Case("recurring: twice a year, once so far", target(Kind.RECURRING, "2", Per.YEAR, null, null),
						readings("2026-03-01", "1"), day("2026-05-01"), Level.ON_TRACK, 50, "1", "2"),
				new Case("recurring: twice a year, two occurrences recorded apart", target(Kind.RECURRING, "2", Per.YEAR, null, null),
						readings("2026-03-01", "1", "2026-09-01", "1"), day("2026-10-01"), Level.MET, 100, "2", "2"),
				new Case("recurring: after the plan, its last year is judged", yearly, readings("2028-05-01", "1"),
						day("2030-03-01"), Level.BEHIND, 0, "0", "1"),

				// MILESTONE: done or not
				new Case("milestone: done", milestone, readings("2026-05-01", "1"), day("2026-06-01"), Level.MET, null,
						"1", "1"),
				new Case("milestone: not done, before the due date", milestone, readings("2026-05-01", "0"),
						day("2026-06-01"), Level.ON_TRACK, null, "0", "1"),
				new Case("milestone: not done after the due date",
						new Target(Kind.MILESTONE, null, null, null, null, day("2026-12-31")), readings("2026-05-01", "0"),
						day("2027-01-01"), Level.BEHIND, null, "0", "1"),
				new Case("milestone: done, then corrected to not done", milestone,
						readings("2026-05-01", "1", "2026-06-01", "0"), day("2026-07-01"), Level.ON_TRACK, null, "0", "1"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void judgesProgressByTheKindOfTarget(Case c) {
		IndicatorProgress progress = ProgressRules.of(7, c.target(), years(c.readings()), FROM, TO, c.today());

		assertThat(progress.indicatorId()).isEqualTo(7);
		assertThat(progress.level()).as("level").isEqualTo(c.level());
		assertThat(progress.percent()).as("percent").isEqualTo(c.percent());
		assertThat(progress.current()).as("current").isEqualTo(c.current() == null ? null : new BigDecimal(c.current()));
		if (c.goal() == null) {
			assertThat(progress.goal()).as("goal").isNull();
		}
		else {
			assertThat(progress.goal()).as("goal").isEqualByComparingTo(c.goal());
		}
		LocalDate latest = c.readings().stream().map(Reading::asOf).max(Comparator.naturalOrder()).orElse(null);
		if (c.target() != null) {
			assertThat(progress.asOf()).as("as of").isEqualTo(latest);
		}
	}

	@Test
	void aPercentageIsRoundedToTheNearestButAGoalNotReachedIsNever100() {
		assertThat(ProgressRules.percent(new BigDecimal("2"), BigDecimal.ZERO, new BigDecimal("3"))).isEqualTo(67);
		assertThat(ProgressRules.percent(new BigDecimal("1"), BigDecimal.ZERO, new BigDecimal("3"))).isEqualTo(33);
		assertThat(ProgressRules.percent(new BigDecimal("1"), BigDecimal.ZERO, new BigDecimal("8"))).isEqualTo(13);
		assertThat(ProgressRules.percent(new BigDecimal("999"), BigDecimal.ZERO, new BigDecimal("1000"))).isEqualTo(99);
		assertThat(ProgressRules.percent(new BigDecimal("1000"), BigDecimal.ZERO, new BigDecimal("1000"))).isEqualTo(100);
	}

	/** The readings summarised per year, as {@link FollowUpReader}'s query does. */
	static List<YearReadings> years(List<Reading> readings) {
		Map<Integer, List<Reading>> byYear = new TreeMap<>();
		for (Reading r : readings) {
			byYear.computeIfAbsent(r.asOf().getYear(), y -> new ArrayList<>()).add(r);
		}
		List<YearReadings> years = new ArrayList<>();
		byYear.forEach((year, list) -> {
			// Stable sort: among readings of one date, the one recorded later wins, like "order by as_of, id".
			List<Reading> sorted = list.stream().sorted(Comparator.comparing(Reading::asOf)).toList();
			Reading first = sorted.get(0);
			Reading last = sorted.get(sorted.size() - 1);
			BigDecimal sum = list.stream().map(Reading::value).reduce(BigDecimal.ZERO, BigDecimal::add);
			years.add(new YearReadings(year, first.value(), last.value(), sum, first.asOf(), last.asOf()));
		});
		return years;
	}

	private static List<Reading> readings(String... dateValuePairs) {
		List<Reading> list = new ArrayList<>();
		for (int i = 0; i < dateValuePairs.length; i += 2) {
			list.add(new Reading(day(dateValuePairs[i]), new BigDecimal(dateValuePairs[i + 1])));
		}
		return list;
	}

	private static Target target(Kind kind, String value, Per per, Baseline baseline, LocalDate due) {
		return new Target(kind, new BigDecimal(value), null, per, baseline, due);
	}

	private static LocalDate day(String date) {
		return LocalDate.parse(date);
	}
}
