package no.planspor.review;

import java.time.Instant;
import java.util.Set;

/**
 * A review of a plan, without its decisions.
 *
 * @param beforeVersion the number of the version made as it opened
 * @param afterVersion the number of the version made when it was applied, null before
 * @param body the body it was sent to for consideration ("FU KRN"), null before
 * @param returnedComment why it was last sent back, null if never
 * @param nextCode the code of the next shortlist it defines ("2028-2029"), null if none
 * @param nextItems the ids of the measures it puts on that shortlist
 * @param version for guarded changes of the review itself (its shortlist)
 */
public record Review(long id, long planId, String planCode, String planTitle, long unitId, ReviewState state,
		int beforeVersion, Integer afterVersion, Instant openedAt, String openedBy, String openedByName, String body,
		Instant submittedAt, String submittedBy, String returnedComment, Instant returnedAt, String returnedBy,
		Instant appliedAt, String appliedBy, String nextCode, String nextTitle, Set<Long> nextItems, int version) {

	public boolean isOpen() {
		return state == ReviewState.OPEN;
	}

	public boolean isSubmitted() {
		return state == ReviewState.SUBMITTED;
	}

	public boolean isApplied() {
		return state == ReviewState.APPLIED;
	}

	public boolean hasNextShortlist() {
		return nextCode != null;
	}
}
