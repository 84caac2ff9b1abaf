package no.planspor.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.planspor.shared.InvalidInput;

/**
 * A reporting round as stored. Its state moves one way, draft → open → closed, and only through the
 * guards below, which every write calls before it writes (a second "open" is refused, not repeated).
 *
 * @param asOf the date the status is asked for
 * @param due the date answers are due
 * @param ownerId who created it (null when that account is gone); {@code ownerName} keeps the name
 * @param closesOn the day the round closes by itself, or null
 * @param reminderDays days relative to {@code due} on which those who still owe are reminded
 */
public record Round(long id, long planId, String planCode, String planTitle, long unitId, String title,
		LocalDate asOf, LocalDate due, RoundScope scope, String message, Long ownerId, String ownerName,
		RoundState state, Instant createdAt, Instant openedAt, Instant closedAt, LocalDate closesOn,
		List<Integer> reminderDays, int version) {

	public Round {
		reminderDays = List.copyOf(reminderDays);
	}

	/** Opening is for a draft only. */
	public void requireOpenable() {
		if (state != RoundState.DRAFT) {
			throw InvalidInput.of("$.state", "round.state.not-draft", title);
		}
	}

	/** Reminding is for an open round only. */
	public void requireRemindable() {
		if (state != RoundState.OPEN) {
			throw InvalidInput.of("$.state", state == RoundState.CLOSED ? "round.state.closed" : "round.state.not-open",
					title);
		}
	}

	/** Closing is for an open round only. */
	public void requireClosable() {
		if (state != RoundState.OPEN) {
			throw InvalidInput.of("$.state", state == RoundState.CLOSED ? "round.state.closed" : "round.state.not-open",
					title);
		}
	}

	/** Its schedule may change until it is closed. */
	public void requireSchedulable() {
		if (state == RoundState.CLOSED) {
			throw InvalidInput.of("$.state", "round.state.closed", title);
		}
	}

	public boolean isDraft() {
		return state == RoundState.DRAFT;
	}

	public boolean isOpen() {
		return state == RoundState.OPEN;
	}

	public boolean isClosed() {
		return state == RoundState.CLOSED;
	}

	/** Whether a status recorded at {@code recordedAt} answers this round. */
	public boolean counts(Instant recordedAt) {
		return openedAt != null && !recordedAt.isBefore(openedAt) && (closedAt == null || recordedAt.isBefore(closedAt));
	}
}
