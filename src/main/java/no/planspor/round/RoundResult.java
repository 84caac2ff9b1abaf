package no.planspor.round;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.planspor.followup.State;

/**
 * A round and its answers: each item it asks about, whether it was answered while the round was open
 * (closed rounds: frozen at closing), and the answer, the last status recorded in that window.
 *
 * @param items in plan order; empty for a draft (nothing is asked yet)
 * @param people everyone asked, by name
 */
public record RoundResult(Round round, List<AskedItem> items, List<AskedPerson> people) {

	/** One item the round asks about. */
	public record AskedItem(long itemId, String code, String label, String goalCode, String goalLabel,
			List<String> partyCodes, List<String> askedUsernames, Answer answer) {

		public boolean answered() {
			return answer != null;
		}

		/** Asked, but nobody stood for its parties when the round opened. */
		public boolean nobodyAsked() {
			return askedUsernames.isEmpty();
		}
	}

	/** The status update that answered an item in the round. */
	public record Answer(long statusId, State state, Integer progress, String text, LocalDate asOf, String author,
			Instant recordedAt) {
	}

	/** One person asked, and how far they have come. */
	public record AskedPerson(long userId, String username, String displayName, List<String> itemCodes,
			List<String> missingCodes) {

		public int asked() {
			return itemCodes.size();
		}

		public int answered() {
			return itemCodes.size() - missingCodes.size();
		}

		public boolean owes() {
			return !missingCodes.isEmpty();
		}
	}

	public int asked() {
		return items.size();
	}

	public int answered() {
		return (int) items.stream().filter(AskedItem::answered).count();
	}

	/** Answered of asked, 0-100, rounded down; 0 when nothing was asked. */
	public int percent() {
		return items.isEmpty() ? 0 : answered() * 100 / items.size();
	}
}
