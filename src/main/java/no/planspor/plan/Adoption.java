package no.planspor.plan;

import java.time.LocalDate;

/** When and by whom a plan was adopted, with the note that says how it was treated. Members may be null. */
public record Adoption(LocalDate on, String by, String note) {

	public boolean isEmpty() {
		return on == null && by == null && note == null;
	}
}
