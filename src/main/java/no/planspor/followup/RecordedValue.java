package no.planspor.followup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import no.planspor.followup.indicator.MeasurementSource;

/**
 * One measured value of an indicator as stored, for moving a plan's history whole (a full archive):
 * everything the row holds, with the indicator and the author as ids of this database.
 *
 * @param source where the value came from: MANUAL, IMPORT or API
 * @param authorId the account that recorded it here, or null (a system, or a person without an account here)
 * @param authorName who recorded it, as kept with the value
 */
public record RecordedValue(long id, long indicatorId, BigDecimal value, LocalDate asOf, String note, String source,
		String evidence, Long authorId, String authorName, Instant recordedAt) {

	/** The sources a value may have. */
	public static final List<String> SOURCES = Arrays.stream(MeasurementSource.values()).map(Enum::name).toList();
}
