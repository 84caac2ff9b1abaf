package no.planspor.round.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import no.planspor.round.RoundScope;
import no.planspor.round.internal.NewRound;
import no.planspor.shared.Problem;

/**
 * The form that creates a round, as typed. Dates as texts (YYYY-MM-DD, as a date field sends them), so
 * that one that is no date comes back as typed with its problem.
 *
 * @param scope "all", "shortlist" or "goals"
 */
public record RoundForm(String title, String asOf, String due, String scope, String shortlist, List<String> goals,
		String message) {

	public RoundForm {
		goals = goals == null ? List.of() : List.copyOf(goals);
	}

	static RoundForm blank(LocalDate today) {
		return new RoundForm("", today.toString(), today.plusDays(14).toString(), "all", null, List.of(), "");
	}

	public boolean chose(String goal) {
		return goals.contains(goal);
	}

	/** What the form says, and the problems met reading it (the date fields that are no dates). */
	record Reading(NewRound round, List<Problem> problems) {
	}

	Reading read() {
		List<Problem> problems = new ArrayList<>();
		LocalDate from = date(asOf, "$.asOf", problems);
		LocalDate to = date(due, "$.due", problems);
		RoundScope chosen = switch (scope == null ? "all" : scope) {
			case "shortlist" -> RoundScope.shortlist(shortlist == null || shortlist.isBlank() ? "" : shortlist);
			case "goals" -> RoundScope.goals(goals);
			default -> RoundScope.ALL;
		};
		return new Reading(new NewRound(title, from, to, chosen, message), problems);
	}

	private static LocalDate date(String text, String path, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(Problem.of(path, "round.date.invalid", text));
			return null;
		}
	}
}
