package no.planspor.plan;

/**
 * A plan's own facts, without its contents.
 *
 * @param parentCode the code of the strategy an action plan builds on, or null
 * @param adoption null when nothing is known of the adoption
 * @param originCode the code of the plan this one was made from ("Ny plan fra denne"), or null
 * @param originTitle that plan's title, or null
 */
public record Plan(long id, String code, PlanKind kind, String title, Unit unit, int periodFrom, int periodTo,
		String parentCode, String parentTitle, PlanStatus status, Adoption adoption, int version, String originCode,
		String originTitle) {

	/** A plan made from no other. */
	public Plan(long id, String code, PlanKind kind, String title, Unit unit, int periodFrom, int periodTo,
			String parentCode, String parentTitle, PlanStatus status, Adoption adoption, int version) {
		this(id, code, kind, title, unit, periodFrom, periodTo, parentCode, parentTitle, status, adoption, version,
				null, null);
	}

	/** Plan codes appear in addresses, so they are lower-case words joined by hyphens: krn-forskning-2025-2029. */
	public static final String CODE_PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

	public String period() {
		return periodFrom + "–" + periodTo;
	}

	public boolean covers(int year) {
		return year >= periodFrom && year <= periodTo;
	}
}
