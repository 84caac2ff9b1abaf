package no.planspor.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import no.planspor.followup.IndicatorProgress.Level;
import no.planspor.plan.Target;

/**
 * How far an indicator has come, by the kind of its target. A measurement is a reading of the
 * indicator as of its date (how many so far, what share now, how much so far this year), except
 * for RECURRING targets, where each measurement counts occurrences.
 *
 * <p>Whether a target not yet met is BEHIND or ON_TRACK is judged against a straight line from
 * the start of the period (or year, for per-year targets) to the due date.
 */
final class ProgressRules {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ProgressRules() {
	}

	/**
	 * @param years the indicator's readings per year, in ascending year order
	 * @param periodFrom first year of the plan
	 * @param periodTo last year of the plan
	 */
	static IndicatorProgress of(long indicatorId, Target target, List<YearReadings> years, int periodFrom,
			int periodTo, LocalDate today) {
		if (target == null) {
			return IndicatorProgress.noTarget(indicatorId);
		}
		if (years.isEmpty()) {
			return new IndicatorProgress(indicatorId, null, goal(target), null, Level.NO_DATA, null);
		}
		YearReadings latest = years.get(years.size() - 1);
		LocalDate due = target.due() != null ? target.due() : LocalDate.of(periodTo, 12, 31);
		LocalDate start = LocalDate.of(periodFrom, 1, 1);
		return switch (target.kind()) {
			case MILESTONE -> {
				boolean done = latest.last().signum() > 0;
				yield new IndicatorProgress(indicatorId, latest.last(), BigDecimal.ONE, done ? 100 : 0,
						done ? Level.MET : expectedBy(start, due, today).compareTo(BigDecimal.ONE) >= 0 ? Level.BEHIND
								: Level.ON_TRACK,
						latest.lastAsOf());
			}
			case RECURRING -> recurring(indicatorId, target, years, periodFrom, today);
			case INCREASE_PERCENT -> increase(indicatorId, target, latest, start, due, today);
			default -> {
				boolean perYear = target.per() == Target.Per.YEAR;
				YearReadings counted = perYear ? thisYear(years, today) : latest;
				BigDecimal current = counted == null ? BigDecimal.ZERO : counted.last();
				LocalDate from = perYear ? LocalDate.of(today.getYear(), 1, 1) : start;
				LocalDate to = perYear ? LocalDate.of(today.getYear(), 12, 31) : due;
				yield toward(indicatorId, current, target.value(), BigDecimal.ZERO, from, to, today,
						counted == null ? latest.lastAsOf() : counted.lastAsOf());
			}
		};
	}

	private static IndicatorProgress increase(long indicatorId, Target target, YearReadings latest, LocalDate start,
			LocalDate due, LocalDate today) {
		if (target.baseline() == null || target.baseline().value() == null) {
			// Without a baseline there is nothing to count the increase from.
			return new IndicatorProgress(indicatorId, latest.last(), null, null, Level.NO_DATA, latest.lastAsOf());
		}
		BigDecimal base = target.baseline().value();
		BigDecimal goal = goal(target);
		LocalDate from = target.baseline().asOf() != null ? target.baseline().asOf() : start;
		return toward(indicatorId, latest.last(), goal, base, from, due, today, latest.lastAsOf());
	}

	private static IndicatorProgress recurring(long indicatorId, Target target, List<YearReadings> years,
			int periodFrom, LocalDate today) {
		BigDecimal timesPerYear = target.value() != null && target.value().signum() > 0 ? target.value()
				: BigDecimal.ONE;
		int pastYears = Math.max(0, today.getYear() - periodFrom);
		long pastYearsMet = years.stream()
			.filter(y -> y.year() < today.getYear() && y.year() >= periodFrom)
			.filter(y -> y.sum().compareTo(timesPerYear) >= 0)
			.count();
		YearReadings current = thisYear(years, today);
		boolean thisYearMet = current != null && current.sum().compareTo(timesPerYear) >= 0;
		int yearsSoFar = pastYears + 1;
		int met = (int) pastYearsMet + (thisYearMet ? 1 : 0);
		Level level = pastYearsMet < pastYears ? Level.BEHIND : thisYearMet ? Level.MET : Level.ON_TRACK;
		YearReadings latest = years.get(years.size() - 1);
		return new IndicatorProgress(indicatorId, BigDecimal.valueOf(met), BigDecimal.valueOf(yearsSoFar),
				Math.min(100, met * 100 / yearsSoFar), level, latest.lastAsOf());
	}

	private static IndicatorProgress toward(long indicatorId, BigDecimal current, BigDecimal goal, BigDecimal base,
			LocalDate from, LocalDate to, LocalDate today, LocalDate asOf) {
		BigDecimal span = goal.subtract(base);
		if (span.signum() <= 0) {
			boolean met = current.compareTo(goal) >= 0;
			return new IndicatorProgress(indicatorId, current, goal, met ? 100 : 0, met ? Level.MET : Level.BEHIND,
					asOf);
		}
		BigDecimal share = current.subtract(base).divide(span, 4, RoundingMode.HALF_UP);
		int percent = share.multiply(HUNDRED).setScale(0, RoundingMode.DOWN).max(BigDecimal.ZERO).min(HUNDRED).intValue();
		Level level = current.compareTo(goal) >= 0 ? Level.MET
				: share.compareTo(expectedBy(from, to, today)) >= 0 ? Level.ON_TRACK : Level.BEHIND;
		return new IndicatorProgress(indicatorId, current, goal, percent, level, asOf);
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

	private static YearReadings thisYear(List<YearReadings> years, LocalDate today) {
		return years.stream().filter(y -> y.year() == today.getYear()).findFirst().orElse(null);
	}

	/** What the measured value should reach: the value, or for an increase the baseline raised by it. */
	static BigDecimal goal(Target target) {
		if (target.kind() == Target.Kind.INCREASE_PERCENT) {
			if (target.baseline() == null || target.baseline().value() == null || target.value() == null) {
				return null;
			}
			return target.baseline()
				.value()
				.multiply(HUNDRED.add(target.value()))
				.divide(HUNDRED, 2, RoundingMode.HALF_UP);
		}
		if (target.kind() == Target.Kind.MILESTONE) {
			return BigDecimal.ONE;
		}
		return target.value();
	}
}
