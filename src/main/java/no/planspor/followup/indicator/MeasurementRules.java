package no.planspor.followup.indicator;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.planspor.plan.Target;
import no.planspor.shared.Problem;

/**
 * What makes a measured value acceptable, wherever it comes from (form, API, a future import).
 * Problem paths: {@code $.value}, {@code $.asOf}, {@code $.note}, {@code $.source}, {@code $.evidence}.
 */
public final class MeasurementRules {

	public static final int NOTE_MAX = 2000;

	public static final int EVIDENCE_MAX = 2000;

	/** numeric(18, 2): 16 digits before the decimal point. */
	static final int INTEGER_DIGITS_MAX = 16;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private MeasurementRules() {
	}

	/**
	 * @param kind the kind of the indicator's target: some kinds take only some numbers (a milestone is
	 *        0 or 1, a share at most 100, a count a whole number)
	 */
	public static List<Problem> check(NewMeasurement m, Target.Kind kind, int periodFrom, int periodTo, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		checkValue(m.value(), kind, problems);
		if (m.asOf() == null) {
			problems.add(Problem.of("$.asOf", "measurement.as-of.required"));
		}
		else if (m.asOf().isAfter(today)) {
			problems.add(Problem.of("$.asOf", "measurement.as-of.future", m.asOf()));
		}
		else if (m.asOf().getYear() < periodFrom || m.asOf().getYear() > periodTo) {
			problems.add(Problem.of("$.asOf", "measurement.as-of.outside-period", m.asOf(), periodFrom, periodTo));
		}
		if (m.note() != null && m.note().length() > NOTE_MAX) {
			problems.add(Problem.of("$.note", "measurement.note.too-long", m.note().length(), NOTE_MAX));
		}
		if (m.source() == null) {
			problems.add(Problem.of("$.source", "measurement.source.required"));
		}
		if (m.evidence() != null && !m.evidence().isBlank()) {
			checkEvidence(m.evidence().strip(), problems);
		}
		return problems;
	}

	private static void checkValue(BigDecimal value, Target.Kind kind, List<Problem> problems) {
		if (value == null) {
			problems.add(Problem.of("$.value", "measurement.value.required"));
			return;
		}
		BigDecimal plain = value.stripTrailingZeros();
		if (value.signum() < 0) {
			problems.add(Problem.of("$.value", "measurement.value.negative", value.toPlainString()));
		}
		else if (plain.scale() > 2) {
			problems.add(Problem.of("$.value", "measurement.value.decimals", value.toPlainString()));
		}
		else if (plain.precision() - plain.scale() > INTEGER_DIGITS_MAX) {
			problems.add(Problem.of("$.value", "measurement.value.too-large", INTEGER_DIGITS_MAX));
		}
		else if (kind == Target.Kind.MILESTONE && value.compareTo(BigDecimal.ZERO) != 0
				&& value.compareTo(BigDecimal.ONE) != 0) {
			problems.add(Problem.of("$.value", "measurement.value.milestone", value.toPlainString()));
		}
		else if (kind == Target.Kind.PERCENT && value.compareTo(HUNDRED) > 0) {
			problems.add(Problem.of("$.value", "measurement.value.percent", value.toPlainString()));
		}
		else if ((kind == Target.Kind.COUNT || kind == Target.Kind.RECURRING) && plain.scale() > 0) {
			problems.add(Problem.of("$.value", "measurement.value.whole", value.toPlainString()));
		}
	}

	private static void checkEvidence(String evidence, List<Problem> problems) {
		if (evidence.length() > EVIDENCE_MAX) {
			problems.add(Problem.of("$.evidence", "measurement.evidence.too-long", evidence.length(), EVIDENCE_MAX));
			return;
		}
		try {
			URI uri = new URI(evidence);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
				problems.add(Problem.of("$.evidence", "measurement.evidence.invalid"));
			}
		}
		catch (URISyntaxException bad) {
			problems.add(Problem.of("$.evidence", "measurement.evidence.invalid"));
		}
	}
}
