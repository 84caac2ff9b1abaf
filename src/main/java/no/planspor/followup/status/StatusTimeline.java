package no.planspor.followup.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.planspor.followup.StatusUpdate;
import no.planspor.followup.StatusUpdates;

/**
 * An item's status history as a timeline, newest first, with each correction linked both ways: the
 * entry that corrects an earlier one knows which, and the corrected one knows by what.
 */
public record StatusTimeline(List<Entry> entries) {

	/**
	 * @param corrects the earlier update this one corrects, or null
	 * @param correctedBy the later update that corrects this one, or null
	 */
	public record Entry(StatusUpdate update, StatusUpdate corrects, StatusUpdate correctedBy) {

		public boolean isCorrection() {
			return corrects != null;
		}

		public boolean isCorrected() {
			return correctedBy != null;
		}
	}

	public StatusTimeline {
		entries = List.copyOf(entries);
	}

	/** @param history the item's updates, newest first, as {@link StatusUpdates#history} gives them */
	public static StatusTimeline of(List<StatusUpdate> history) {
		Map<Long, StatusUpdate> byId = new HashMap<>();
		Map<Long, StatusUpdate> fixes = new HashMap<>();
		for (StatusUpdate update : history) {
			byId.put(update.id(), update);
			if (update.correctsId() != null) {
				fixes.put(update.correctsId(), update);
			}
		}
		return new StatusTimeline(history.stream()
			.map(update -> new Entry(update, update.correctsId() == null ? null : byId.get(update.correctsId()),
					fixes.get(update.id())))
			.toList());
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	/** The updates that a new update may still correct (each is corrected at most once), newest first. */
	public List<StatusUpdate> correctable() {
		return entries.stream().filter(entry -> !entry.isCorrected()).map(Entry::update).toList();
	}

	/** The update with this id, or null. */
	public StatusUpdate find(Long id) {
		return id == null ? null
				: entries.stream().map(Entry::update).filter(update -> update.id() == id).findFirst().orElse(null);
	}
}
