package no.planspor.review;

import java.util.List;
import java.util.Optional;

/** Reads reviews for other modules (the review summary's PDF and the plan page in report). */
public interface ReviewReader {

	/** The plan's review not yet applied (there is at most one), for the pages that must say a revision is under way. */
	Optional<Review> inProgress(long planId);

	/** The review, if it is one of this plan's. */
	Optional<Review> find(String planCode, long reviewId);

	/** The review's decisions grouped by kind, with reasons, and what applying it changed (once applied). */
	ReviewSummary summary(String planCode, long reviewId);

	/**
	 * What a review decided and changed, as a reader reads it.
	 *
	 * @param groups the decisions by kind, in the order CONTINUE, ADJUST, STOP, NEW, kinds without any left out
	 * @param changes the differences between the versions before and after, empty until applied
	 */
	record ReviewSummary(Review review, List<Group> groups, List<ChangeLine> changes, int measures, int decided) {
	}

	/** The decisions of one kind. */
	record Group(DecisionKind kind, List<Line> lines) {
	}

	/** One decision: the measure it is about (code and wording), the reason, who and when. */
	record Line(String code, String label, String reason, String decidedByName, java.time.Instant decidedAt,
			Decision.Proposal proposal) {
	}

	/**
	 * One difference between the version before and the version after, written out.
	 *
	 * @param change ADDED, REMOVED, MOVED or CHANGED
	 * @param field the item field that changed (as in the item API), null for an item added or removed
	 * @param words for a text (title, text, comment), the change word by word; null otherwise
	 */
	record ChangeLine(String item, String label, String change, String field, String before, String after,
			List<no.planspor.version.TextDiff.Piece> words) {
	}
}
