package no.planspor.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import no.planspor.shared.Problem;

/**
 * Reads the body of a {@code PUT /api/plans/{plan}/items/{item}} into fields to write, naming every
 * problem with its JSON path. Every writable member must be present (null where a value may be
 * absent): a partial document is refused rather than read as "clear the rest".
 */
final class ItemDocumentReader {

	static final Set<String> MEMBERS = Set.of("plan", "code", "kind", "parent", "title", "text", "deadline", "comment",
			"responsible", "strategyRefs", "seeAlso", "shortlists", "indicators", "version");

	static final Set<String> INDICATOR = Set.of("number", "text", "target", "version");

	static final Set<String> TARGET = Set.of("kind", "value", "unit", "per", "baseline", "due");

	static final Set<String> BASELINE = Set.of("value", "asOf");

	/** What the body says; the fields hold what could be read, the problems say what could not. */
	record Reading(ItemFields fields, List<IndicatorEdit> indicators, Integer version, String plan,
			List<String> shortlists, List<Problem> problems) {
	}

	private final List<Problem> problems = new ArrayList<>();

	Reading read(JsonNode body) {
		if (body == null || !body.isObject()) {
			problem("$", "plan.json.type.object");
			return new Reading(null, null, null, null, null, problems);
		}
		for (String name : body.propertyNames()) {
			if (!MEMBERS.contains(name)) {
				problem("$." + name, "plan.json.unknown-field", name);
			}
		}
		String plan = text(body, "plan", "$", false);
		String code = text(body, "code", "$", true);
		ItemKind kind = choice(body, "kind", "$", ItemKind.class, true);
		String parent = text(body, "parent", "$", true);
		String title = text(body, "title", "$", true);
		String text = text(body, "text", "$", true);
		LocalDate deadline = date(body, "deadline", "$", true);
		String comment = text(body, "comment", "$", true);
		List<String> responsible = texts(body, "responsible", "$", true);
		List<String> strategyRefs = texts(body, "strategyRefs", "$", true);
		List<String> seeAlso = texts(body, "seeAlso", "$", true);
		List<String> shortlists = body.has("shortlists") ? texts(body, "shortlists", "$", false) : null;
		List<IndicatorEdit> indicators = indicators(body);
		Integer version = integer(body, "version", "$", true);
		ItemFields fields = new ItemFields(parent, kind, code, title, text, deadline, comment, responsible, strategyRefs,
				seeAlso);
		return new Reading(fields, indicators, version, plan, shortlists, List.copyOf(problems));
	}

	private List<IndicatorEdit> indicators(JsonNode body) {
		List<IndicatorEdit> indicators = new ArrayList<>();
		JsonNode list = member(body, "indicators", "$", true);
		if (list == null) {
			return indicators;
		}
		if (!list.isArray()) {
			problem("$.indicators", "plan.json.type.array");
			return indicators;
		}
		for (int i = 0; i < list.size(); i++) {
			String path = "$.indicators[" + i + "]";
			JsonNode node = list.get(i);
			if (!object(node, path, INDICATOR)) {
				continue;
			}
			Integer number = integer(node, "number", path, false);
			Integer version = integer(node, "version", path, false);
			String text = text(node, "text", path, true);
			indicators.add(new IndicatorEdit(number, text, target(node, path), version));
		}
		return indicators;
	}

	private Target target(JsonNode indicator, String indicatorPath) {
		JsonNode node = indicator.get("target");
		if (node == null || node.isNull()) {
			return null;
		}
		String path = indicatorPath + ".target";
		if (!object(node, path, TARGET)) {
			return null;
		}
		Target.Baseline baseline = null;
		JsonNode base = node.get("baseline");
		if (base != null && !base.isNull() && object(base, path + ".baseline", BASELINE)) {
			baseline = new Target.Baseline(decimal(base, "value", path + ".baseline"),
					date(base, "asOf", path + ".baseline", false));
		}
		Target.Kind kind = choice(node, "kind", path, Target.Kind.class, true);
		return new Target(kind, decimal(node, "value", path), text(node, "unit", path, false),
				choice(node, "per", path, Target.Per.class, false), baseline, date(node, "due", path, false));
	}

	private boolean object(JsonNode node, String path, Set<String> allowed) {
		if (node == null || !node.isObject()) {
			problem(path, "plan.json.type.object");
			return false;
		}
		for (String name : node.propertyNames()) {
			if (!allowed.contains(name)) {
				problem(path + "." + name, "plan.json.unknown-field", name);
			}
		}
		return true;
	}

	/** The member, or null when it is null; a problem when a required member is missing altogether. */
	private JsonNode member(JsonNode parent, String name, String path, boolean required) {
		JsonNode node = parent.get(name);
		if (node == null) {
			if (required) {
				problem(path + "." + name, "plan.json.missing");
			}
			return null;
		}
		return node.isNull() ? null : node;
	}

	private String text(JsonNode parent, String name, String path, boolean required) {
		JsonNode node = member(parent, name, path, required);
		if (node == null) {
			return null;
		}
		if (!node.isString()) {
			problem(path + "." + name, "plan.json.type.text");
			return null;
		}
		return node.stringValue();
	}

	private Integer integer(JsonNode parent, String name, String path, boolean required) {
		JsonNode node = member(parent, name, path, required);
		if (node == null) {
			if (required && parent.has(name)) {
				problem(path + "." + name, "plan.edit.required");
			}
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt()) {
			problem(path + "." + name, "plan.json.type.integer");
			return null;
		}
		return node.intValue();
	}

	/** Trailing zeros go, as the database gives numbers back: 3.0 and 3 are the same target. */
	private BigDecimal decimal(JsonNode parent, String name, String path) {
		JsonNode node = member(parent, name, path, false);
		if (node == null) {
			return null;
		}
		if (!node.isNumber()) {
			problem(path + "." + name, "plan.json.type.number");
			return null;
		}
		BigDecimal value = node.decimalValue().stripTrailingZeros();
		return value.scale() < 0 ? value.setScale(0) : value;
	}

	private LocalDate date(JsonNode parent, String name, String path, boolean required) {
		String value = text(parent, name, path, required);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problem(path + "." + name, "plan.json.date", value);
			return null;
		}
	}

	private <E extends Enum<E>> E choice(JsonNode parent, String name, String path, Class<E> type, boolean required) {
		String value = text(parent, name, path, required);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			problem(path + "." + name, "plan.json.choice", value, allowed);
			return null;
		}
	}

	/** An array of strings; null reads as empty. A member that is not a string is named by its index. */
	private List<String> texts(JsonNode parent, String name, String path, boolean required) {
		JsonNode node = member(parent, name, path, required);
		List<String> values = new ArrayList<>();
		if (node == null) {
			return values;
		}
		if (!node.isArray()) {
			problem(path + "." + name, "plan.json.type.array");
			return values;
		}
		for (int i = 0; i < node.size(); i++) {
			JsonNode element = node.get(i);
			if (!element.isString()) {
				problem(path + "." + name + "[" + i + "]", "plan.json.type.text");
				values.add(null);
			}
			else {
				values.add(element.stringValue());
			}
		}
		return values;
	}

	private void problem(String path, String code, Object... args) {
		problems.add(Problem.of(path, code, args));
	}
}
