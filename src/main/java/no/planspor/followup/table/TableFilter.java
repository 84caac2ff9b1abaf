package no.planspor.followup.table;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import no.planspor.followup.State;

/**
 * What the plan table shows: its filters and its order, exactly as the address says them, so that a
 * link shows the same table to whoever opens it. Each filter narrows the rows (they combine with AND);
 * a blank one does nothing. Values that do not fit the plan (a goal it does not have, a state that
 * does not exist) are dropped by {@link #within}, so the form always shows what is really applied.
 *
 * @param goal a goal's code
 * @param party a party's code: the measure's responsible, or its sub-goal's where it has none
 * @param state a {@link State} name, or {@link #NO_STATUS}
 * @param shortlist a shortlist's code
 * @param flag {@link #ATTENTION} (stale, overdue or never updated), {@link #STALE}, {@link #OVERDUE} or
 *     {@link #NEVER_UPDATED}
 * @param text free text: every word must occur in the code, title, text or an indicator
 * @param sort a column ({@link #SORTS}); blank for the plan's own order
 * @param dir {@code asc} or {@code desc}
 */
record TableFilter(String goal, String party, String state, String shortlist, String flag, String text, String sort,
		String dir) {

	static final String NO_STATUS = "NONE";

	static final String ATTENTION = "attention";

	static final String STALE = "stale";

	static final String OVERDUE = "overdue";

	static final String NEVER_UPDATED = "never-updated";

	static final List<String> FLAGS = List.of(ATTENTION, STALE, OVERDUE, NEVER_UPDATED);

	/** The columns that sort; "plan" is the plan's own order (goal by goal). */
	static final List<String> SORTS = List.of("plan", "code", "text", "deadline", "state");

	static final String ASC = "asc";

	static final String DESC = "desc";

	TableFilter {
		goal = blankToNull(goal);
		party = blankToNull(party);
		state = blankToNull(state);
		shortlist = blankToNull(shortlist);
		flag = blankToNull(flag);
		text = blankToNull(text);
		sort = blankToNull(sort);
		dir = DESC.equals(dir) ? DESC : ASC;
	}

	static TableFilter none() {
		return new TableFilter(null, null, null, null, null, null, null, null);
	}

	/** This filter with what the plan does not have dropped. */
	TableFilter within(Set<String> goals, Set<String> parties, Set<String> shortlists) {
		boolean knownState = state != null && (NO_STATUS.equals(state)
				|| Arrays.stream(State.values()).anyMatch(s -> s.name().equals(state)));
		return new TableFilter(goals.contains(goal) ? goal : null, parties.contains(party) ? party : null,
				knownState ? state : null, shortlists.contains(shortlist) ? shortlist : null,
				flag != null && FLAGS.contains(flag) ? flag : null, text, sort != null && SORTS.contains(sort) ? sort : null,
				dir);
	}

	/** Whether the table is in the plan's own order, top to bottom (as it is unless asked otherwise). */
	public boolean planOrder() {
		return sortColumn().equals("plan") && !descending();
	}

	public boolean isEmpty() {
		return goal == null && party == null && state == null && shortlist == null && flag == null && text == null;
	}

	/** The words to look for, lower case and composed, so "Å" and "å" (however typed) meet. */
	List<String> words() {
		return text == null ? List.of() : Arrays.stream(fold(text).split("\\s+")).filter(w -> !w.isEmpty()).toList();
	}

	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

	/** The sorting column in effect: "plan" when none is asked for. */
	public String sortColumn() {
		return sort == null ? "plan" : sort;
	}

	public boolean descending() {
		return DESC.equals(dir);
	}

	/**
	 * The address of the table sorted by {@code column}: ascending, or the other way if it is sorted by
	 * it already. Filters are kept.
	 */
	String sortLink(String base, String column) {
		String nextDir = column.equals(sortColumn()) && !descending() ? DESC : ASC;
		return link(base, column, nextDir);
	}

	/** "ascending" or "descending" for the column the table is sorted by ({@code aria-sort}); null for the others. */
	String ariaSort(String column) {
		if (!column.equals(sortColumn())) {
			return null;
		}
		return descending() ? "descending" : "ascending";
	}

	/** The direction a click on the column's header sorts in. */
	String nextDir(String column) {
		return column.equals(sortColumn()) && !descending() ? DESC : ASC;
	}

	/** The address of this very table (filters and order). */
	String link(String base) {
		return link(base, sort, dir);
	}

	private String link(String base, String sortBy, String direction) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		params(sortBy, direction).forEach((name, value) -> query
			.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return base + query;
	}

	/** The parameters of this table's address, in their order; blank filters and defaults (plan order, ascending) are left out. */
	Map<String, String> params() {
		return params(sort, dir);
	}

	private Map<String, String> params(String sortBy, String direction) {
		Map<String, String> params = new LinkedHashMap<>();
		param(params, "goal", goal);
		param(params, "party", party);
		param(params, "state", state);
		param(params, "shortlist", shortlist);
		param(params, "flag", flag);
		param(params, "q", text);
		boolean planOrder = sortBy == null || "plan".equals(sortBy);
		if (!planOrder || DESC.equals(direction)) {
			param(params, "sort", planOrder ? "plan" : sortBy);
		}
		if (DESC.equals(direction)) {
			param(params, "dir", direction);
		}
		return params;
	}

	private static void param(Map<String, String> params, String name, String value) {
		if (value != null) {
			params.put(name, value);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
