package no.planspor.plan;

/**
 * What {@link UnitAdminPages} still calls by this name. Units stay here, unchanged, while their move to
 * a module of their own is under way; the plan editor's pages are in {@link no.planspor.plan.web}.
 * Remove this class when UnitAdminPages no longer needs it.
 */
final class PlanEditPages {

	private PlanEditPages() {
	}

	/** A version a form sent; anything unreadable is no version, and so stale (as the plan editor reads it). */
	static int version(String raw) {
		try {
			return Integer.parseInt(raw.strip());
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}
}
