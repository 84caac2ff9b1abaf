package no.planspor.followup.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An indicator's measurements within one calendar year, summarised: the first and the last reading of
 * the year (by as-of date), the sum of the year's values (for things that happen, like RECURRING
 * events) and the dates of the first and last reading.
 */
public record YearReadings(int year, BigDecimal first, BigDecimal last, BigDecimal sum, LocalDate firstAsOf,
		LocalDate lastAsOf) {

	/** A year with a single reading: for tests and small callers. */
	public static YearReadings of(LocalDate asOf, BigDecimal value) {
		return new YearReadings(asOf.getYear(), value, value, value, asOf, asOf);
	}
}
