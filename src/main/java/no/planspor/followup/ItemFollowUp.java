package no.planspor.followup;

/**
 * Where one item stands.
 *
 * @param latest the latest status update, or null if it never had one
 * @param stale the latest update is older than the configured number of days (finished items never are)
 * @param overdue the deadline has passed and the item is neither done nor cancelled
 * @param rollUp for goals and sub-goals: how their measures stand; null for measures
 */
public record ItemFollowUp(StatusReport latest, boolean stale, boolean overdue, RollUp rollUp) {

	public static final ItemFollowUp NONE = new ItemFollowUp(null, false, false, null);

	public boolean hasStatus() {
		return latest != null;
	}
}
