package no.planspor.shared;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import no.planspor.shared.JsonKeys.Fault;

/**
 * Reads values out of a JSON tree (as {@link JsonBody} gives it) while collecting every problem with
 * its JSON path, so that one answer can list all that is wrong with a document instead of the first
 * thing only. A value that cannot be read is null (in a list: null in its place, so that later checks
 * still name the right index); the problem says why.
 *
 * <p>
 * Members are named by their parent, their name and the parent's path: {@code text(item, "title",
 * "$.items[0]", VALUE, 500)} reads {@code $.items[0].title}.
 */
public final class JsonChecks {

	/** What a member must be. */
	public enum Need {

		/** May be left out or null. */
		OPTIONAL,
		/** Must be sent, but may be null: a whole document, where leaving out is not "clear it". */
		PRESENT,
		/** Must have a value: not left out, not null, and for a text not blank. */
		VALUE
	}

	private final JsonKeys keys;

	private final List<Problem> problems = new ArrayList<>();

	public JsonChecks(JsonKeys keys) {
		this.keys = keys;
	}

	public List<Problem> problems() {
		return List.copyOf(problems);
	}

	/** Adds a problem of the caller's own, such as a rule of its format. */
	public void problem(String path, String code, Object... args) {
		problems.add(Problem.of(path, code, args));
	}

	/** Throws every problem found so far, if there is any. */
	public void refuseIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	/** The node as an object with only the allowed members, or null (and a problem). */
	public JsonNode object(JsonNode node, String path, Set<String> allowed) {
		if (node == null || !node.isObject()) {
			wrongType(path, Fault.OBJECT, node);
			return null;
		}
		for (String name : node.propertyNames()) {
			if (!allowed.contains(name)) {
				problem(path + "." + name, Fault.UNKNOWN_FIELD, name);
			}
		}
		return node;
	}

	/** A member that is an object with only the allowed members; null when it is null or cannot be read. */
	public JsonNode object(JsonNode parent, String name, String path, Need need, Set<String> allowed) {
		JsonNode node = member(parent, name, path, need);
		return node == null ? null : object(node, path + "." + name, allowed);
	}

	/** A text of any length. */
	public String text(JsonNode parent, String name, String path, Need need) {
		return text(parent, name, path, need, Integer.MAX_VALUE);
	}

	/** A text; one longer than {@code max} is a problem, but still given back so later checks can use it. */
	public String text(JsonNode parent, String name, String path, Need need, int max) {
		JsonNode node = member(parent, name, path, need);
		String at = path + "." + name;
		if (node == null) {
			return null;
		}
		if (!node.isString()) {
			wrongType(at, Fault.TEXT, node);
			return null;
		}
		String value = node.stringValue();
		if (need == Need.VALUE && value.isBlank()) {
			problem(at, Fault.REQUIRED);
			return null;
		}
		if (value.length() > max) {
			problem(at, Fault.TOO_LONG, value.length(), max);
		}
		return value;
	}

	public Integer integer(JsonNode parent, String name, String path, Need need) {
		JsonNode node = whole(parent, name, path, need, JsonNode::canConvertToInt);
		return node == null ? null : node.intValue();
	}

	/** A whole number as large as an id. */
	public Long longInteger(JsonNode parent, String name, String path, Need need) {
		JsonNode node = whole(parent, name, path, need, JsonNode::canConvertToLong);
		return node == null ? null : node.longValue();
	}

	/** A number, {@link #plain} (3.0 and 3 are the same value). */
	public BigDecimal decimal(JsonNode parent, String name, String path) {
		JsonNode node = member(parent, name, path, Need.OPTIONAL);
		if (node == null) {
			return null;
		}
		if (!node.isNumber()) {
			wrongType(path + "." + name, Fault.NUMBER, node);
			return null;
		}
		return plain(node.decimalValue());
	}

	/** A date written YYYY-MM-DD. */
	public LocalDate date(JsonNode parent, String name, String path, Need need) {
		String value = text(parent, name, path, need);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problem(path + "." + name, Fault.DATE, value);
			return null;
		}
	}

	/** One of an enum's constants, by its name. */
	public <E extends Enum<E>> E choice(JsonNode parent, String name, String path, Class<E> type, Need need) {
		String value = text(parent, name, path, need);
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
			problem(path + "." + name, Fault.CHOICE, value, allowed);
			return null;
		}
	}

	/** An array's elements; empty when it is null or cannot be read. */
	public List<JsonNode> array(JsonNode parent, String name, String path, Need need) {
		JsonNode node = member(parent, name, path, need);
		if (node == null) {
			return List.of();
		}
		if (!node.isArray()) {
			wrongType(path + "." + name, Fault.ARRAY, node);
			return List.of();
		}
		List<JsonNode> elements = new ArrayList<>();
		node.values().forEach(elements::add);
		return elements;
	}

	/** An array of texts as sent, blank ones too; null in the place of an element that is no text. */
	public List<String> texts(JsonNode parent, String name, String path, Need need) {
		return strings(parent, name, path, need, false, Integer.MAX_VALUE);
	}

	/**
	 * An array of codes: texts, none blank, none longer than {@code max}; null in the place of an element
	 * that is none.
	 */
	public List<String> codes(JsonNode parent, String name, String path, Need need, int max) {
		return strings(parent, name, path, need, true, max);
	}

	/** Without trailing zeros and never in exponent form, as the database gives numbers back. */
	public static BigDecimal plain(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private List<String> strings(JsonNode parent, String name, String path, Need need, boolean code, int max) {
		List<String> values = new ArrayList<>();
		List<JsonNode> elements = array(parent, name, path, need);
		for (int i = 0; i < elements.size(); i++) {
			JsonNode element = elements.get(i);
			String at = path + "." + name + "[" + i + "]";
			String value = null;
			if (!element.isString() || code && element.stringValue().isBlank()) {
				wrongType(at, Fault.TEXT, element);
			}
			else if (element.stringValue().length() > max) {
				problem(at, Fault.TOO_LONG, element.stringValue().length(), max);
			}
			else {
				value = element.stringValue();
			}
			values.add(value);
		}
		return values;
	}

	/** A whole number in the range {@code fits} allows; a decimal such as 2.0 is refused as written. */
	private JsonNode whole(JsonNode parent, String name, String path, Need need, Predicate<JsonNode> fits) {
		JsonNode node = member(parent, name, path, need);
		if (node != null && (!node.isIntegralNumber() || !fits.test(node))) {
			wrongType(path + "." + name, Fault.INTEGER, node);
			return null;
		}
		return node;
	}

	/** The member, or null when it is null or left out; a problem when the need says it may not be. */
	private JsonNode member(JsonNode parent, String name, String path, Need need) {
		JsonNode node = parent.get(name);
		if (node == null) {
			if (need != Need.OPTIONAL) {
				problem(path + "." + name, Fault.MISSING);
			}
			return null;
		}
		if (node.isNull()) {
			if (need == Need.VALUE) {
				problem(path + "." + name, Fault.REQUIRED);
			}
			return null;
		}
		return node;
	}

	private void wrongType(String path, Fault fault, JsonNode node) {
		problem(path, fault, node == null ? "null" : node.toString());
	}

	private void problem(String path, Fault fault, Object... args) {
		problem(path, keys.key(fault), args);
	}
}
