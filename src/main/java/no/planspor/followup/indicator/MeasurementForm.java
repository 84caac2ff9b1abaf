package no.planspor.followup.indicator;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * The measurement form's values as typed, kept as text so that a refused form shows exactly what was
 * entered. Serializable because a refused form travels to the item page as a flash attribute (in the
 * database-stored session).
 *
 * @param n the indicator's number within the item, from 1: a page has one such form per indicator
 */
public record MeasurementForm(int n, String value, String asOf, String note, String evidence) implements Serializable {

	/** An empty form for a value as of {@code asOf}. */
	public static MeasurementForm blank(int n, LocalDate asOf) {
		return new MeasurementForm(n, null, asOf.toString(), null, null);
	}

	MeasurementInput read() {
		return MeasurementInput.fromForm(value, asOf, note, evidence);
	}
}
