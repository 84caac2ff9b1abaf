package no.planspor.followup;

/** Where an item stands: Ikke startet, I rute, Risiko, Forsinket, Fullført, På vent, Avbrutt. */
public enum State {
	NOT_STARTED, ON_TRACK, AT_RISK, DELAYED, DONE, ON_HOLD, CANCELLED;

	/** States that say something is wrong or paused must say why. */
	public boolean needsNarrative() {
		return this == AT_RISK || this == DELAYED || this == ON_HOLD || this == CANCELLED;
	}
}
