package no.planspor.workbook.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A workbook as read: what it was exported as, the rows of its plan sheet, what could not be read, and
 * the party names it uses that the plan does not know (which the person may choose to add).
 *
 * @param headers each column's header as the workbook writes it, for naming places
 */
public record ReadWorkbook(BaseSheet.Base base, String sheet, Map<Column, String> headers, List<ReadRow> rows,
		List<SheetProblem> problems, Set<String> unknownParties) {
}
