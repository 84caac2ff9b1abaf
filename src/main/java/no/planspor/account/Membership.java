package no.planspor.account;

/**
 * A user stands for a party: for {@code partyCode} in every plan of a unit ("Kari Nordmann is FL
 * for KRN"), or in one plan ("three people make up CRAI in the KRN plan"). Exactly one of
 * {@code unitId} and {@code planId} is set.
 */
public record Membership(long id, String partyCode, Long unitId, Long planId) {

	public Membership {
		if ((unitId == null) == (planId == null)) {
			throw new IllegalArgumentException("A membership belongs to a unit or to a plan");
		}
	}

	/** Whether this membership speaks for {@code partyCode} in the plan {@code planId} of unit {@code unitId}. */
	public boolean standsFor(String partyCode, long planId, long unitId) {
		return this.partyCode.equals(partyCode)
				&& (unitId == nullToMinus(this.unitId) || planId == nullToMinus(this.planId));
	}

	private static long nullToMinus(Long id) {
		return id == null ? -1 : id;
	}
}
