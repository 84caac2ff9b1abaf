package no.planspor.review.internal;

import no.planspor.review.Decision;
import no.planspor.review.DecisionKind;

/**
 * A decision as a person gives it: the measure by code (for all but NEW), the kind, the reason, and for
 * ADJUST and NEW the wording proposed.
 */
public record DecisionInput(String item, DecisionKind kind, String reason, Decision.Proposal proposal) {
}
