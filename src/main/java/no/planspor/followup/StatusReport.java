package no.planspor.followup;

import java.time.LocalDate;

/**
 * A status as the exchange format and the API carry it: {@code {"state", "asOf", "progress", "text"}}.
 *
 * @param progress 0-100 per cent, or null
 * @param text the narrative, or null
 */
public record StatusReport(State state, LocalDate asOf, Integer progress, String text) {
}
