package no.planspor.followup.status;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusUpdates;
import no.planspor.shared.Problem;

/**
 * A status update as typed (form fields, or the API's JSON strings), read into a {@link StatusReport}.
 * What cannot be read becomes a problem at the field's path and null in the report, so that
 * {@link StatusUpdates#record(String, String, StatusReport, Long, List)} reports it with everything
 * else that is wrong, after checking who asks.
 */
record StatusInput(StatusReport report, Long correctsId, List<Problem> problems) {

	static final String STATES = String.join(", ", Arrays.stream(State.values()).map(State::name).toList());

	static StatusInput read(String state, String asOf, String progress, String text, String correctsId) {
		List<Problem> problems = new ArrayList<>();
		StatusReport report = new StatusReport(state(state, problems), asOf(asOf, problems),
				progress(progress, problems), blankToNull(text));
		return new StatusInput(report, id(correctsId, problems), List.copyOf(problems));
	}

	static State state(String value, List<Problem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return State.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			problems.add(Problem.of("$.state", "status.state.unknown", value, STATES));
			return null;
		}
	}

	static LocalDate asOf(String value, List<Problem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException bad) {
			problems.add(Problem.of("$.asOf", "status.as-of.invalid", value));
			return null;
		}
	}

	static Integer progress(String value, List<Problem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip().replace("%", "").strip());
		}
		catch (NumberFormatException bad) {
			problems.add(Problem.of("$.progress", "status.progress.number", value));
			return null;
		}
	}

	private static Long id(String value, List<Problem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException bad) {
			problems.add(Problem.of("$.correctsId", "status.corrects.invalid", value));
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
