package no.planspor.plan.editing;

import no.planspor.plan.Target;

/**
 * One indicator in a whole-item write (the item API's PUT): an existing one by its number and the
 * version it was read at, or a new one (number and version null). The order of the list is the new
 * order; an existing indicator left out is archived.
 */
public record IndicatorEdit(Integer number, String text, Target target, Integer version) {

	public boolean isNew() {
		return number == null;
	}
}
