package no.planspor.round;

import java.util.List;

/**
 * Which measures a round asks about: every measure of the plan, the measures on one shortlist, or
 * the measures under some goals.
 *
 * @param shortlist a shortlist's code, or null
 * @param goals goal codes, or null; never both
 */
public record RoundScope(String shortlist, List<String> goals) {

	public static final RoundScope ALL = new RoundScope(null, null);

	public RoundScope {
		// Not List.copyOf: a list read from JSON may hold nulls where an element was no code (each is a problem).
		goals = goals == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(goals));
		if (shortlist != null && goals != null) {
			throw new IllegalArgumentException("A scope is a shortlist or goals, not both");
		}
	}

	public static RoundScope shortlist(String code) {
		return new RoundScope(code, null);
	}

	public static RoundScope goals(List<String> codes) {
		return new RoundScope(null, codes);
	}

	public boolean all() {
		return shortlist == null && goals == null;
	}
}
