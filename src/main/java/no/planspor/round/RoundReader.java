package no.planspor.round;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.round.internal.AskedStore;
import no.planspor.round.internal.RoundStore;

/**
 * Reading rounds, for other modules (the committee report): a plan's rounds, one round, and its result
 * (which items were answered while it was open, with each answer). Reading needs no more than being
 * signed in, as reading plans does. The result is two statements after the round's own.
 */
@Service
@Transactional(readOnly = true)
public class RoundReader {

	private final RoundStore store;

	private final AskedStore asked;

	RoundReader(RoundStore store, AskedStore asked) {
		this.store = store;
		this.asked = asked;
	}

	public Optional<Round> find(long id) {
		return store.find(id);
	}

	/** The plan's rounds, newest first. */
	public List<Round> ofPlan(long planId) {
		return store.ofPlan(planId);
	}

	/** The round with its items and answers; empty when there is no such round. */
	public Optional<RoundResult> result(long id) {
		return store.find(id).map(asked::result);
	}

	/** The latest closed round of the plan before {@code round} (for "what changed since the previous round"). */
	public Optional<Round> previousClosed(Round round) {
		return store.ofPlan(round.planId())
			.stream()
			.filter(Round::isClosed)
			.filter(other -> other.id() != round.id() && other.closedAt() != null
					&& (round.openedAt() == null || other.closedAt().isBefore(round.openedAt())))
			.findFirst();
	}
}
