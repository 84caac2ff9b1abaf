package no.planspor.followup.indicator;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import no.planspor.followup.IndicatorProgress.Level;
import no.planspor.followup.IndicatorProgress;
import no.planspor.plan.Target;

/**
 * How far an indicator has come, by the kind of its target. The semantics are documented in
 * {@code docs/targets.md} ("Measurements and progress"); in short:
 *
 * <ul>
 * <li>A measurement is a <em>reading</em> of the indicator as of its date: how many so far, what
 * share now, how much so far (this year, for per-year targets). The latest reading counts. Only
 * RECURRING targets count <em>occurrences</em>: each measurement adds its value to its year.</li>
 * <li>A target for the whole plan runs from its baseline (0 and the start of the period when it has
 * none) to its due date. Not yet met, it is ON_TRACK while the reading is at or above a straight
 * line between the two, otherwise BEHIND.</li>
 * <li>A per-year target (per YEAR, and every RECURRING target) starts again each calendar year of the
 * plan. The verdict is this year's, except that a last year that fell short makes it BEHIND until
 * this year's target is met: the colour says what needs attention now; older misses stay in the
 * history, not in the colour.</li>
 * <li>INCREASE_PERCENT compares readings of the level with the baseline raised by the percentage
 * (compounded per year when the target is per year). Without a baseline, the first reading is it.</li>
 * <li>MILESTONE: the latest reading says done (1) or not (0); not done is BEHIND once the due date has
 * passed.</li>
 * </ul>
 */
