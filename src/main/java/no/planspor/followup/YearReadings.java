package no.planspor.followup;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An indicator's measurements within one calendar year, summarised: the last reading of the year,
 * the sum of the year's values (for things that happen, like RECURRING events) and the last date.
 */
record YearReadings(int year, BigDecimal last, BigDecimal sum, LocalDate lastAsOf) {
}
