package no.planspor.plan.editing;

import java.util.ArrayList;
import java.util.List;

import no.planspor.audit.Change;
import no.planspor.plan.ItemFields;

/** How changes to items and their indicators read in the audit log. */
final class ItemChanges {

	static final String ITEM = "ITEM";

	static final String INDICATOR = "INDICATOR";

	private ItemChanges() {
	}

	/** "T1.1 a) – Bruke anbefalinger …": the code and the title, or else the text. */
	static String label(String code, String title, String text) {
		return code + " – " + (title != null ? title : text);
	}

	static String indicatorLabel(String itemCode, String indicatorText) {
		return itemCode + " – " + indicatorText;
	}

	/**
	 * One entry per field, old → new (the audit log leaves out those that did not change); a new parent
	 * is recorded as a move.
	 */
	static List<Change> fields(long itemId, long planId, ItemFields before, ItemFields after) {
		String label = label(after.code(), after.title(), after.text());
		List<Change> changes = new ArrayList<>();
		for (ItemField field : ItemField.values()) {
			String old = field.shown(before);
			String now = field.shown(after);
			changes.add(field == ItemField.PARENT
					? new Change("MOVED", ITEM, itemId, planId, itemId, label, field.key(), old, now)
					: Change.updated(ITEM, itemId, planId, itemId, label, field.key(), old, now));
		}
		return changes;
	}
}
