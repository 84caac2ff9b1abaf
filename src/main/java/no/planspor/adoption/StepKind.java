package no.planspor.adoption;

/** The steps of a plan on its way to adoption, as kept in the order they were taken. */
public enum StepKind {
	/** Sent for consideration to a body (til behandling). */
	SUBMITTED,
	/** Adopted on a date by a body. */
	ADOPTED,
	/** Sent back to the editors, a draft again, with a comment. */
	SENT_BACK
}
