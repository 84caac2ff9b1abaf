package no.planspor.followup.status;

import java.io.Serializable;
import java.time.LocalDate;

import no.planspor.followup.StatusUpdate;

/**
 * The status form's values as typed, kept as text so that a form refused shows exactly what was
 * entered. Serializable because a refused form travels to the item page as a flash attribute, which
 * lives in the (database-stored) session.
 *
 * @param correctsId the id of the update being corrected, or blank for a new update
 */
public record StatusForm(String state, String asOf, String progress, String text, String correctsId)
		implements Serializable {

	/** An empty form for a status as of {@code asOf}. */
	public static StatusForm blank(LocalDate asOf) {
		return new StatusForm(null, asOf.toString(), null, null, null);
	}

	/** A form that corrects {@code update}, starting from what it said. */
	public static StatusForm correcting(StatusUpdate update) {
		return new StatusForm(update.state().name(), update.asOf().toString(),
				update.progress() == null ? null : update.progress().toString(), update.text(),
				String.valueOf(update.id()));
	}

	StatusInput read() {
		return StatusInput.read(state, asOf, progress, text, correctsId);
	}
}
