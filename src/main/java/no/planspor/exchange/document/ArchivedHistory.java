package no.planspor.exchange.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.planspor.followup.StatusReport;

/**
 * The follow-up history of a planspor-archive/1 document, as the archive names things: items by code,
 * indicators by their number on the item, authors by username (and the name kept with the entry).
 */
public record ArchivedHistory(List<Status> statusUpdates, List<Value> measurements) {

	/**
	 * One status update.
	 *
	 * @param id the update's number within the archive (its id where it was exported)
	 * @param corrects the {@code id} of the earlier update of the same item that this one corrects, or null
	 */
	public record Status(long id, String item, StatusReport report, Author author, Instant recordedAt, Long corrects) {
	}

	/** One measured value of the {@code indicator}th indicator (from 1) of an item. */
	public record Value(String item, int indicator, BigDecimal value, LocalDate asOf, String note, String source,
			String evidence, Author author, Instant recordedAt) {
	}

	/**
	 * Who recorded an entry.
	 *
	 * @param username the account's username, or null when no account recorded it (an import, a system)
	 * @param name the name kept with the entry, or null
	 */
	public record Author(String username, String name) {
	}
}
