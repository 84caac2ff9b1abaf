package no.planspor.workbook.internal;

import no.planspor.plan.ItemKind;

/**
 * A row of the plan sheet as read: the item it belongs to ({@code key}, null for a new row), its kind
 * (the item's, or for a new row the level column its text stands in), and what it says.
 *
 * @param row the row as Excel numbers it, from 1
 */
public record ReadRow(int row, Long key, ItemKind kind, RowValues values) {
}
