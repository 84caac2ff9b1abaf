package no.planspor.plan;

import java.util.List;

import no.planspor.shared.Problem;

/**
 * Something recorded against a plan's items with dates that must lie within the plan's period
 * (status updates and measurements, which the {@code followup} module keeps). Asked before a plan's
 * period changes, so that a shorter period cannot strand what has been recorded; implemented by the
 * modules that record, so that this one need not know them.
 */
public interface PeriodGuard {

	/** Problems (at {@code periodFrom} or {@code periodTo}) with the period {@code from}–{@code to}. */
	List<Problem> problemsWithPeriod(long planId, int from, int to);
}
