package no.planspor.plan;

/**
 * The guarded steps of a plan from draft to adopted, each allowed only from the state it leaves: a
 * step that is not allowed now is refused with a {@link no.planspor.shared.Conflict} (409,
 * {@code plan.state.not-allowed}) and nothing is written. Each step locks the plan, raises its version,
 * checks the caller's right (editors submit; administrators and the unit's leaders adopt and send back)
 * and records the changed fields in the audit log, in the caller's transaction. What is asked of whom
 * and the comments belong to the caller (the adoption module); this only owns the plan's row.
 */
public interface PlanStates {

	/** DRAFT → SUBMITTED. */
	Plan submit(String planCode);

	/** SUBMITTED → ADOPTED, with the adoption (its date is required). */
	Plan adopt(String planCode, Adoption adoption);

	/** SUBMITTED → DRAFT. */
	Plan sendBack(String planCode);
}
