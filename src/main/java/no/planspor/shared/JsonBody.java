package no.planspor.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.shared.JsonKeys.Fault;

/**
 * Reads a request body strictly into a JSON object: no more than a limit of bytes, valid JSON with
 * nothing after it, and no key twice in one object (a parser that lets the last one win would save
 * what the sender did not see). Anything else is refused as one problem at {@code $}; what the object
 * says is for {@link JsonChecks} to judge.
 */
public final class JsonBody {

	/** One megabyte: room for any single item, update or value, far beneath a whole plan. */
	public static final int MAX_BYTES = 1024 * 1024;

	private static final JsonMapper PARSER = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private JsonBody() {
	}

	/** The body's object, reading at most one byte more than {@code maxBytes}. */
	public static ObjectNode object(InputStream body, int maxBytes, JsonKeys keys) {
		return object(bytes(body, maxBytes, keys), maxBytes, keys);
	}

	/** The body's bytes; reads at most one byte more than allowed, so an oversized body is never read whole. */
	public static byte[] bytes(InputStream body, int maxBytes, JsonKeys keys) {
		try {
			byte[] bytes = body == null ? new byte[0] : body.readNBytes(maxBytes + 1);
			checkSize(bytes, maxBytes, keys);
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static ObjectNode object(byte[] body, int maxBytes, JsonKeys keys) {
		checkSize(body, maxBytes, keys);
		JsonNode root = parse(body == null ? new byte[0] : body, keys);
		if (root == null) {
			throw InvalidInput.of("$", keys.key(Fault.EMPTY));
		}
		if (!(root instanceof ObjectNode object)) {
			throw InvalidInput.of("$", keys.key(Fault.NOT_AN_OBJECT));
		}
		return object;
	}

	/**
	 * The body's one value, whatever JSON it is (a list, for a call that replaces one); refused like
	 * {@link #object} when it is too large, no JSON or empty.
	 */
	public static JsonNode value(InputStream body, int maxBytes, JsonKeys keys) {
		JsonNode root = parse(bytes(body, maxBytes, keys), keys);
		if (root == null) {
			throw InvalidInput.of("$", keys.key(Fault.EMPTY));
		}
		return root;
	}

	private static void checkSize(byte[] body, int maxBytes, JsonKeys keys) {
		if (body != null && body.length > maxBytes) {
			throw InvalidInput.of("$", keys.key(Fault.TOO_LARGE), kilobytes(body.length), kilobytes(maxBytes));
		}
	}

	private static int kilobytes(int bytes) {
		return (bytes + 1023) / 1024;
	}

	/** The document's one value, or null when there is none. */
	private static JsonNode parse(byte[] body, JsonKeys keys) {
		try (JsonParser parser = PARSER.createParser(body)) {
			try {
				JsonToken first = parser.nextToken();
				if (first == null) {
					return null;
				}
				JsonNode root = value(parser, first, keys);
				if (parser.nextToken() != null) {
					throw malformed(parser.currentTokenLocation(), keys);
				}
				return root;
			}
			catch (JacksonException ex) {
				throw malformed(ex.getLocation() != null ? ex.getLocation() : parser.currentLocation(), keys);
			}
		}
	}

	// The tree is built here rather than by the mapper so that a repeated key can be named.
	private static JsonNode value(JsonParser parser, JsonToken token, JsonKeys keys) {
		if (token == null) {
			throw malformed(parser.currentLocation(), keys);
		}
		return switch (token) {
			case START_OBJECT -> object(parser, keys);
			case START_ARRAY -> array(parser, keys);
			case VALUE_STRING -> NODES.stringNode(parser.getString());
			case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
				case INT -> NODES.numberNode(parser.getIntValue());
				case LONG -> NODES.numberNode(parser.getLongValue());
				default -> NODES.numberNode(parser.getBigIntegerValue());
			};
			// Decimals as written, so that 12.345 stays 12.345 (and is refused) instead of a double's guess.
			case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
			case VALUE_TRUE, VALUE_FALSE -> NODES.booleanNode(token == JsonToken.VALUE_TRUE);
			case VALUE_NULL -> NODES.nullNode();
			default -> throw malformed(parser.currentTokenLocation(), keys);
		};
	}

	private static ObjectNode object(JsonParser parser, JsonKeys keys) {
		ObjectNode object = NODES.objectNode();
		for (String name = parser.nextName(); name != null; name = parser.nextName()) {
			if (object.has(name)) {
				TokenStreamLocation at = parser.currentTokenLocation();
				throw InvalidInput.of("$", keys.key(Fault.DUPLICATE_KEY), name, at.getLineNr(), at.getColumnNr());
			}
			object.set(name, value(parser, parser.nextToken(), keys));
		}
		return object;
	}

	private static ArrayNode array(JsonParser parser, JsonKeys keys) {
		ArrayNode array = NODES.arrayNode();
		for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			array.add(value(parser, token, keys));
		}
		return array;
	}

	private static InvalidInput malformed(TokenStreamLocation where, JsonKeys keys) {
		return InvalidInput.of("$", keys.key(Fault.MALFORMED), where.getLineNr(), where.getColumnNr());
	}
}
