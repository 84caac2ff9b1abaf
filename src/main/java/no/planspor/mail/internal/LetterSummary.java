package no.planspor.mail.internal;

import java.time.Instant;

/** A letter as the outbox list shows it: without its text. */
public record LetterSummary(long id, String purpose, String toAddress, String toName, String subject,
		LetterState state, int attempts, Instant nextAttemptAt, LetterProblem problem, String lastError,
		Instant createdAt, Instant sentAt) {
}
