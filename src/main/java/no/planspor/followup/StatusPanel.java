package no.planspor.followup;

import java.time.LocalDate;

import no.planspor.followup.status.StatusTimeline;

/**
 * What the item page's status section shows: where the item stands, its history, and whether the
 * reader may record a status (the form shows only then; the server checks again on every post).
 *
 * @param periodStart the first day of the plan period, the earliest as-of date the form offers
 */
public record StatusPanel(String planCode, String itemCode, ItemFollowUp follow, StatusTimeline timeline,
		boolean mayRecord, LocalDate periodStart) {
}
