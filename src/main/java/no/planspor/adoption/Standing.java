package no.planspor.adoption;

import java.util.List;

import no.planspor.plan.Plan;
import no.planspor.plan.PlanStatus;

/**
 * Where a plan stands on its way to adoption, and what the signed-in person may do next.
 *
 * @param steps every step taken, newest first
 * @param mayEdit the person edits the plan's unit: may submit a draft and copy the plan
 * @param mayAdopt the person adopts the unit's plans: may adopt a submitted plan or send it back
 */
public record Standing(Plan plan, List<AdoptionStep> steps, boolean mayEdit, boolean mayAdopt) {

	public PlanStatus status() {
		return plan.status();
	}

	/** The latest step, or null when none was taken. */
	public AdoptionStep latest() {
		return steps.isEmpty() ? null : steps.get(0);
	}

	/** A submitted plan: the step that submitted it (which body considers it). */
	public AdoptionStep submission() {
		return status() == PlanStatus.SUBMITTED && latest() != null && latest().kind() == StepKind.SUBMITTED
				? latest() : null;
	}

	/** A draft sent back: the step that did, with its comment; null once the draft was submitted again. */
	public AdoptionStep sentBack() {
		return status() == PlanStatus.DRAFT && latest() != null && latest().kind() == StepKind.SENT_BACK ? latest()
				: null;
	}

	public boolean maySubmit() {
		return mayEdit && status() == PlanStatus.DRAFT;
	}

	public boolean mayDecide() {
		return mayAdopt && status() == PlanStatus.SUBMITTED;
	}

	/** Whether this person has a step to take now. */
	public boolean hasNextStep() {
		return maySubmit() || mayDecide();
	}
}
