package no.planspor.followup;

import no.planspor.followup.status.StatusTimeline;

/**
 * What the item page's status section shows: where the item stands, its history, and whether the
 * reader may record a status (the form shows only then; the server checks again on every post).
 *
 * @param asOf the as-of dates the form offers; a blank form starts at the latest
 */
public record StatusPanel(String planCode, String itemCode, ItemFollowUp follow, StatusTimeline timeline,
		boolean mayRecord, AsOfDates asOf) {
}
