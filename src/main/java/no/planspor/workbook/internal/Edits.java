package no.planspor.workbook.internal;

import java.util.List;
import java.util.Map;

import no.planspor.followup.StatusReport;
import no.planspor.plan.ItemKind;
import no.planspor.workbook.internal.RowValues.Field;

/**
 * What applying a workbook writes, worked out by {@link WorkbookComparison} and written by
 * {@link EditsWriter} in this order: parties first (items name them), then changed items, new items (a
 * new item's parent may be new too, and comes before it), shortlist marks and statuses (by the items'
 * final codes), and last the items taken out.
 */
public record Edits(List<String> newParties, List<ItemEdit> edits, List<NewItem> added, List<NewStatus> statuses,
		List<Long> removed) {

	public boolean isEmpty() {
		return newParties.isEmpty() && edits.isEmpty() && added.isEmpty() && statuses.isEmpty() && removed.isEmpty();
	}

	/** New values of an existing item's fields, only those the workbook changes. */
	public record ItemEdit(long key, int row, Map<Field, Object> values) {
	}

	/**
	 * A new item from a row without a key.
	 *
	 * @param parentKey the existing item it goes under; null when it goes under a new one or at the top
	 * @param parentRow the row of the new item it goes under; null otherwise
	 */
	public record NewItem(int row, ItemKind kind, Long parentKey, Integer parentRow, RowValues values) {
	}

	/** A status update of an existing item ({@code key}) or of a new one ({@code row}). */
	public record NewStatus(Long key, Integer row, StatusReport report) {
	}
}