public final class ProgressRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ProgressRules() {
	}

	/**
	 * @param years the indicator's readings per year, in ascending year order
	 * @param periodFrom first year of the plan
	 * @param periodTo last year of the plan
	 */
	public static IndicatorProgress of(long indicatorId, Target target, List<YearReadings> years, int periodFrom,
			int periodTo, LocalDate today) {
		if (target == null || target.kind() == null) {
			return IndicatorProgress.noTarget(indicatorId);
		}
		LocalDate due = due(target, periodTo);
		if (years.isEmpty()) {
			return new IndicatorProgress(indicatorId, null, goal(target), null, Level.NO_DATA, null);
		}
		YearReadings latest = years.get(years.size() - 1);
		return switch (target.kind()) {
			case MILESTONE -> milestone(indicatorId, latest, due, today);
			case RECURRING -> perYear(indicatorId, timesPerYear(target), true, years, periodFrom, periodTo, due, today);
			case INCREASE_PERCENT -> increase(indicatorId, target, years, periodFrom, due, today);
			case COUNT, PERCENT, AMOUNT -> target.per() == Target.Per.YEAR
					? perYear(indicatorId, target.value(), false, years, periodFrom, periodTo, due, today)
					: wholePlan(indicatorId, target, latest, periodFrom, due, today);
		};
	}

	/** The target's due date, or the last day of the plan period. */
	public static LocalDate due(Target target, int periodTo) {
		return target.due() != null ? target.due() : LocalDate.of(periodTo, 12, 31);
	}

	private static IndicatorProgress milestone(long indicatorId, YearReadings latest, LocalDate due, LocalDate today) {
		boolean done = latest.last().signum() > 0;
		// A share of a milestone means nothing: it is done or not, so there is no percentage.
		Level level = done ? Level.MET : today.isAfter(due) ? Level.BEHIND : Level.ON_TRACK;
		return new IndicatorProgress(indicatorId, latest.last(), BigDecimal.ONE, null, level, latest.lastAsOf());
	}

	private static IndicatorProgress wholePlan(long indicatorId, Target target, YearReadings latest, int periodFrom,
			LocalDate due, LocalDate today) {
		BigDecimal base = BigDecimal.ZERO;
		LocalDate from = LocalDate.of(periodFrom, 1, 1);
		if (target.baseline() != null && target.baseline().value() != null) {
			base = target.baseline().value();
			if (target.baseline().asOf() != null) {
				from = target.baseline().asOf();
			}
		}
		return toward(indicatorId, latest.last(), target.value(), base, from, due, today, latest.lastAsOf());
	}

	private static IndicatorProgress increase(long indicatorId, Target target, List<YearReadings> years,
			int periodFrom, LocalDate due, LocalDate today) {
		YearReadings latest = years.get(years.size() - 1);
		BigDecimal base;
		LocalDate from;
		if (target.baseline() != null && target.baseline().value() != null) {
			base = target.baseline().value();
			from = target.baseline().asOf() != null ? target.baseline().asOf() : LocalDate.of(periodFrom, 1, 1);
		}
		else {
			// Nobody said where the increase starts: the first reading is the best knowledge of it.
			base = years.get(0).first();
			from = years.get(0).firstAsOf();
		}
		if (target.value() == null) {
			return new IndicatorProgress(indicatorId, latest.last(), null, null, Level.NO_DATA, latest.lastAsOf());
		}
		int steps = target.per() == Target.Per.YEAR ? Math.max(1, due.getYear() - from.getYear()) : 1;
		BigDecimal factor = BigDecimal.ONE.add(target.value().divide(HUNDRED, MathContext.DECIMAL64)).pow(steps);
		BigDecimal goal = base.multiply(factor).setScale(2, RoundingMode.HALF_UP);
		return toward(indicatorId, latest.last(), goal, base, from, due, today, latest.lastAsOf());
	}

	/**
	 * A target that starts again every calendar year: readings of a level (per-year counts, shares and
	 * amounts: the year's last reading counts) or occurrences ({@code occurrences}: the year's sum counts).
	 */
	private static IndicatorProgress perYear(long indicatorId, BigDecimal goal, boolean occurrences,
			List<YearReadings> years, int periodFrom, int periodTo, LocalDate due, LocalDate today) {
		YearReadings latest = years.get(years.size() - 1);
		int lastYear = Math.min(periodTo, due.getYear());
		if (today.getYear() < periodFrom || goal == null) {
			return new IndicatorProgress(indicatorId, null, goal, null, Level.NO_DATA, latest.lastAsOf());
		}
		int year = Math.min(today.getYear(), lastYear);
		LocalDate yearEnd = year == due.getYear() ? due : LocalDate.of(year, 12, 31);
		YearReadings thisYear = in(years, year);

		IndicatorProgress now;
		if (occurrences) {
			BigDecimal count = thisYear == null ? BigDecimal.ZERO : thisYear.sum();
			// Events have no straight line: once a year may well be in December. Only the year's end judges.
			Level level = count.compareTo(goal) >= 0 ? Level.MET : today.isAfter(yearEnd) ? Level.BEHIND
					: Level.ON_TRACK;
			now = new IndicatorProgress(indicatorId, count, goal, percent(count, BigDecimal.ZERO, goal), level,
					latest.lastAsOf());
		}
		else if (thisYear == null) {
			now = new IndicatorProgress(indicatorId, null, goal, null, Level.NO_DATA, latest.lastAsOf());
		}
		else {
			now = toward(indicatorId, thisYear.last(), goal, BigDecimal.ZERO, LocalDate.of(year, 1, 1), yearEnd, today,
					latest.lastAsOf());
		}
		// This year's target met outweighs last year's miss; short of that, last year's miss shows.
		boolean undecided = now.level() == Level.ON_TRACK || now.level() == Level.NO_DATA;
		if (undecided && lastYearFellShort(years, year - 1, periodFrom, goal, occurrences)) {
			return new IndicatorProgress(indicatorId, now.current(), goal, now.percent(), Level.BEHIND,
					latest.lastAsOf());
		}
		return now;
	}

	/**
	 * Whether the year before the judged one missed its target. A year without readings is unknown for
	 * levels (nobody measured), but missed for occurrences once recording had begun (nothing happened).
	 */
	private static boolean lastYearFellShort(List<YearReadings> years, int year, int periodFrom, BigDecimal goal,
			boolean occurrences) {
		if (year < periodFrom) {
			return false;
		}
		YearReadings readings = in(years, year);
		if (occurrences) {
			boolean recordingBegun = years.get(0).year() <= year;
			BigDecimal count = readings == null ? BigDecimal.ZERO : readings.sum();
			return recordingBegun && count.compareTo(goal) < 0;
		}
		return readings != null && readings.last().compareTo(goal) < 0;
	}

	private static IndicatorProgress toward(long indicatorId, BigDecimal current, BigDecimal goal, BigDecimal base,
			LocalDate from, LocalDate to, LocalDate today, LocalDate asOf) {
		if (goal == null) {
			return new IndicatorProgress(indicatorId, current, null, null, Level.NO_DATA, asOf);
		}
		boolean met = current.compareTo(goal) >= 0;
		BigDecimal span = goal.subtract(base);
		if (span.signum() <= 0) {
			return new IndicatorProgress(indicatorId, current, goal, met ? 100 : 0, met ? Level.MET : Level.BEHIND,
					asOf);
		}
		BigDecimal share = current.subtract(base).divide(span, 4, RoundingMode.HALF_UP);
		Level level = met ? Level.MET : share.compareTo(expectedBy(from, to, today)) >= 0 ? Level.ON_TRACK
				: Level.BEHIND;
		return new IndicatorProgress(indicatorId, current, goal, percent(current, base, goal), level, asOf);
	}

	/**
	 * How far from {@code base} toward {@code goal}, 0-100, rounded to the nearest whole percent (2 of 3
	 * is 67 %), except that a goal not yet reached never shows as 100 % (99.9 % shows as 99 %).
	 */
	static Integer percent(BigDecimal current, BigDecimal base, BigDecimal goal) {
		BigDecimal span = goal.subtract(base);
		boolean reached = current.compareTo(goal) >= 0;
		if (span.signum() <= 0) {
			return reached ? 100 : 0;
		}
		int rounded = current.subtract(base)
			.multiply(HUNDRED)
			.divide(span, 0, RoundingMode.HALF_UP)
			.max(BigDecimal.ZERO)
			.min(HUNDRED)
			.intValue();
		return reached ? rounded : Math.min(rounded, 99);
	}

	/** The share of the way from {@code from} to {@code to} that {@code today} has come, 0-1. */
	static BigDecimal expectedBy(LocalDate from, LocalDate to, LocalDate today) {
		long total = ChronoUnit.DAYS.between(from, to);
		if (total <= 0 || !today.isAfter(from)) {
			return today.isAfter(to) ? BigDecimal.ONE : BigDecimal.ZERO;
		}
		long gone = Math.min(total, ChronoUnit.DAYS.between(from, today));
		return BigDecimal.valueOf(gone).divide(BigDecimal.valueOf(total), 4, RoundingMode.HALF_UP);
	}

	private static YearReadings in(List<YearReadings> years, int year) {
		return years.stream().filter(y -> y.year() == year).findFirst().orElse(null);
	}

	private static BigDecimal timesPerYear(Target target) {
		return target.value() != null && target.value().signum() > 0 ? target.value() : BigDecimal.ONE;
	}

	/**
	 * What the measured value should reach before anything is measured: the value, the baseline raised
	 * by it for an increase over the whole plan (null without baseline), 1 (done) for a milestone.
	 */
	static BigDecimal goal(Target target) {
		return switch (target.kind()) {
			case INCREASE_PERCENT -> target.baseline() == null || target.baseline().value() == null
					|| target.value() == null || target.per() == Target.Per.YEAR ? null
							: target.baseline()
								.value()
								.multiply(HUNDRED.add(target.value()))
								.divide(HUNDRED, 2, RoundingMode.HALF_UP);
			case MILESTONE -> BigDecimal.ONE;
			case RECURRING -> timesPerYear(target);
			case COUNT, PERCENT, AMOUNT -> target.value();
		};
	}
}
