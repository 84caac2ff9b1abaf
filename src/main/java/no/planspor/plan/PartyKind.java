package no.planspor.plan;

/** A role held by people (KL, FL), a body (FU KRN, klinikkledermøtet), or a unit or project (CRAI, RAD 2.0). */
public enum PartyKind {
	ROLE, BODY, UNIT
}
