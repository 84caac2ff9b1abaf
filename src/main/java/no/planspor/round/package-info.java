/**
 * Reporting rounds (statusrunder): a plan's owner asks everyone who answers for the measures in scope
 * to record their status by a due date, follows the answers as they come in, reminds those who still
 * owe, and closes the round, which freezes its result.
 *
 * <p>This package is the module's API: {@link no.planspor.round.RoundReader} reads a round and which
 * of its items were answered (the committee report uses it), with the records it returns
 * ({@link no.planspor.round.Round}, {@link no.planspor.round.RoundResult}); closing a round publishes
 * {@link no.planspor.round.RoundClosed} inside the closing transaction (the version module makes a
 * version of the plan on it). The rest is internal:
 * {@code internal} (the rules, the SQL, who is asked, the letters and the reminder schedule) and
 * {@code web} (the round pages and {@code /api/rounds}). "Mine tiltak" learns what a person owes through
 * {@link no.planspor.followup.OwedRounds}, which this module implements, so that followup does not
 * depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting rounds",
		allowedDependencies = { "plan", "followup", "account", "audit", "mail", "web", "shared" })
package no.planspor.round;
