package no.planspor.plan;

/** A hospital-level strategy, or a clinic's action plan that builds on one. */
public enum PlanKind {
	STRATEGY, ACTION_PLAN
}
