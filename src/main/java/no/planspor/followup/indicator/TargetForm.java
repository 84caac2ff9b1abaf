package no.planspor.followup.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import no.planspor.plan.Target.Kind;
import no.planspor.plan.Target.Per;
import no.planspor.plan.Target;
import no.planspor.plan.TargetRules;
import no.planspor.shared.Problem;

/**
 * The target form's values as typed (kept as text, so that a refused form shows what was entered).
 * Problems from {@link #read} have form field names as paths: {@code kind}, {@code value}, {@code unit},
 * {@code per}, {@code baselineValue}, {@code baselineAsOf}, {@code due}.
 *
 * @param due the due date; the form starts with the end of the plan period, which is stored as null
 *        ("the end of the plan period", so that it follows the period)
 * @param version the indicator's version the form was made from
 */
public record TargetForm(String kind, String value, String unit, String per, String baselineValue,
		String baselineAsOf, String due, String version) {

	/** The form for a target (the current one, or a proposal), or an empty one for null. */
	static TargetForm of(Target target, int version, int periodTo) {
		String end = LocalDate.of(periodTo, 12, 31).toString();
		if (target == null) {
			return new TargetForm(null, null, null, Per.PLAN.name(), null, null, end, String.valueOf(version));
		}
		return new TargetForm(target.kind().name(), text(target.value()), target.unit(),
				target.per() == null ? Per.PLAN.name() : target.per().name(),
				target.baseline() == null ? null : text(target.baseline().value()),
				target.baseline() == null || target.baseline().asOf() == null ? null : target.baseline().asOf().toString(),
				target.due() == null ? end : target.due().toString(), String.valueOf(version));
	}

	/** The same form, made from another version of the indicator (after a conflict). */
	TargetForm withVersion(int newVersion) {
		return new TargetForm(kind, value, unit, per, baselineValue, baselineAsOf, due, String.valueOf(newVersion));
	}

	int versionNumber() {
		try {
			return Integer.parseInt(version == null ? "" : version.strip());
		}
		catch (NumberFormatException bad) {
			return -1; // matches no version: the save is refused as a conflict, with the current target shown
		}
	}

	/** What was typed, as a target, with the problems found; the target is null when there are any. */
	Read read(int periodFrom, int periodTo) {
		List<Problem> problems = new ArrayList<>();
		Kind k = kindOf(problems);
		BigDecimal v = MeasurementInput.typedNumber(value, "value", problems);
		BigDecimal baseValue = MeasurementInput.typedNumber(baselineValue, "baselineValue", problems);
		LocalDate baseAsOf = date(baselineAsOf, "baselineAsOf", problems);
		LocalDate dueDate = date(due, "due", problems);
		if (dueDate != null && (dueDate.getYear() < periodFrom || dueDate.getYear() > periodTo)) {
			problems.add(Problem.of("due", "target.form.due.outside-period", dueDate, periodFrom, periodTo));
		}
		if (dueDate != null && dueDate.equals(LocalDate.of(periodTo, 12, 31))) {
			dueDate = null;
		}
		Per p = perOrPlan();
		String u = unit == null || unit.isBlank() ? null : unit.strip();
		Target.Baseline baseline = baseValue == null && baseAsOf == null ? null : new Target.Baseline(baseValue, baseAsOf);
		if (k == null) {
			return new Read(null, problems);
		}
		// Members that do not apply to the kind are null, whatever the form still held for them.
		Target target = switch (k) {
			case MILESTONE -> new Target(k, null, null, null, null, dueDate);
			case RECURRING -> new Target(k, v == null ? BigDecimal.ONE : v, u, Per.YEAR, null, dueDate);
			case PERCENT, INCREASE_PERCENT -> new Target(k, v, u == null ? "%" : u, p, baseline, dueDate);
			case AMOUNT -> new Target(k, v, u == null ? "NOK" : u, p, baseline, dueDate);
			case COUNT -> new Target(k, v, u, p, baseline, dueDate);
		};
		for (Problem rule : TargetRules.check(target, "$.target")) {
			String field = rule.path().replace("$.target.", "").replace("baseline.value", "baselineValue");
			if (problems.stream().noneMatch(seen -> seen.path().equals(field))) {
				problems.add(new Problem(field, rule.code(), rule.args()));
			}
		}
		return new Read(problems.isEmpty() ? target : null, List.copyOf(problems));
	}

	record Read(Target target, List<Problem> problems) {
	}

	private Kind kindOf(List<Problem> problems) {
		if (kind == null || kind.isBlank()) {
			problems.add(Problem.of("kind", "target.kind.required"));
			return null;
		}
		try {
			return Kind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			problems.add(Problem.of("kind", "target.kind.required"));
			return null;
		}
	}

	private Per perOrPlan() {
		try {
			return per == null || per.isBlank() ? Per.PLAN : Per.valueOf(per.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return Per.PLAN;
		}
	}

	private static LocalDate date(String text, String field, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException bad) {
			problems.add(Problem.of(field, "measurement.as-of.invalid", text.strip()));
			return null;
		}
	}

	private static String text(BigDecimal number) {
		return number == null ? null : TargetJson.plain(number).toPlainString();
	}
}
