package no.planspor.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import no.planspor.shared.Problem;

/** Turns what a form sent (always text) into values, naming what could not be read. */
final class FormValues {

	private FormValues() {
	}

	static LocalDate date(String raw, String field, List<Problem> problems) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(Problem.of(field, "plan.edit.date"));
			return null;
		}
	}

	static Integer integer(String raw, String field, List<Problem> problems) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(raw.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(Problem.of(field, "plan.edit.number"));
			return null;
		}
	}

	static <E extends Enum<E>> E choice(String raw, Class<E> type, String field, List<Problem> problems) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, raw.strip());
		}
		catch (IllegalArgumentException ex) {
			problems.add(Problem.of(field, "plan.edit.choice"));
			return null;
		}
	}

	/** One value per non-blank line. */
	static List<String> lines(String raw) {
		if (raw == null) {
			return List.of();
		}
		return Arrays.stream(raw.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	/** A version the form sent; anything unreadable is no version, and so stale. */
	static int version(String raw) {
		try {
			return Integer.parseInt(raw.strip());
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	/**
	 * The codes now chosen, those that were there before first and in their old order: ticking boxes
	 * in a list cannot say where a code goes, so saving a form does not reorder what the plan lists.
	 */
	static List<String> keepOrder(List<String> before, List<String> chosen) {
		List<String> ordered = new ArrayList<>(before.stream().filter(chosen::contains).toList());
		chosen.stream().filter(code -> !ordered.contains(code)).forEach(ordered::add);
		return ordered;
	}
}
