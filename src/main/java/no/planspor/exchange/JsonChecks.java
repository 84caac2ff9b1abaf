package no.planspor.exchange;

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
 * Reads values out of a JSON tree while collecting every problem with its JSON path, so that one
 * answer can list all that is wrong with a document instead of the first thing only.
 */
final class JsonChecks {

	private final List<Problem> problems = new ArrayList<>();

	List<Problem> problems() {
		return problems;
	}

	void problem(String path, String code, Object... args) {
		problems.add(Problem.of(path, code, args));
	}

	/** The node as an object with only the allowed members, or null (and a problem). */
	JsonNode object(JsonNode node, String path, Set<String> allowed) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			problem(path, "exchange.required");
			return null;
		}
		if (!node.isObject()) {
			problem(path, "exchange.type.object");
			return null;
		}
		for (String name : node.propertyNames()) {
			if (!allowed.contains(name)) {
				problem(path + "." + name, "exchange.unknown-field", name);
			}
		}
		return node;
	}

	/** A nullable object: null stays null, anything else must be an object with allowed members. */
	JsonNode optionalObject(JsonNode parent, String name, String path, Set<String> allowed) {
		JsonNode node = parent.path(name);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		return object(node, path + "." + name, allowed);
	}

	String text(JsonNode parent, String name, String path, boolean required, int max) {
		JsonNode node = parent.path(name);
		String at = path + "." + name;
		if (node.isMissingNode() || node.isNull()) {
			if (required) {
				problem(at, "exchange.required");
			}
			return null;
		}
		if (!node.isString()) {
			problem(at, "exchange.type.text");
			return null;
		}
		String value = node.stringValue();
		if (required && value.isBlank()) {
			problem(at, "exchange.required");
			return null;
		}
		if (value.length() > max) {
			problem(at, "exchange.too-long", value.length(), max);
		}
		return value;
	}

	Integer integer(JsonNode parent, String name, String path, boolean required) {
		JsonNode node = parent.path(name);
		String at = path + "." + name;
		if (node.isMissingNode() || node.isNull()) {
			if (required) {
				problem(at, "exchange.required");
			}
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToInt()) {
			problem(at, "exchange.type.integer");
			return null;
		}
		return node.intValue();
	}

	BigDecimal decimal(JsonNode parent, String name, String path) {
		JsonNode node = parent.path(name);
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (!node.isNumber()) {
			problem(path + "." + name, "exchange.type.number");
			return null;
		}
		return node.decimalValue();
	}

	LocalDate date(JsonNode parent, String name, String path) {
		String value = text(parent, name, path, false, 10);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problem(path + "." + name, "exchange.date", value);
			return null;
		}
	}

	<E extends Enum<E>> E choice(JsonNode parent, String name, String path, Class<E> type, boolean required) {
		String value = text(parent, name, path, required, 40);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			problem(path + "." + name, "exchange.choice", value, allowed);
			return null;
		}
	}

	/** An array member; absent or null reads as empty. */
	List<JsonNode> array(JsonNode parent, String name, String path) {
		JsonNode node = parent.path(name);
		if (node.isMissingNode() || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			problem(path + "." + name, "exchange.type.array");
			return List.of();
		}
		List<JsonNode> elements = new ArrayList<>();
		node.values().forEach(elements::add);
		return elements;
	}

	/** An array of strings, each at most {@code max} long. */
	List<String> texts(JsonNode parent, String name, String path, int max) {
		List<String> values = new ArrayList<>();
		List<JsonNode> elements = array(parent, name, path);
		for (int i = 0; i < elements.size(); i++) {
			JsonNode element = elements.get(i);
			String at = path + "." + name + "[" + i + "]";
			if (!element.isString() || element.stringValue().isBlank()) {
				problem(at, "exchange.type.text");
			}
			else if (element.stringValue().length() > max) {
				problem(at, "exchange.too-long", element.stringValue().length(), max);
			}
			else {
				values.add(element.stringValue());
			}
		}
		return values;
	}
}
