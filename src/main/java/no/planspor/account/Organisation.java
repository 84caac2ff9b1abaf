package no.planspor.account;

import java.util.List;

/**
 * What this module needs to know of the units, plans and parties its grants and memberships point
 * at: an EDITOR is granted units, and a membership stands for a party code in every plan of a unit
 * or in one plan. The module that keeps units and plans implements it (today {@code plan}, in
 * {@code plan.directory}), because that module already depends on this one for {@link Permissions};
 * reading its tables from here would tie the two together both ways.
 */
public interface Organisation {

	record Unit(long id, String code, String name) {
	}

	/** A plan as a membership's scope names it: "KRN 2025–2029", with its title. */
	record Plan(long id, String code, String title, long unitId, String unitCode, String unitName, int periodFrom,
			int periodTo) {
	}

	/** A party code and how a plan names it. */
	record Party(String code, String name) {
	}

	/** Every unit, ordered by code. */
	List<Unit> units();

	/** Every plan, ordered by its unit's code, then newest period first, then title. */
	List<Plan> plans();

	/**
	 * Every party code that appears in one of the unit's plans, once, with one of its names (a code may
	 * be named a little differently in each plan), ordered by code ignoring case.
	 */
	List<Party> partiesOfUnit(long unitId);

	/** The plan's parties, ordered by code ignoring case. */
	List<Party> partiesOfPlan(long planId);
}
