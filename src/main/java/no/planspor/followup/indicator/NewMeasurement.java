package no.planspor.followup.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value to record, as a form or the API gives it; checked by {@link MeasurementRules}.
 *
 * @param note free text, or null
 * @param evidence an http(s) link, or null
 */
public record NewMeasurement(BigDecimal value, LocalDate asOf, String note, MeasurementSource source,
		String evidence) {
}
