package no.planspor.plan.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import no.planspor.plan.Limits;
import no.planspor.shared.Problem;

/**
 * The checks every edit makes on its text fields, collecting problems rather than stopping at the
 * first: a form or an API call hears about everything wrong with it at once. Text is trimmed and
 * blank becomes null. The item rules ({@link no.planspor.plan.ItemRules}) are made of these checks too.
 */
public class FieldChecks {

	private final List<Problem> problems = new ArrayList<>();

	public List<Problem> problems() {
		return problems;
	}

	public boolean ok() {
		return problems.isEmpty();
	}

	public void problem(String path, String code, Object... args) {
		problems.add(Problem.of(path, code, args));
	}

	public void problem(Problem problem) {
		problems.add(problem);
	}

	public boolean has(String path) {
		return problems.stream().anyMatch(p -> p.path().equals(path) || p.path().startsWith(path + "["));
	}

	/** The trimmed text, null when blank; a problem when required and blank, or longer than {@code max}. */
	public String text(String value, String path, boolean required, int max) {
		String text = value == null || value.isBlank() ? null : value.strip();
		if (text == null) {
			if (required) {
				problem(path, "plan.edit.required");
			}
			return null;
		}
		if (text.length() > max) {
			problem(path, "plan.edit.too-long", text.length(), max);
		}
		return text;
	}

	/**
	 * A list of codes, each trimmed, none blank, none twice, none too long. The answer has one entry per
	 * given code, null where the code was refused, so that callers can name each by its index.
	 */
	public List<String> codes(List<String> values, String path, int max) {
		List<String> codes = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<String> given = values == null ? List.of() : values;
		for (int i = 0; i < given.size(); i++) {
			String at = path + "[" + i + "]";
			String code = given.get(i) == null ? null : given.get(i).strip();
			if (code == null || code.isEmpty()) {
				problem(at, "plan.edit.required");
				code = null;
			}
			else if (code.length() > max) {
				problem(at, "plan.edit.too-long", code.length(), max);
				code = null;
			}
			else if (!seen.add(code)) {
				problem(at, "plan.edit.duplicate", code);
				code = null;
			}
			codes.add(code);
		}
		return codes;
	}

	/** A plan's period: both years within the limits and not backwards. */
	public void period(Integer from, Integer to) {
		year(from, "periodFrom");
		year(to, "periodTo");
		if (from != null && to != null && from > to && !has("periodFrom") && !has("periodTo")) {
			problem("periodTo", "plan.edit.period.backwards", from, to);
		}
	}

	private void year(Integer year, String path) {
		if (year == null) {
			problem(path, "plan.edit.required");
		}
		else if (year < Limits.YEAR_MIN || year > Limits.YEAR_MAX) {
			problem(path, "plan.edit.year", Limits.YEAR_MIN, Limits.YEAR_MAX);
		}
	}
}
