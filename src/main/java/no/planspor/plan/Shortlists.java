package no.planspor.plan;

import java.util.Collection;
import java.util.List;

import no.planspor.shared.Conflict;

/**
 * A plan's shortlists ("Kortliste 2026-2027"): named priority windows that items are put on and taken
 * off. Editors of the plan's unit (and admins) may change them; every change is audited, and a
 * shortlist carries a version so that a save made from an old page is refused (409) instead of
 * silently undoing someone else's work.
 *
 * <p>Putting one item on or taking it off is idempotent and needs no version: doing it twice cannot
 * lose anything. It still moves the version on, so a concurrent save of the whole list (made from a
 * page that did not see it) is refused. Deleting a shortlist removes the marks from its items; what
 * was on it stays readable in the audit log, per item and for the list.
 *
 * <p>Problem paths are the form's field names: {@code code}, {@code title}, {@code items}.
 */
public interface Shortlists {

	/** A shortlist as stored now: with its version (for saves) and how many items are on it. */
	record Summary(Shortlist shortlist, int version, int items) {

		public String code() {
			return shortlist.code();
		}

		public String title() {
			return shortlist.title();
		}
	}

	/** The plan's shortlists in their order, with versions and counts. */
	List<Summary> of(String planCode);

	Summary get(String planCode, String shortlistCode);

	/** Adds a shortlist at the end of the plan's list. */
	Summary create(String planCode, String code, String title);

	/**
	 * Changes a shortlist's code and title.
	 *
	 * @throws Conflict when the shortlist was changed since {@code expectedVersion} (with the current {@link Summary})
	 */
	Summary rename(String planCode, String shortlistCode, String code, String title, int expectedVersion);

	/**
	 * Deletes a shortlist: its items stay, they are only no longer marked. The audit log keeps the list
	 * and, for every item, that it left the list.
	 */
	void delete(String planCode, String shortlistCode, int expectedVersion);

	/** Puts an item on the shortlist; nothing happens if it is on it already. */
	void putOn(String planCode, String shortlistCode, String itemCode);

	/** Takes an item off the shortlist; nothing happens if it was not on it. */
	void takeOff(String planCode, String shortlistCode, String itemCode);

	/**
	 * Makes exactly these items the shortlist's content (the shortlist page's checkboxes).
	 *
	 * @throws Conflict when the shortlist changed since {@code expectedVersion}
	 */
	Summary setItems(String planCode, String shortlistCode, Collection<String> itemCodes, int expectedVersion);
}
