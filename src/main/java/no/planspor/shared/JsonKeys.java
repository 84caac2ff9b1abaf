package no.planspor.shared;

import java.util.EnumMap;
import java.util.Map;

/**
 * The message key an API answers for each kind of JSON problem. A problem's {@code code} is part of
 * an API's contract (docs/api.md: "code is stable"), and the importer and the item API had their own
 * codes before the APIs shared one reader, so each API keeps its codes; the wording behind the
 * generic {@code error.json.*} keys lives in the web bundle.
 */
public final class JsonKeys {

	/** What can be wrong with a JSON body, from its bytes down to one member. */
	public enum Fault {

		/** The body is larger than allowed. Arguments: its size and the limit, in kB. */
		TOO_LARGE("too-large"),
		/** Not JSON. Arguments: line, column. */
		MALFORMED("malformed"),
		/** An object names one key twice. Arguments: the key, line, column. */
		DUPLICATE_KEY("duplicate-key"),
		/** No body at all. */
		EMPTY("empty"),
		/** A body that is JSON but not an object. */
		NOT_AN_OBJECT("not-an-object"),
		/** A member the reader does not know. Argument: its name. */
		UNKNOWN_FIELD("unknown-field"),
		/** A member that must be sent is left out. */
		MISSING("missing"),
		/** A member that needs a value is null (or, for a text, blank). */
		REQUIRED("required"),
		/** A value of the wrong type; each carries the value as JSON as its argument. */
		OBJECT("type.object"), TEXT("type.text"), INTEGER("type.integer"), NUMBER("type.number"), ARRAY("type.array"),
		/** Arguments: the length and the limit. */
		TOO_LONG("too-long"),
		/** Not a date YYYY-MM-DD. Argument: the text. */
		DATE("date"),
		/** Not one of the allowed values. Arguments: the text, the allowed values. */
		CHOICE("choice");

		private final String suffix;

		Fault(String suffix) {
			this.suffix = suffix;
		}
	}

	/** The keys of the web bundle: what an API without codes of its own answers. */
	public static final JsonKeys GENERIC = generic();

	private final Map<Fault, String> keys;

	private JsonKeys(Map<Fault, String> keys) {
		this.keys = keys;
	}

	public String key(Fault fault) {
		return keys.get(fault);
	}

	/** These keys, but {@code fault} answered with {@code key}. */
	public JsonKeys with(Fault fault, String key) {
		Map<Fault, String> changed = new EnumMap<>(keys);
		changed.put(fault, key);
		return new JsonKeys(changed);
	}

	/**
	 * These keys, but the given faults answered with a module's own keys: {@code prefix} followed by the
	 * fault's usual name ({@code exchange.} gives {@code exchange.type.text}, {@code exchange.required}).
	 */
	public JsonKeys withPrefix(String prefix, Fault... faults) {
		Map<Fault, String> changed = new EnumMap<>(keys);
		for (Fault fault : faults) {
			changed.put(fault, prefix + fault.suffix);
		}
		return new JsonKeys(changed);
	}

	private static JsonKeys generic() {
		Map<Fault, String> keys = new EnumMap<>(Fault.class);
		for (Fault fault : Fault.values()) {
			keys.put(fault, "error.json." + fault.suffix);
		}
		// A value of the wrong type is told as such, whichever type was wanted.
		for (Fault fault : new Fault[] { Fault.OBJECT, Fault.TEXT, Fault.INTEGER, Fault.NUMBER, Fault.ARRAY }) {
			keys.put(fault, "error.json.wrong-type");
		}
		keys.put(Fault.MISSING, "error.json.required");
		keys.put(Fault.EMPTY, "error.body.invalid");
		keys.put(Fault.NOT_AN_OBJECT, "error.body.invalid");
		return new JsonKeys(keys);
	}
}
