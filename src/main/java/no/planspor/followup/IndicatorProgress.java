package no.planspor.followup;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How far an indicator has come toward its target, from its measurements.
 *
 * @param current the measured value that counts for the kind (the latest reading; this year's latest
 *        reading for per-year targets; this year's number of occurrences for RECURRING), null when
 *        nothing counts yet (see docs/targets.md, "Measurements and progress")
 * @param goal what {@code current} is compared with (the target's value, baseline-adjusted for
 *        INCREASE_PERCENT), null when there is no target
 * @param percent how far toward the goal, 0-100 (rounded to the nearest, capped; 100 only when reached), null without target or
 *        measurement and for milestones (done or not has no share)
 * @param level the verdict shown as colour and words
 * @param asOf the date of the latest measurement, null if none
 */
public record IndicatorProgress(long indicatorId, BigDecimal current, BigDecimal goal, Integer percent, Level level,
		LocalDate asOf) {

	public enum Level {
		/** No structured target: nothing to measure against. */
		NO_TARGET,
		/** A target, but nothing measured yet. */
		NO_DATA,
		/** Measured, and below where it should be by now. */
		BEHIND,
		/** Measured, and on the way. */
		ON_TRACK,
		/** The target is reached. */
		MET
	}

	public static IndicatorProgress noTarget(long indicatorId) {
		return new IndicatorProgress(indicatorId, null, null, null, Level.NO_TARGET, null);
	}
}
