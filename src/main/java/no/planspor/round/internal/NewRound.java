package no.planspor.round.internal;

import java.time.LocalDate;

import no.planspor.round.RoundScope;

/** What the owner says about a round when creating it; any member may be null (and is then a problem). */
public record NewRound(String title, LocalDate asOf, LocalDate due, RoundScope scope, String message) {

	public NewRound {
		scope = scope == null ? RoundScope.ALL : scope;
	}
}
