package no.planspor.web;

import java.util.List;

/**
 * A field on which what is stored now and what the person typed differ, after a save was refused as
 * stale (409): a row of the conflict table of {@code web/form.html}.
 *
 * @param label the field's label in the reader's language
 */
public record ConflictRow(String label, String stored, String typed) {

	/**
	 * Adds a row to {@code rows} if the two differ (leading and trailing space aside): a field both left
	 * alike is no conflict, and the table shows only what the person has to look at again.
	 */
	public static void addIfDifferent(List<ConflictRow> rows, String label, String stored, String typed) {
		String a = stored == null ? "" : stored.strip();
		String b = typed == null ? "" : typed.strip();
		if (!a.equals(b)) {
			rows.add(new ConflictRow(label, a, b));
		}
	}
}
