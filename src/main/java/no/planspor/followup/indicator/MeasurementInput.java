package no.planspor.followup.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import no.planspor.shared.JsonBody;
import no.planspor.shared.JsonChecks;
import no.planspor.shared.JsonKeys;
import no.planspor.shared.Problem;

import static no.planspor.shared.JsonChecks.Need.OPTIONAL;

/**
 * A measurement as typed (form fields) or sent (the API's JSON), read into a {@link NewMeasurement}.
 * What cannot be read becomes a problem at the member's path and null in the measurement, so that
 * {@link Measurements#record} reports it with everything else that is wrong, after checking who asks.
 */
record MeasurementInput(NewMeasurement measurement, List<Problem> problems) {

	static final Set<String> API_MEMBERS = Set.of("value", "asOf", "note", "source", "evidence");

	/** A value that is no number is told as the form tells it. */
	static final JsonKeys API_KEYS = JsonKeys.GENERIC.with(JsonKeys.Fault.NUMBER, "measurement.value.number");

	// Norwegian numbers as people type them: "30 000 000", "12,5"; an English "12.5" is read too.
	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]");

	private static final Pattern NUMBER = Pattern.compile("\\d+([.,]\\d+)?");

	/** From the item page's form: always MANUAL. */
	static MeasurementInput fromForm(String value, String asOf, String note, String evidence) {
		List<Problem> problems = new ArrayList<>();
		NewMeasurement m = new NewMeasurement(typedNumber(value, "$.value", problems), date(asOf, problems), blankToNull(note),
				MeasurementSource.MANUAL, blankToNull(evidence));
		return new MeasurementInput(m, List.copyOf(problems));
	}

	/**
	 * From the API: {@code {"value", "asOf", "note", "source", "evidence"}}, the body's object as
	 * {@link JsonBody} reads it. Members we do not know and wrong types become problems.
	 */
	static MeasurementInput fromJson(JsonNode root) {
		JsonChecks checks = new JsonChecks(API_KEYS);
		checks.object(root, "$", API_MEMBERS);
		BigDecimal value = checks.decimal(root, "value", "$");
		List<Problem> problems = new ArrayList<>();
		LocalDate asOf = date(checks.text(root, "asOf", "$", OPTIONAL), problems);
		String note = checks.text(root, "note", "$", OPTIONAL);
		String evidence = checks.text(root, "evidence", "$", OPTIONAL);
		MeasurementSource source = apiSource(checks.text(root, "source", "$", OPTIONAL), problems);
		problems.addAll(0, checks.problems());
		return new MeasurementInput(new NewMeasurement(value, asOf, note, source, evidence), List.copyOf(problems));
	}

	/** A number as a person types it, or null (with a problem) when it is none. */
	static BigDecimal typedNumber(String value, String path, List<Problem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String compact = SPACES.matcher(value).replaceAll("");
		boolean negative = compact.startsWith("-") || compact.startsWith("−");
		String digits = negative ? compact.substring(1) : compact;
		if (!NUMBER.matcher(digits).matches()) {
			problems.add(Problem.of(path, "measurement.value.number", value.strip()));
			return null;
		}
		BigDecimal number = new BigDecimal(digits.replace(',', '.'));
		return negative ? number.negate() : number;
	}

	private static LocalDate date(String value, List<Problem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException bad) {
			problems.add(Problem.of("$.asOf", "measurement.as-of.invalid", value));
			return null;
		}
	}

	/** The API's source: API when left out; MANUAL for a client that relays what a person typed. */
	private static MeasurementSource apiSource(String value, List<Problem> problems) {
		if (value == null) {
			return MeasurementSource.API;
		}
		try {
			MeasurementSource source = MeasurementSource.valueOf(value.strip().toUpperCase(Locale.ROOT));
			if (source == MeasurementSource.IMPORT) {
				problems.add(Problem.of("$.source", "measurement.source.reserved", value));
				return MeasurementSource.API;
			}
			return source;
		}
		catch (IllegalArgumentException unknown) {
			problems.add(Problem.of("$.source", "measurement.source.unknown", value));
			return MeasurementSource.API;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
