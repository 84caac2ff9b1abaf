package no.planspor.exchange.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.followup.StatusRules;
import no.planspor.plan.ItemFields;
import no.planspor.plan.ItemKind;
import no.planspor.plan.ItemRules;
import no.planspor.plan.Limits;
import no.planspor.plan.NewPlan.NewIndicator;
import no.planspor.plan.NewPlan.NewItem;
import no.planspor.plan.Target;
import no.planspor.plan.TargetRules;
import no.planspor.shared.JsonChecks;
import no.planspor.shared.Problem;

import static no.planspor.shared.JsonChecks.Need.OPTIONAL;
import static no.planspor.shared.JsonChecks.Need.VALUE;

/**
 * The items of a planspor-plan/1 document, with their indicators and latest statuses. Items are held
 * to {@link ItemRules}, as the item form and the item API hold them: a document's item is trimmed as
 * the editor trims it, and refused with the same messages. Reading says what a member is (its JSON
 * type, whether it is there); the rules say whether it is allowed.
 */
final class DocumentItems {

	private final JsonChecks checks;

	private final Set<String> partyCodes;

	private final Set<String> shortlistCodes;

	private final String parentCode;

	private final Set<String> strategyCodes;

	private final int periodFrom;

	private final int periodTo;

	private final LocalDate today;

	private final List<ReadItem> readItems = new ArrayList<>();

	private final List<ReadText> indicatorTexts = new ArrayList<>();

	private final Map<String, StatusReport> statuses = new HashMap<>();

	private int count;

	/**
	 * @param checks where the problems go, with those the plan's own members had
	 * @param parentCode the plan's parent strategy as the document names it, or null
	 * @param strategyCodes the codes of that strategy's items; null when it could not be found
	 */
	DocumentItems(JsonChecks checks, Set<String> partyCodes, Set<String> shortlistCodes, String parentCode,
			Set<String> strategyCodes, int periodFrom, int periodTo, LocalDate today) {
		this.checks = checks;
		this.partyCodes = partyCodes;
		this.shortlistCodes = shortlistCodes;
		this.parentCode = parentCode;
		this.strategyCodes = strategyCodes;
		this.periodFrom = periodFrom;
		this.periodTo = periodTo;
		this.today = today;
	}

	/** The document's items, read and checked. */
	List<NewItem> read(JsonNode doc) {
		List<NewItem> items = readItems(doc, "$", null, null, 0);
		check();
		return items;
	}

	/** How many items the document has, at any depth. */
	int count() {
		return count;
	}

	/** The latest status of each item that has one, by item code. */
	Map<String, StatusReport> statuses() {
		return statuses;
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
				count++;
				items.add(readItem(item, itemPath, listPath, parent, place, levelsAbove));
			}
		}
		return items;
	}

	/**
	 * Reads what the item's members are; whether they are allowed is for {@link ItemRules} to say, once
	 * the whole document is read ({@link #check}).
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
	private void check() {
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
}
