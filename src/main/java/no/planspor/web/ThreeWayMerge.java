package no.planspor.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Joins what a person typed with what someone else saved meanwhile, field by field, against the values
 * the person started from, so that a stale save loses nobody's work. A field only one side changed takes
 * that side's value without asking; a field both changed, to different values, is a clash for the person
 * to decide. Values are compared as given: the caller writes each field in one normal form (trimmed,
 * lists sorted), so that what only looks different does not count as a change.
 *
 * <p>
 * Without the starting values (a form from before this existed, or one tampered with) every field the two
 * sides disagree on is a clash: nothing is ever taken from one side on a guess.
 */
public final class ThreeWayMerge {

	/**
	 * The outcome, every field in the order given.
	 *
	 * @param values the joined values; a clash holds what the person typed until they choose
	 * @param theirs fields taken from what is stored, which only the other side changed
	 * @param mine fields kept as the person typed them, which only they changed
	 * @param clashes fields both sides changed to different values
	 */
	public record Result(Map<String, String> values, List<String> theirs, List<String> mine, List<String> clashes) {

		public boolean hasClashes() {
			return !clashes.isEmpty();
		}
	}

	private ThreeWayMerge() {
	}

	/**
	 * @param fields the fields to join, in the order the form shows them
	 * @param base the values the person started from (may be empty, or lack a field)
	 * @param typed what the person typed
	 * @param stored what is stored now
	 */
	public static Result of(List<String> fields, Map<String, String> base, Map<String, String> typed,
			Map<String, String> stored) {
		Map<String, String> values = new LinkedHashMap<>();
		List<String> theirs = new ArrayList<>();
		List<String> mine = new ArrayList<>();
		List<String> clashes = new ArrayList<>();
		for (String field : fields) {
			String start = base.get(field);
			String yours = typed.getOrDefault(field, "");
			String now = stored.getOrDefault(field, "");
			if (yours.equals(now)) {
				values.put(field, yours);
			}
			else if (Objects.equals(start, yours)) {
				values.put(field, now);
				theirs.add(field);
			}
			else if (Objects.equals(start, now)) {
				values.put(field, yours);
				mine.add(field);
			}
			else {
				values.put(field, yours);
				clashes.add(field);
			}
		}
		return new Result(values, List.copyOf(theirs), List.copyOf(mine), List.copyOf(clashes));
	}
}
