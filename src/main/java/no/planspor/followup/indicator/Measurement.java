package no.planspor.followup.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One measured value of an indicator, as recorded. Measurements are never changed or deleted: a
 * correction is a newer reading.
 *
 * @param value a reading of the indicator as of {@code asOf} (or, for RECURRING targets, how many
 *        times it happened); see docs/targets.md, "Measurements and progress"
 * @param evidence a link to what shows the value (a report, a registry entry), or null
 * @param authorName who recorded it (kept as text, so the history reads the same if the user goes)
 */
public record Measurement(long id, long indicatorId, BigDecimal value, LocalDate asOf, String note,
		MeasurementSource source, String evidence, Long authorId, String authorName, Instant recordedAt) {
}
