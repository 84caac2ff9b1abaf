package no.planspor.plan;

import no.planspor.shared.Conflict;

/**
 * Sets or clears the structured target of an indicator: what a person confirms after the parser
 * proposed it, or edits later. Editors of the plan's unit and admins may; the change is versioned
 * and audited like every other edit.
 */
public interface IndicatorTargets {

	/**
	 * @param number the indicator's number within the item, from 1 in plan order
	 * @param target the new target, or null to clear it
	 * @param expectedVersion the indicator's version the change was made from
	 * @return the indicator as it is now
	 * @throws Conflict when someone saved the indicator since (with the current indicator)
	 */
	Indicator setTarget(String planCode, String itemCode, int number, Target target, int expectedVersion);
}
