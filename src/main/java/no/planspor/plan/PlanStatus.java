package no.planspor.plan;

/** Where a plan is in its life: being written, in force, or of historical interest only. */
public enum PlanStatus {
	DRAFT, ADOPTED, ARCHIVED
}
