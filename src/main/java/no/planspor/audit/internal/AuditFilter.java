package no.planspor.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import no.planspor.shared.Problem;

/**
 * The audit page's filters as they stand in its URL ({@code q, actor, type, plan, from, to}), and
 * what they mean for the query. Dates are whole days in the hospital's time zone, both inclusive.
 */
public record AuditFilter(String q, String actor, String type, String plan, String from, String to, Long planId, Instant fromInstant, Instant toInstant, List<Problem> problems) {

	private static final Pattern TYPE = Pattern.compile("[A-Z_]{1,40}");

	public static AuditFilter parse(Map<String, String> params, ZoneId zone) {
		String q = clean(params.get("q"));
		String actor = clean(params.get("actor"));
		String type = clean(params.get("type"));
		String plan = clean(params.get("plan"));
		String from = clean(params.get("from"));
		String to = clean(params.get("to"));
		List<Problem> problems = new ArrayList<>();
		if (q != null && q.length() > 200) {
			problems.add(Problem.of("q", "audit.filter.text-long", 200));
		}
		if (type != null && !TYPE.matcher(type).matches()) {
			problems.add(Problem.of("type", "audit.filter.type.invalid"));
		}
		Long planId = null;
		if (plan != null) {
			try {
				planId = Long.valueOf(plan);
			}
			catch (NumberFormatException ex) {
				problems.add(Problem.of("plan", "audit.filter.plan.invalid"));
			}
		}
		LocalDate fromDay = day(from, "from", problems);
		LocalDate toDay = day(to, "to", problems);
		if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
			problems.add(Problem.of("to", "audit.filter.backwards"));
		}
		Instant fromInstant = fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant();
		Instant toInstant = toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant();
		return new AuditFilter(q, actor, type, plan, from, to, planId, fromInstant, toInstant,
				List.copyOf(problems));
	}

	/** Free text, matched anywhere in the label, field name and old and new values. */
	public String text() {
		return q;
	}

	public String entityType() {
		return type;
	}

	public boolean isEmpty() {
		return q == null && actor == null && type == null && plan == null && from == null && to == null;
	}

	private static LocalDate day(String text, String field, List<Problem> problems) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problems.add(Problem.of(field, "audit.filter.date"));
			return null;
		}
	}

	private static String clean(String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}
}
