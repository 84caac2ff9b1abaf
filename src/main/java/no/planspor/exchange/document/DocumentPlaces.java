package no.planspor.exchange.document;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Names the place in a plan document that a problem's JSON path points at, as a person knows it:
 * "Tiltak T1.1 a)", "Tiltak T1.1 a), indikator 2". A path says where to look in the file; the place
 * says which item of the plan it is.
 */
public final class DocumentPlaces {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern ITEM = Pattern.compile("^\\$\\.items\\[(\\d+)]((?:\\.children\\[\\d+])*)(?:\\.indicators\\[(\\d+)])?");

	private static final Pattern CHILD = Pattern.compile("\\.children\\[(\\d+)]");

	private final JsonNode root;

	private DocumentPlaces(JsonNode root) {
		this.root = root;
	}

	/** The places of a document as uploaded; a document that is not JSON has none. */
	public static DocumentPlaces of(byte[] document) {
		try {
			return new DocumentPlaces(document == null ? null : JSON.readTree(document));
		}
		catch (JacksonException notJson) {
			return new DocumentPlaces(null);
		}
	}

	/** The place {@code path} is in, in the reader's words, or null when it is not within an item that has a code. */
	public String place(String path, MessageSource messages, Locale locale) {
		Matcher m = path == null || root == null ? null : ITEM.matcher(path);
		if (m == null || !m.find()) {
			return null;
		}
		JsonNode item = root.path("items").path(Integer.parseInt(m.group(1)));
		Matcher child = CHILD.matcher(m.group(2));
		while (child.find()) {
			item = item.path("children").path(Integer.parseInt(child.group(1)));
		}
		if (!item.path("code").isString() || !item.path("kind").isString()) {
			return null;
		}
		String planKind = root.path("kind").isString() ? root.path("kind").asString() : "ACTION_PLAN";
		String kind = item.path("kind").asString();
		String kindWords = messages.getMessage("plan.kind." + planKind + "." + kind, null, kind, locale);
		String code = item.path("code").asString();
		return m.group(3) == null
				? messages.getMessage("exchange.place.item", new Object[] { kindWords, code }, locale)
				: messages.getMessage("exchange.place.indicator",
						new Object[] { kindWords, code, Integer.parseInt(m.group(3)) + 1 }, locale);
	}
}
