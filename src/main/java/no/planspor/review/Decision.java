package no.planspor.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision of a review: on a measure ({@code itemId}), or a new measure ({@link DecisionKind#NEW}).
 *
 * @param itemCode the measure's code when decided (for NEW: null)
 * @param itemLabel the measure's wording when decided (for NEW: null)
 * @param itemVersion the measure's version the decision was made from; applying to a newer one is refused
 * @param proposal for ADJUST and NEW, the wording proposed; null for CONTINUE and STOP
 * @param version for guarded saves of the decision
 */
public record Decision(long id, long reviewId, Long itemId, String itemCode, String itemLabel, Integer itemVersion, DecisionKind kind,
		String reason, Proposal proposal, Instant decidedAt, String decidedBy, String decidedByName, int version) {

	/**
	 * What an ADJUST changes a measure into, or what a NEW measure says.
	 *
	 * @param parent for NEW: the goal or sub-goal it goes under
	 * @param code for NEW: its code
	 */
	public record Proposal(String parent, String code, String text, LocalDate deadline, List<String> responsible,
			List<String> indicators) {

		public Proposal {
			responsible = responsible == null ? List.of() : List.copyOf(responsible);
			indicators = indicators == null ? List.of() : List.copyOf(indicators);
		}
	}

	public boolean isNew() {
		return kind == DecisionKind.NEW;
	}
}
