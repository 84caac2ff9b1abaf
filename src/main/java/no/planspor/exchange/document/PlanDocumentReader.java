package no.planspor.exchange.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import no.planspor.followup.StatusReport;
import no.planspor.plan.Adoption;
import no.planspor.plan.Limits;
import no.planspor.plan.NewPlan;
import no.planspor.plan.NewPlan.NewItem;
import no.planspor.plan.NewPlan.NewParty;
import no.planspor.plan.NewPlan.NewSection;
import no.planspor.plan.NewPlan.NewShortlist;
import no.planspor.plan.PartyKind;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.Reference;
import no.planspor.shared.JsonChecks;
import no.planspor.shared.Problem;

import static no.planspor.shared.JsonChecks.Need.OPTIONAL;
import static no.planspor.shared.JsonChecks.Need.VALUE;

/**
 * Reads a planspor-plan/1 document into a plan to create, checking everything before anything is
 * written: the shape of every member, the limits, and that every code it refers to exists. The plan's
 * own members are read here, its items by {@link DocumentItems}.
 */
public final class PlanDocumentReader {

	/** What the reader made of a document: a plan and its items' statuses, or the problems. */
	public record Reading(NewPlan plan, Map<String, StatusReport> statuses, List<Problem> problems) {

		public boolean ok() {
			return problems.isEmpty();
		}
	}

	private final Function<String, Optional<Set<String>>> parentItemCodes;

	private final LocalDate today;

	private final JsonChecks checks = new JsonChecks(PlanFormat.KEYS);

	private Set<String> partyCodes = Set.of();

	private Set<String> shortlistCodes = Set.of();

	private Set<String> strategyCodes;

	private String parentCode;

	private int periodFrom = Limits.YEAR_MIN;

	private int periodTo = Limits.YEAR_MAX;

	/**
	 * @param parentItemCodes the item codes of a plan in the system, by plan code, or empty if there is no such plan
	 */
	public PlanDocumentReader(Function<String, Optional<Set<String>>> parentItemCodes, LocalDate today) {
		this.parentItemCodes = parentItemCodes;
		this.today = today;
	}

	/** @param doc the document's root object, as {@code JsonBody} reads it */
	public Reading read(JsonNode doc) {
		checks.object(doc, "$", PlanFormat.PLAN);
		String format = checks.text(doc, "format", "$", VALUE, 40);
		if (format != null && !PlanFormat.NAME.equals(format)) {
			checks.problem("$.format", "exchange.format", format, PlanFormat.NAME);
		}
		String code = checks.text(doc, "code", "$", VALUE, Limits.PLAN_CODE);
		if (code != null && !code.matches(Plan.CODE_PATTERN)) {
			checks.problem("$.code", "exchange.plan-code", code);
		}
		PlanKind kind = checks.choice(doc, "kind", "$", PlanKind.class, VALUE);
		String title = checks.text(doc, "title", "$", VALUE, Limits.TITLE);

		String unitCode = null;
		String unitName = null;
		JsonNode unit = checks.object(doc, "unit", "$", VALUE, PlanFormat.UNIT);
		if (unit != null) {
			unitCode = checks.text(unit, "code", "$.unit", VALUE, Limits.UNIT_CODE);
			unitName = checks.text(unit, "name", "$.unit", VALUE, Limits.UNIT_NAME);
		}
		readPeriod(doc);
		readParent(doc, kind);
		PlanStatus status = checks.choice(doc, "status", "$", PlanStatus.class, VALUE);
		Adoption adoption = readAdoption(doc);
		List<NewSection> sections = readSections(doc);
		List<Reference> references = readReferences(doc);
		List<NewParty> parties = readParties(doc);
		List<NewShortlist> shortlists = readShortlists(doc);
		DocumentItems documentItems = new DocumentItems(checks, partyCodes, shortlistCodes, parentCode, strategyCodes,
				periodFrom, periodTo, today);
		List<NewItem> items = documentItems.read(doc);
		if (documentItems.count() > Limits.ITEMS) {
			checks.problem("$.items", "exchange.too-large", documentItems.count(), Limits.ITEMS);
		}
		if (!checks.problems().isEmpty()) {
			return new Reading(null, Map.of(), checks.problems());
		}
		NewPlan plan = new NewPlan(code, kind, title, unitCode, unitName, periodFrom, periodTo, parentCode, status,
				adoption, sections, references, parties, shortlists, items);
		return new Reading(plan, Map.copyOf(documentItems.statuses()), List.of());
	}

	private void readPeriod(JsonNode doc) {
		JsonNode period = checks.object(doc, "period", "$", VALUE, PlanFormat.PERIOD);
		if (period == null) {
			return;
		}
		Integer from = year(period, "from");
		Integer to = year(period, "to");
		if (from != null && to != null) {
			if (from > to) {
				checks.problem("$.period", "exchange.period.backwards", from, to);
			}
			else {
				periodFrom = from;
				periodTo = to;
			}
		}
	}

