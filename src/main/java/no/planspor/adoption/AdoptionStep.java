package no.planspor.adoption;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One step taken.
 *
 * @param body SUBMITTED: the body asked (FU KRN); ADOPTED: the body that adopted; else null
 * @param decidedOn ADOPTED: the date of the decision; else null
 * @param note SUBMITTED: what is asked of the body, ADOPTED: the note on the decision, SENT_BACK: the
 *     comment (always given); may be null otherwise
 * @param takenByName the display name of {@code takenBy} as it is now
 */
public record AdoptionStep(long id, StepKind kind, String body, LocalDate decidedOn, String note, Instant takenAt,
		String takenBy, String takenByName) {
}
