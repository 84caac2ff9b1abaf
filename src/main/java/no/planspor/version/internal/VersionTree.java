package no.planspor.version.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.followup.State;
import no.planspor.followup.StatusReport;
import no.planspor.plan.Adoption;
import no.planspor.plan.Indicator;
import no.planspor.plan.ItemKind;
import no.planspor.plan.ItemRef;
import no.planspor.plan.Party;
import no.planspor.plan.PartyKind;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanKind;
import no.planspor.plan.PlanStatus;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Reference;
import no.planspor.plan.Section;
import no.planspor.plan.Shortlist;
import no.planspor.plan.Target;
import no.planspor.plan.Unit;

/**
 * A version's pieces read back as the plan tree the reading pages show, with the statuses it froze.
 * Everything comes from the version; only what a version does not keep is taken from today: the plan's
 * id and unit id (the plan is the same plan), and the names of the strategy items it links to.
 */
public final class VersionTree {

	/** The tree and each item's status then, by item id. */
	public record Read(PlanTree tree, Map<Long, StatusReport> statuses) {
	}

	/** An item as read, before its children are known. */
	private record Pending(DocumentParts.Item item, List<PlanItem> children) {
	}

	private VersionTree() {
	}

	/**
	 * @param current the plan as it is now (its id and unit)
	 * @param parent the strategy the version builds on, as it is now, if it is still there
	 */
	public static Read of(Plan current, ObjectNode head, List<DocumentParts.Item> items, Optional<PlanTree> parent) {
		// Ids for what the version keeps by code or place: negative, so they are never mistaken for stored ones.
		long[] next = { -1 };
		Map<String, Party> parties = new LinkedHashMap<>();
		for (JsonNode party : array(head, "parties")) {
			parties.put(text(party, "code"), new Party(next[0]--, text(party, "code"), text(party, "name"),
					PartyKind.valueOf(text(party, "kind"))));
		}
		Map<String, Shortlist> shortlists = new LinkedHashMap<>();
		for (JsonNode list : array(head, "shortlists")) {
			shortlists.put(text(list, "code"), new Shortlist(next[0]--, text(list, "code"), text(list, "title")));
		}
		List<Section> sections = new ArrayList<>();
		for (JsonNode section : array(head, "sections")) {
			sections.add(new Section(next[0]--, text(section, "heading"), text(section, "body")));
		}
		List<Reference> references = new ArrayList<>();
		for (JsonNode reference : array(head, "references")) {
			references.add(new Reference(text(reference, "title"), text(reference, "url")));
		}
		Map<String, PlanItem> strategy = new HashMap<>();
		parent.ifPresent(tree -> tree.allItems().forEach(item -> strategy.put(item.code(), item)));
		String parentCode = text(head, "parent");
		Map<String, Long> idsByCode = new HashMap<>();
		Map<String, ObjectNode> nodesByCode = new HashMap<>();
		for (DocumentParts.Item item : items) {
			idsByCode.putIfAbsent(text(item.node(), "code"), item.itemId());
			nodesByCode.putIfAbsent(text(item.node(), "code"), item.node());
		}
		Function<String, ItemRef> strategyRef = code -> {
			PlanItem found = strategy.get(code);
			return found == null ? new ItemRef(next[0]--, parentCode, code, kindOfCode(code), null, null)
					: new ItemRef(found.id(), parentCode, code, found.kind(), found.title(), found.text());
		};
		Function<String, ItemRef> seeAlso = code -> {
			ObjectNode node = nodesByCode.get(code);
			return node == null ? new ItemRef(next[0]--, current.code(), code, ItemKind.MEASURE, null, null)
					: new ItemRef(idsByCode.get(code), current.code(), code, ItemKind.valueOf(text(node, "kind")),
							text(node, "title"), text(node, "text"));
		};

		Map<Long, StatusReport> statuses = new HashMap<>();
		// Depth first in document order: an item is finished when the next item at its depth or above comes.
		List<PlanItem> roots = new ArrayList<>();
		Deque<Pending> open = new ArrayDeque<>();
		for (DocumentParts.Item item : items) {
			while (open.size() > item.depth()) {
				close(open, roots, parties, shortlists, strategyRef, seeAlso, next);
			}
			open.push(new Pending(item, new ArrayList<>()));
			StatusReport status = status(item.node().get("status"));
			if (status != null) {
				statuses.put(item.itemId(), status);
			}
		}
		while (!open.isEmpty()) {
			close(open, roots, parties, shortlists, strategyRef, seeAlso, next);
		}

		JsonNode unit = head.get("unit");
		JsonNode period = head.get("period");
		String parentTitle = parent.map(tree -> tree.plan().title()).orElse(parentCode);
		Plan plan = new Plan(current.id(), text(head, "code"), PlanKind.valueOf(text(head, "kind")), text(head, "title"),
				new Unit(current.unit().id(), text(unit, "code"), text(unit, "name"), current.unit().parentId()),
				period.get("from").asInt(), period.get("to").asInt(), parentCode, parentTitle,
				PlanStatus.valueOf(text(head, "status")), adoption(head.get("adopted")), current.version());
		return new Read(new PlanTree(plan, sections, references, List.copyOf(parties.values()),
				List.copyOf(shortlists.values()), roots), statuses);
	}

