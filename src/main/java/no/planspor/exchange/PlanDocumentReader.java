package no.planspor.exchange;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusRules;
import no.planspor.plan.Adoption;
import no.planspor.plan.ItemFields;
import no.planspor.plan.ItemKind;
import no.planspor.plan.ItemRules;
import no.planspor.plan.Limits;
import no.planspor.plan.NewPlan;
import no.planspor.plan.NewPlan.NewIndicator;
import no.planspor.plan.NewPlan.NewItem;
import no.planspor.plan.NewPlan.NewParty;
import no.planspor.plan.NewPlan.NewSection;
import no.planspor.plan.NewPlan.NewShortlist;
import no.planspor.plan.PartyKind;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.Reference;
import no.planspor.plan.Target;
import no.planspor.plan.TargetRules;
import no.planspor.shared.JsonChecks;
import no.planspor.shared.Problem;

import static no.planspor.shared.JsonChecks.Need.OPTIONAL;
import static no.planspor.shared.JsonChecks.Need.VALUE;

/**
 * Reads a planspor-plan/1 document into a plan to create, checking everything before anything is
 * written: the shape of every member, the limits, and that every code it refers to exists. Items are
 * held to {@link ItemRules}, as the item form and the item API hold them: a document item is trimmed
 * as the editor trims it, and refused with the same messages.
 */
final class PlanDocumentReader {

	/** What the reader made of a document: a plan and its items' statuses, or the problems. */
	record Reading(NewPlan plan, Map<String, StatusReport> statuses, List<Problem> problems) {

		boolean ok() {
			return problems.isEmpty();
		}
	}

	private final Function<String, Optional<Set<String>>> parentItemCodes;

	private final LocalDate today;

	private final JsonChecks checks = new JsonChecks(PlanFormat.KEYS);

	private final List<ReadItem> readItems = new ArrayList<>();

	private final List<ReadText> indicatorTexts = new ArrayList<>();

	private final Map<String, StatusReport> statuses = new HashMap<>();

	private Set<String> partyCodes = Set.of();

	private Set<String> shortlistCodes = Set.of();

	private Set<String> strategyCodes;

	private String parentCode;

	private int periodFrom = Limits.YEAR_MIN;

	private int periodTo = Limits.YEAR_MAX;

	private int itemCount;

	/**
	 * @param parentItemCodes the item codes of a plan in the system, by plan code, or empty if there is no such plan
	 */
	PlanDocumentReader(Function<String, Optional<Set<String>>> parentItemCodes, LocalDate today) {
		this.parentItemCodes = parentItemCodes;
		this.today = today;
	}

