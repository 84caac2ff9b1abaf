package no.planspor.workbook.internal;

import java.util.List;
import java.util.Set;

/**
 * What taking a workbook back would do: the changes item by item (before → after), the conflicts with
 * what was saved in Planspor since the export (both values, for the person to choose), and the problems
 * that stop it, by sheet, row and column; with the edits that applying it writes.
 *
 * @param settled conflicts the person has chosen a side in (the page shows them again, with the choice)
 * @param unknownParties names in the responsible column the plan does not know, which may be added
 */
public record Preview(List<Change> changes, List<ConflictItem> conflicts, List<ConflictItem> settled,
		List<SheetProblem> problems, Set<String> unknownParties, Edits edits) {

	/**
	 * One change, as the API tells it.
	 *
	 * @param item the item's code (its new code when the workbook changes it); null for a change to the plan
	 * @param kind STATUS, FIELD, ADDED, REMOVED or PARTY
	 * @param field the field changed (code, title, text, indicators, responsible, deadline, comment,
	 *        shortlists), or null
	 */
	public record Change(String item, String kind, String field, Object before, Object after) {
	}

	/**
	 * A row changed in the workbook whose item was also changed in Planspor since the export.
	 *
	 * @param id what names it in a choice: the item's key and the field
	 * @param exported the value at export
	 * @param workbook the value in the workbook
	 * @param planspor the value in Planspor now
	 */
	public record ConflictItem(String id, String item, String field, Object exported, Object workbook, Object planspor,
			String sheet, int row) {
	}

	public boolean applicable() {
		return problems.isEmpty() && conflicts.isEmpty();
	}
}
