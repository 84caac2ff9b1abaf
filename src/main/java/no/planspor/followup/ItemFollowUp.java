package no.planspor.followup;

/**
 * Where one item stands, as the published read model {@code item_follow_up} has it (migration V7),
 * with the roll-up of its measures added for goals and sub-goals.
 *
 * @param latest the latest status update, or null if it never had one
 * @param stale the latest update is older than the configured number of days (finished items never are)
 * @param overdue the deadline has passed and the item is neither done nor cancelled
 * @param neverUpdated no status since the plan was adopted (none at all, or only older ones)
 * @param needsFirstUpdate never updated, not finished, and the plan was adopted longer ago than the
 *     configured number of days: it needs attention as a stale item does ("aldri oppdatert")
 * @param answeringItemId the item whose parties answer for this one (itself, or the nearest item
 *     above it that names any; the plan module's rule, see {@code published_item}), or null when
 *     nobody does
 * @param rollUp for goals and sub-goals: how their measures stand; null for measures
 */
public record ItemFollowUp(StatusReport latest, boolean stale, boolean overdue, boolean neverUpdated,
		boolean needsFirstUpdate, Long answeringItemId, RollUp rollUp) {

	/** An item the read model does not know (archived or added since the plan was read): nobody answers for it. */
	public static final ItemFollowUp NONE = new ItemFollowUp(null, false, false, true, false, null, null);

	public boolean hasStatus() {
		return latest != null;
	}

	ItemFollowUp withRollUp(RollUp measures) {
		return new ItemFollowUp(latest, stale, overdue, neverUpdated, needsFirstUpdate, answeringItemId, measures);
	}

	/** Stale, overdue or never updated: someone should look at it. */
	public boolean needsAttention() {
		return stale || overdue || needsFirstUpdate;
	}
}