	private static void close(Deque<Pending> open, List<PlanItem> roots, Map<String, Party> parties,
			Map<String, Shortlist> shortlists, Function<String, ItemRef> strategyRef, Function<String, ItemRef> seeAlso,
			long[] next) {
		Pending done = open.pop();
		Pending parent = open.peek();
		ObjectNode node = done.item().node();
		long id = done.item().itemId();
		List<Indicator> indicators = new ArrayList<>();
		for (JsonNode indicator : array(node, "indicators")) {
			indicators.add(new Indicator(next[0]--, id, indicators.size() + 1, text(indicator, "text"),
					target(indicator.get("target")), 0));
		}
		PlanItem item = new PlanItem(id, parent == null ? null : parent.item().itemId(),
				ItemKind.valueOf(text(node, "kind")), text(node, "code"), text(node, "title"), text(node, "text"),
				date(text(node, "deadline")), text(node, "comment"), indicators,
				codes(node, "responsible").stream()
					.map(code -> parties.getOrDefault(code, new Party(next[0]--, code, code, PartyKind.ROLE)))
					.toList(),
				codes(node, "strategyRefs").stream().map(strategyRef).toList(),
				codes(node, "seeAlso").stream().map(seeAlso).toList(),
				codes(node, "shortlists").stream()
					.map(code -> shortlists.getOrDefault(code, new Shortlist(next[0]--, code, code)))
					.toList(),
				List.copyOf(done.children()), 0);
		(parent == null ? roots : parent.children()).add(item);
	}

	/**
	 * A target as the document writes it; read the same way as the plan import does, but without its
	 * checks: a version holds what was valid when it was made.
	 */
	public static Target target(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		JsonNode baseline = node.get("baseline");
		String per = text(node, "per");
		return new Target(Target.Kind.valueOf(text(node, "kind")), number(node.get("value")), text(node, "unit"),
				per == null ? null : Target.Per.valueOf(per),
				baseline == null || baseline.isNull() ? null
						: new Target.Baseline(number(baseline.get("value")), date(text(baseline, "asOf"))),
				date(text(node, "due")));
	}

	private static StatusReport status(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		JsonNode progress = node.get("progress");
		return new StatusReport(State.valueOf(text(node, "state")), date(text(node, "asOf")),
				progress == null || progress.isNull() ? null : progress.asInt(), text(node, "text"));
	}

	private static Adoption adoption(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		return new Adoption(date(text(node, "on")), text(node, "by"), text(node, "note"));
	}

	/** A strategy item no longer there: "1" was a goal, "1.1" one of its items. */
	private static ItemKind kindOfCode(String code) {
		return code.contains(".") ? ItemKind.SUBGOAL : ItemKind.GOAL;
	}

	private static Iterable<JsonNode> array(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() ? List.of() : value;
	}

	private static List<String> codes(JsonNode node, String field) {
		List<String> codes = new ArrayList<>();
		array(node, field).forEach(code -> codes.add(code.asString()));
		return codes;
	}

	private static BigDecimal number(JsonNode node) {
		return node == null || node.isNull() ? null : new BigDecimal(node.asString());
	}

	private static LocalDate date(String iso) {
		return iso == null ? null : LocalDate.parse(iso);
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node == null ? null : node.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}
}
