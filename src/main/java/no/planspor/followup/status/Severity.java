package no.planspor.followup.status;

import java.util.Comparator;
import java.util.List;

import no.planspor.followup.State;

/**
 * Which state is worse. Delayed is worst, then at risk, on hold, not started, on track, done.
 * Cancelled is a decision, not a problem: it never makes a roll-up look worse.
 */
public final class Severity {

	private static final List<State> WORST_FIRST = List.of(State.DELAYED, State.AT_RISK, State.ON_HOLD,
			State.NOT_STARTED, State.ON_TRACK, State.DONE, State.CANCELLED);

	/** Orders states from worst to best. */
	public static final Comparator<State> WORST_FIRST_ORDER = Comparator.comparingInt(WORST_FIRST::indexOf);

	private Severity() {
	}

	public static int rank(State state) {
		return WORST_FIRST.indexOf(state);
	}
}
