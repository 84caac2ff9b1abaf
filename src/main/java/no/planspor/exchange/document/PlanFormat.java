package no.planspor.exchange.document;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import no.planspor.shared.JsonKeys;
import no.planspor.shared.JsonKeys.Fault;

/**
 * The members of planspor-plan/1, in canonical order: the reader accepts exactly these, the writer
 * writes all of them in this order. docs/planspor-plan-1.md describes each.
 */
public final class PlanFormat {

	public static final String NAME = "planspor-plan/1";

	public static final Set<String> PLAN = members("format", "code", "kind", "title", "unit", "period", "parent", "status",
			"adopted", "sections", "references", "parties", "shortlists", "items");

	public static final Set<String> UNIT = members("code", "name");

	public static final Set<String> PERIOD = members("from", "to");

	public static final Set<String> ADOPTED = members("on", "by", "note");

	public static final Set<String> SECTION = members("heading", "body");

	public static final Set<String> REFERENCE = members("title", "url");

	public static final Set<String> PARTY = members("code", "name", "kind");

	public static final Set<String> SHORTLIST = members("code", "title");

	public static final Set<String> ITEM = members("kind", "code", "title", "text", "strategyRefs", "indicators",
			"responsible", "deadline", "comment", "shortlists", "seeAlso", "status", "children");

	public static final Set<String> INDICATOR = members("text", "target");

	public static final Set<String> TARGET = members("kind", "value", "unit", "per", "baseline", "due");

	public static final Set<String> BASELINE = members("value", "asOf");

	public static final Set<String> STATUS = members("state", "asOf", "progress", "text");

	/** The importer's own codes for what is wrong with a document's JSON (a repeated key is told generically). */
	public static final JsonKeys KEYS = JsonKeys.GENERIC
		.withPrefix("exchange.", Fault.REQUIRED, Fault.UNKNOWN_FIELD, Fault.OBJECT, Fault.TEXT, Fault.INTEGER,
				Fault.NUMBER, Fault.ARRAY, Fault.TOO_LONG, Fault.DATE, Fault.CHOICE)
		.with(Fault.MISSING, "exchange.required")
		.with(Fault.EMPTY, "exchange.required")
		.with(Fault.NOT_AN_OBJECT, "exchange.type.object")
		.with(Fault.MALFORMED, "exchange.json.malformed.at")
		.with(Fault.TOO_LARGE, "exchange.too-large.bytes");

	private PlanFormat() {
	}

	private static Set<String> members(String... names) {
		return new LinkedHashSet<>(List.of(names));
	}
}