	private Integer year(JsonNode period, String name) {
		Integer year = checks.integer(period, name, "$.period", VALUE);
		if (year != null && (year < Limits.YEAR_MIN || year > Limits.YEAR_MAX)) {
			checks.problem("$.period." + name, "exchange.year", year, Limits.YEAR_MIN, Limits.YEAR_MAX);
			return null;
		}
		return year;
	}

	private void readParent(JsonNode doc, PlanKind kind) {
		parentCode = checks.text(doc, "parent", "$", OPTIONAL, Limits.PLAN_CODE);
		if (parentCode == null) {
			return;
		}
		Optional<Set<String>> codes = parentItemCodes.apply(parentCode);
		if (codes.isEmpty()) {
			checks.problem("$.parent", "exchange.parent.unknown", parentCode);
		}
		else {
			strategyCodes = codes.get();
		}
		if (kind == PlanKind.STRATEGY) {
			checks.problem("$.parent", "exchange.parent.strategy");
		}
	}

	private Adoption readAdoption(JsonNode doc) {
		JsonNode adopted = checks.object(doc, "adopted", "$", OPTIONAL, PlanFormat.ADOPTED);
		if (adopted == null) {
			return null;
		}
		return new Adoption(checks.date(adopted, "on", "$.adopted", OPTIONAL),
				checks.text(adopted, "by", "$.adopted", OPTIONAL, Limits.ADOPTED_BY),
				checks.text(adopted, "note", "$.adopted", OPTIONAL, Limits.ADOPTION_NOTE));
	}

	private List<NewSection> readSections(JsonNode doc) {
		List<NewSection> sections = new ArrayList<>();
		List<JsonNode> nodes = checks.array(doc, "sections", "$", OPTIONAL);
		for (int i = 0; i < nodes.size(); i++) {
			String path = "$.sections[" + i + "]";
			JsonNode section = checks.object(nodes.get(i), path, PlanFormat.SECTION);
			if (section != null) {
				sections.add(new NewSection(checks.text(section, "heading", path, OPTIONAL, Limits.SECTION_HEADING),
						checks.text(section, "body", path, VALUE, Limits.SECTION_BODY)));
			}
		}
		return sections;
	}

	private List<Reference> readReferences(JsonNode doc) {
		List<Reference> references = new ArrayList<>();
		List<JsonNode> nodes = checks.array(doc, "references", "$", OPTIONAL);
		for (int i = 0; i < nodes.size(); i++) {
			String path = "$.references[" + i + "]";
			JsonNode reference = checks.object(nodes.get(i), path, PlanFormat.REFERENCE);
			if (reference != null) {
				String url = checks.text(reference, "url", path, OPTIONAL, Limits.URL);
				if (url != null && !Reference.isWebAddress(url)) {
					checks.problem(path + ".url", "exchange.url", url);
				}
				references.add(new Reference(checks.text(reference, "title", path, VALUE, Limits.REFERENCE_TITLE), url));
			}
		}
		return references;
	}

	private List<NewParty> readParties(JsonNode doc) {
		List<NewParty> parties = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		List<JsonNode> nodes = checks.array(doc, "parties", "$", OPTIONAL);
		for (int i = 0; i < nodes.size(); i++) {
			String path = "$.parties[" + i + "]";
			JsonNode party = checks.object(nodes.get(i), path, PlanFormat.PARTY);
			if (party == null) {
				continue;
			}
			String code = checks.text(party, "code", path, VALUE, Limits.PARTY_CODE);
			unique(seen, code, path + ".code");
			parties.add(new NewParty(code, checks.text(party, "name", path, VALUE, Limits.PARTY_NAME),
					checks.choice(party, "kind", path, PartyKind.class, VALUE)));
		}
		partyCodes = seen.keySet();
		return parties;
	}

	private List<NewShortlist> readShortlists(JsonNode doc) {
		List<NewShortlist> shortlists = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		List<JsonNode> nodes = checks.array(doc, "shortlists", "$", OPTIONAL);
		for (int i = 0; i < nodes.size(); i++) {
			String path = "$.shortlists[" + i + "]";
			JsonNode shortlist = checks.object(nodes.get(i), path, PlanFormat.SHORTLIST);
			if (shortlist == null) {
				continue;
			}
			String code = checks.text(shortlist, "code", path, VALUE, Limits.SHORTLIST_CODE);
			unique(seen, code, path + ".code");
			shortlists.add(new NewShortlist(code, checks.text(shortlist, "title", path, VALUE, Limits.SHORTLIST_TITLE)));
		}
		shortlistCodes = seen.keySet();
		return shortlists;
	}

	private void unique(Map<String, String> seen, String code, String path) {
		if (code == null) {
			return;
		}
		String first = seen.putIfAbsent(code, path);
		if (first != null) {
			checks.problem(path, "exchange.code.duplicate", code, first);
		}
	}

}
