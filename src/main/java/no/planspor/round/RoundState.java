package no.planspor.round;

/** A round is drafted, then opened (the letters go out), then closed (its result is frozen). */
public enum RoundState {
	DRAFT, OPEN, CLOSED
}
