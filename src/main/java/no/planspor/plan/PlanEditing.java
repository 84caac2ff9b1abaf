package no.planspor.plan;

import no.planspor.plan.editing.PlanDetailsEditing;

/**
 * What {@link UnitEditing} still calls by this name. Units stay here, unchanged, while their move to a
 * module of their own is under way; the plan's own editing is in {@link no.planspor.plan.editing}.
 * Remove this class when UnitEditing no longer needs it.
 */
final class PlanEditing {

	private PlanEditing() {
	}

	static String blankToNull(String value) {
		return PlanDetailsEditing.blankToNull(value);
	}
}
