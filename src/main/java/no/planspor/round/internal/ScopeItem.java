package no.planspor.round.internal;

import java.util.List;

/**
 * A measure as a round sees it: its code and words, the goal it sits under, who answers for it
 * (its own parties or inherited from above, as {@code published_item} says) and the shortlists it is on.
 */
public record ScopeItem(long itemId, String code, String label, String goalCode, String goalLabel,
		List<String> partyCodes, List<String> shortlistCodes) {
}
