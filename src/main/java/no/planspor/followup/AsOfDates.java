package no.planspor.followup;

import java.time.LocalDate;

/**
 * The dates a status update or a measurement may be "as of", as {@link StatusRules} and the measurement
 * rules accept them: within the plan period's years and not after today. The forms start at
 * {@link #latest()}, so that an ended plan (2022-2025 seen in 2026) offers its last day, where a
 * closing report belongs, instead of a today that the server refuses.
 *
 * @param earliest 1 January of the period's first year
 * @param latest the earlier of today and 31 December of the period's last year
 */
public record AsOfDates(LocalDate earliest, LocalDate latest) {

	public static AsOfDates of(int periodFrom, int periodTo, LocalDate today) {
		LocalDate end = LocalDate.of(periodTo, 12, 31);
		return new AsOfDates(LocalDate.of(periodFrom, 1, 1), today.isAfter(end) ? end : today);
	}
}
