package no.planspor.review;

/** Where a review stands: decisions are recorded while OPEN, considered while SUBMITTED, carried out when APPLIED. */
public enum ReviewState {
	OPEN, SUBMITTED, APPLIED
}
