package no.planspor.followup;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How far an indicator has come toward its target, from its measurements.
 *
 * @param current the measured value that counts for the kind (the latest value; this year's sum for
 *        per-year amounts; the number of years with an occurrence for RECURRING)
 * @param goal what {@code current} is compared with (the target's value, baseline-adjusted for
 *        INCREASE_PERCENT), null when there is no target
 * @param percent how far toward the goal, 0-100 (capped), null without target or measurement
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
