package no.planspor.plan;

/** How long things may be. The schema enforces the same limits as a last line of defence. */
public final class Limits {

	public static final int PLAN_CODE = 80;

	public static final int TITLE = 500;

	public static final int UNIT_CODE = 40;

	public static final int UNIT_NAME = 200;

	public static final int ADOPTED_BY = 200;

	public static final int ADOPTION_NOTE = 2000;

	public static final int SECTION_HEADING = 200;

	public static final int SECTION_BODY = 20000;

	public static final int REFERENCE_TITLE = 500;

	public static final int URL = 2000;

	public static final int PARTY_CODE = 40;

	public static final int PARTY_NAME = 200;

	public static final int SHORTLIST_CODE = 40;

	public static final int SHORTLIST_TITLE = 200;

	public static final int ITEM_CODE = 40;

	public static final int ITEM_TEXT = 4000;

	public static final int COMMENT = 2000;

	public static final int INDICATOR_TEXT = 1000;

	public static final int TARGET_UNIT = 60;

	/** Goal, sub-goal, measure: three levels, one spare for plans that nest a little deeper. */
	public static final int DEPTH = 4;

	public static final int ITEMS = 2000;

	public static final int YEAR_MIN = 1990;

	public static final int YEAR_MAX = 2100;

	private Limits() {
	}
}
