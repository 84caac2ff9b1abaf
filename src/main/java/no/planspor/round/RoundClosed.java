package no.planspor.round;

/**
 * A reporting round was closed, by a person or on its closing day. Published inside the closing
 * transaction, so that what listens to it (a version of the plan) happens with the close or not at all.
 *
 * @param onItsDay closed by the schedule on its closing day, with nobody signed in
 */
public record RoundClosed(long roundId, long planId, String planCode, String title, boolean onItsDay) {
}