	/** @param doc the document's root object, as {@code JsonBody} reads it */
	Reading read(JsonNode doc) {
		checks.object(doc, "$", PlanFormat.PLAN);
		String format = checks.text(doc, "format", "$", VALUE, 40);
		if (format != null && !PlanFormat.NAME.equals(format)) {
			checks.problem("$.format", "exchange.format", format, PlanFormat.NAME);
		}
		String code = checks.text(doc, "code", "$", VALUE, Limits.PLAN_CODE);
		if (code != null && !code.matches(PlanFormat.PLAN_CODE_PATTERN)) {
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
		List<NewItem> items = readItems(doc, "$", null, null, 0);
		checkItems();
		if (itemCount > Limits.ITEMS) {
			checks.problem("$.items", "exchange.too-large", itemCount, Limits.ITEMS);
		}
		if (!checks.problems().isEmpty()) {
			return new Reading(null, Map.of(), checks.problems());
		}
		NewPlan plan = new NewPlan(code, kind, title, unitCode, unitName, periodFrom, periodTo, parentCode, status,
				adoption, sections, references, parties, shortlists, items);
		return new Reading(plan, Map.copyOf(statuses), List.of());
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
				if (url != null && !isWebAddress(url)) {
					checks.problem(path + ".url", "exchange.url", url);
				}
				references.add(new Reference(checks.text(reference, "title", path, VALUE, Limits.REFERENCE_TITLE), url));
			}
		}
		return references;
	}

	/** Only http(s) addresses become links, so a document cannot smuggle a javascript: link into a page. */
	static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (Exception ex) {
			return false;
		}
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

	/**
	 * @param parent the code of the item the list lies under, null for the plan's own list
	 * @param parentKind that item's kind; null for the plan's own list, or when it could not be read
	 * @param levelsAbove how many items lie above the list's items
	 */
	private List<NewItem> readItems(JsonNode node, String path, String parent, ItemKind parentKind, int levelsAbove) {
		List<NewItem> items = new ArrayList<>();
		List<JsonNode> nodes = checks.array(node, path.equals("$") ? "items" : "children", path, OPTIONAL);
		String listPath = path + (path.equals("$") ? ".items" : ".children");
		// Under an item whose kind could not be read, the rules of place have nothing to go by.
		ItemRules.Place place = levelsAbove == 0 ? ItemRules.Place.TOP
				: parentKind == null ? null : new ItemRules.Place(parentKind, levelsAbove);
		for (int i = 0; i < nodes.size(); i++) {
			String itemPath = listPath + "[" + i + "]";
			JsonNode item = checks.object(nodes.get(i), itemPath, PlanFormat.ITEM);
			if (item != null) {
				itemCount++;
				items.add(readItem(item, itemPath, listPath, parent, place, levelsAbove));
			}
		}
		return items;
	}

	/**
	 * Reads what the item's members are; whether they are allowed is for {@link ItemRules} to say, once
	 * the whole document is read ({@link #checkItems}).
	 */
	private NewItem readItem(JsonNode node, String path, String listPath, String parent, ItemRules.Place place,
			int levelsAbove) {
		ItemKind kind = checks.choice(node, "kind", path, ItemKind.class, VALUE);
		String code = checks.text(node, "code", path, VALUE);
		String title = checks.text(node, "title", path, OPTIONAL);
		String text = checks.text(node, "text", path, OPTIONAL);
		List<String> strategyRefs = checks.codes(node, "strategyRefs", path, OPTIONAL, Integer.MAX_VALUE);
		List<NewIndicator> indicators = readIndicators(node, path);
		List<String> responsible = checks.codes(node, "responsible", path, OPTIONAL, Integer.MAX_VALUE);
		LocalDate deadline = checks.date(node, "deadline", path, OPTIONAL);
		String comment = checks.text(node, "comment", path, OPTIONAL);
		List<String> shortlists = checks.codes(node, "shortlists", path, OPTIONAL, Limits.SHORTLIST_CODE);
		for (int i = 0; i < shortlists.size(); i++) {
			if (shortlists.get(i) != null && !shortlistCodes.contains(shortlists.get(i))) {
				checks.problem(path + ".shortlists[" + i + "]", "exchange.shortlist.unknown", shortlists.get(i));
			}
		}
		List<String> seeAlso = checks.codes(node, "seeAlso", path, OPTIONAL, Integer.MAX_VALUE);
		ItemFields fields = new ItemFields(parent, kind, code, title, text, deadline, comment, responsible,
				strategyRefs, seeAlso).cleaned();
		readStatus(node, path, fields.code());
		readItems.add(new ReadItem(path, listPath, fields, place));
		List<NewItem> children = readItems(node, path, fields.code(), kind, levelsAbove + 1);
		return new NewItem(fields, indicators, shortlists, children);
	}

	/** An item as read, for {@link ItemRules} to check once every item's code is known. */
	private record ReadItem(String path, String listPath, ItemFields fields, ItemRules.Place place) {
	}

	/** An indicator's text as read, for {@link ItemRules} to check with the items. */
	private record ReadText(String path, String text) {
	}

	/**
	 * Every item against the item rules, in document order: a code is taken by an item earlier in the
	 * document, and see-also may name items further down. Where reading named a member already, the
	 * rules add nothing about it; where it stands ({@code parent}) is said about the list it is in.
	 */
	private void checkItems() {
		Set<String> named = new HashSet<>(checks.problems().stream().map(Problem::path).toList());
		Set<String> all = new HashSet<>();
		readItems.forEach(item -> all.add(item.fields().code()));
		Set<String> earlier = new HashSet<>();
		Set<String> said = new HashSet<>();
		for (ReadItem item : readItems) {
			ItemRules.Known known = new ItemRules.Known(partyCodes, earlier, all, parentCode, strategyCodes);
			for (Problem problem : ItemRules.check(item.fields(), item.place(), null, known)) {
				String at = problem.path().equals("parent") ? item.listPath() : item.path() + "." + problem.path();
				if (!named.contains(at) && said.add(at + " " + problem.code())) {
					checks.problem(at, problem.code(), problem.args().toArray());
				}
			}
			if (item.fields().code() != null) {
				earlier.add(item.fields().code());
			}
		}
		for (ReadText indicator : indicatorTexts) {
			ItemRules.indicatorText(indicator.text(), indicator.path())
				.stream()
				.filter(problem -> !named.contains(problem.path()))
				.forEach(problem -> checks.problem(problem.path(), problem.code(), problem.args().toArray()));
		}
	}

	private List<NewIndicator> readIndicators(JsonNode item, String itemPath) {
		List<NewIndicator> indicators = new ArrayList<>();
		List<JsonNode> nodes = checks.array(item, "indicators", itemPath, OPTIONAL);
		for (int i = 0; i < nodes.size(); i++) {
			String path = itemPath + ".indicators[" + i + "]";
			JsonNode indicator = checks.object(nodes.get(i), path, PlanFormat.INDICATOR);
			if (indicator != null) {
				String text = checks.text(indicator, "text", path, VALUE);
				indicatorTexts.add(new ReadText(path + ".text", text));
				indicators.add(new NewIndicator(text == null ? null : text.strip(), readTarget(indicator, path)));
			}
		}
		return indicators;
	}

	private Target readTarget(JsonNode indicator, String indicatorPath) {
		JsonNode target = checks.object(indicator, "target", indicatorPath, OPTIONAL, PlanFormat.TARGET);
		if (target == null) {
			return null;
		}
		String path = indicatorPath + ".target";
		Target.Baseline baseline = null;
		JsonNode base = checks.object(target, "baseline", path, OPTIONAL, PlanFormat.BASELINE);
		if (base != null) {
			baseline = new Target.Baseline(checks.decimal(base, "value", path + ".baseline"),
					checks.date(base, "asOf", path + ".baseline", OPTIONAL));
		}
		Target read = new Target(checks.choice(target, "kind", path, Target.Kind.class, VALUE),
				checks.decimal(target, "value", path), checks.text(target, "unit", path, OPTIONAL, Limits.TARGET_UNIT),
				checks.choice(target, "per", path, Target.Per.class, OPTIONAL), baseline, checks.date(target, "due", path, OPTIONAL));
		if (read.kind() != null) {
			TargetRules.check(read, path).forEach(p -> checks.problem(p.path(), p.code(), p.args().toArray()));
		}
		return read;
	}

	private void readStatus(JsonNode item, String itemPath, String code) {
		JsonNode status = checks.object(item, "status", itemPath, OPTIONAL, PlanFormat.STATUS);
		if (status == null) {
			return;
		}
		String path = itemPath + ".status";
		int problemsBefore = checks.problems().size();
		State state = checks.choice(status, "state", path, State.class, VALUE);
		LocalDate asOf = checks.date(status, "asOf", path, OPTIONAL);
		Integer progress = checks.integer(status, "progress", path, OPTIONAL);
		String text = checks.text(status, "text", path, OPTIONAL, StatusRules.TEXT_MAX);
		if (checks.problems().size() > problemsBefore) {
			return;
		}
		StatusReport report = new StatusReport(state, asOf, progress, text);
		List<Problem> problems = StatusRules.check(report, periodFrom, periodTo, today, path);
		problems.forEach(p -> checks.problem(p.path(), p.code(), p.args().toArray()));
		if (problems.isEmpty() && code != null) {
			statuses.put(code, report);
		}
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
