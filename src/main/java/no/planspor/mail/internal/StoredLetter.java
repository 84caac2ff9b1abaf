package no.planspor.mail.internal;

import java.time.Instant;

/** A letter as the outbox holds it. */
public record StoredLetter(long id, String purpose, String toAddress, String toName, String subject, String text,
		String html, LetterState state, int attempts, Instant nextAttemptAt, LetterProblem problem, String lastError,
		Instant createdAt, Instant sentAt, Long resentFrom) {
}
