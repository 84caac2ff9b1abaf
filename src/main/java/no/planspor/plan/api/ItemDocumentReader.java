package no.planspor.plan.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import no.planspor.plan.ItemFields;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Target;
import no.planspor.plan.editing.IndicatorEdit;
import no.planspor.shared.JsonChecks;
import no.planspor.shared.JsonKeys;
import no.planspor.shared.JsonKeys.Fault;
import no.planspor.shared.Problem;

import static no.planspor.shared.JsonChecks.Need.OPTIONAL;
import static no.planspor.shared.JsonChecks.Need.PRESENT;
import static no.planspor.shared.JsonChecks.Need.VALUE;

/**
 * Reads the body of a {@code PUT /api/plans/{plan}/items/{item}} into fields to write, naming every
 * problem with its JSON path. Every writable member must be present (null where a value may be
 * absent): a partial document is refused rather than read as "clear the rest". Whether the values
 * are allowed is for {@link no.planspor.plan.ItemRules} to say; this reads only what they are.
 */
final class ItemDocumentReader {

	static final Set<String> MEMBERS = Set.of("plan", "code", "kind", "parent", "title", "text", "deadline", "comment",
			"responsible", "strategyRefs", "seeAlso", "shortlists", "indicators", "version");

	static final Set<String> INDICATOR = Set.of("number", "text", "target", "version");

	static final Set<String> TARGET = Set.of("kind", "value", "unit", "per", "baseline", "due");

	static final Set<String> BASELINE = Set.of("value", "asOf");

	/** The item API's own codes for what is wrong with the document's JSON. */
	static final JsonKeys KEYS = JsonKeys.GENERIC
		.withPrefix("plan.json.", Fault.UNKNOWN_FIELD, Fault.MISSING, Fault.OBJECT, Fault.TEXT, Fault.INTEGER,
				Fault.NUMBER, Fault.ARRAY, Fault.DATE, Fault.CHOICE)
		.with(Fault.REQUIRED, "plan.edit.required")
		.with(Fault.NOT_AN_OBJECT, "plan.json.type.object");

	/** What the body says; the fields hold what could be read, the problems say what could not. */
	record Reading(ItemFields fields, List<IndicatorEdit> indicators, Integer version, String plan,
			List<String> shortlists, List<Problem> problems) {
	}

	private final JsonChecks checks = new JsonChecks(KEYS);

	/** @param body the body's object, as {@code JsonBody} reads it */
	Reading read(JsonNode body) {
		checks.object(body, "$", MEMBERS);
		String plan = checks.text(body, "plan", "$", OPTIONAL);
		String code = checks.text(body, "code", "$", PRESENT);
		ItemKind kind = checks.choice(body, "kind", "$", ItemKind.class, PRESENT);
		String parent = checks.text(body, "parent", "$", PRESENT);
		String title = checks.text(body, "title", "$", PRESENT);
		String text = checks.text(body, "text", "$", PRESENT);
		LocalDate deadline = checks.date(body, "deadline", "$", PRESENT);
		String comment = checks.text(body, "comment", "$", PRESENT);
		List<String> responsible = checks.texts(body, "responsible", "$", PRESENT);
		List<String> strategyRefs = checks.texts(body, "strategyRefs", "$", PRESENT);
		List<String> seeAlso = checks.texts(body, "seeAlso", "$", PRESENT);
		List<String> shortlists = body.has("shortlists") ? checks.texts(body, "shortlists", "$", OPTIONAL) : null;
		List<IndicatorEdit> indicators = indicators(body);
		Integer version = checks.integer(body, "version", "$", VALUE);
		ItemFields fields = new ItemFields(parent, kind, code, title, text, deadline, comment, responsible, strategyRefs,
				seeAlso);
		return new Reading(fields, indicators, version, plan, shortlists, checks.problems());
	}

	private List<IndicatorEdit> indicators(JsonNode body) {
		List<IndicatorEdit> indicators = new ArrayList<>();
		List<JsonNode> list = checks.array(body, "indicators", "$", PRESENT);
		for (int i = 0; i < list.size(); i++) {
			String path = "$.indicators[" + i + "]";
			JsonNode node = checks.object(list.get(i), path, INDICATOR);
			if (node == null) {
				continue;
			}
			Integer number = checks.integer(node, "number", path, OPTIONAL);
			Integer version = checks.integer(node, "version", path, OPTIONAL);
			String text = checks.text(node, "text", path, PRESENT);
			indicators.add(new IndicatorEdit(number, text, target(node, path), version));
		}
		return indicators;
	}

	private Target target(JsonNode indicator, String indicatorPath) {
		JsonNode node = checks.object(indicator, "target", indicatorPath, OPTIONAL, TARGET);
		if (node == null) {
			return null;
		}
		String path = indicatorPath + ".target";
		Target.Baseline baseline = null;
		JsonNode base = checks.object(node, "baseline", path, OPTIONAL, BASELINE);
		if (base != null) {
			baseline = new Target.Baseline(checks.decimal(base, "value", path + ".baseline"),
					checks.date(base, "asOf", path + ".baseline", OPTIONAL));
		}
		Target.Kind kind = checks.choice(node, "kind", path, Target.Kind.class, PRESENT);
		return new Target(kind, checks.decimal(node, "value", path), checks.text(node, "unit", path, OPTIONAL),
				checks.choice(node, "per", path, Target.Per.class, OPTIONAL), baseline,
				checks.date(node, "due", path, OPTIONAL));
	}
}
