package no.planspor.followup;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How the measures under a goal or sub-goal stand: how many in each state, how many without any
 * status, and the worst state among them.
 */
public record RollUp(Map<State, Integer> counts, int withoutStatus, State worst) {

	public RollUp {
		counts = Collections.unmodifiableMap(new EnumMap<>(counts.isEmpty() ? new EnumMap<>(State.class) : counts));
	}

	public int total() {
		return withoutStatus + counts.values().stream().mapToInt(Integer::intValue).sum();
	}

	public int count(State state) {
		return counts.getOrDefault(state, 0);
	}
}
