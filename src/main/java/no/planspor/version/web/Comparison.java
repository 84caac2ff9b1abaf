package no.planspor.version.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import no.planspor.plan.PlanKind;
import no.planspor.plan.Target;
import no.planspor.version.ItemChange;
import no.planspor.version.internal.VersionTree;
import no.planspor.version.internal.WordDiff;
import no.planspor.web.Dates;

/**
 * What changed between two versions, laid out for reading: counts at the top, the plan's own changes,
 * then each goal with its items and, for each, the fields that changed in the reader's words, texts
 * word by word. Everything the page shows is decided here; the template only places it.
 */
record Comparison(int added, int removed, int moved, int changed, List<FieldChange> plan, List<Group> groups) {

	/** A field before and after, written out; {@code words} is set for texts compared word by word. */
	record FieldChange(String label, String before, String after, List<WordDiff.Piece> words) {
	}

	/** An item and what happened to it: ADDED, REMOVED, MOVED and/or CHANGED, with its fields. */
	record ItemEntry(String code, String kind, String label, boolean added, boolean removed, boolean moved,
			List<FieldChange> fields) {
	}

	/** The items under one goal (the goal itself among them if it changed). */
	record Group(String goal, String title, List<ItemEntry> items) {
	}

	/** Fields compared word by word. */
	private static final List<String> TEXTS = List.of("title", "text", "comment");

	public boolean isEmpty() {
		return plan.isEmpty() && groups.isEmpty();
	}

	/**
	 * @param words a message by key and arguments in the reader's language
	 * @param goalTitles each goal's title (or text) by code, newest first found
	 * @param targets an indicator's target in the reader's words
	 */
	static Comparison of(List<ItemChange> changes, PlanKind planKind, Map<String, String> goalTitles,
			BiFunction<String, Object[], String> words, Function<Target, String> targets, Locale locale) {
		Map<String, List<ItemChange>> byItem = new LinkedHashMap<>();
		List<FieldChange> plan = new ArrayList<>();
		for (ItemChange change : changes) {
			if (change.item() == null) {
				plan.add(new FieldChange(words.apply("version.plan-field." + change.field(), new Object[0]),
						planValue(change.field(), change.before(), words, locale),
						planValue(change.field(), change.after(), words, locale),
						null));
			}
			else {
				byItem.computeIfAbsent(change.item(), code -> new ArrayList<>()).add(change);
			}
		}
		Map<String, Group> groups = new LinkedHashMap<>();
		int added = 0;
		int removed = 0;
		int moved = 0;
		int changed = 0;
		for (List<ItemChange> item : byItem.values()) {
			ItemChange first = item.get(0);
			boolean isAdded = item.stream().anyMatch(c -> c.change().equals(ItemChange.ADDED));
			boolean isRemoved = item.stream().anyMatch(c -> c.change().equals(ItemChange.REMOVED));
			boolean isMoved = item.stream().anyMatch(c -> c.change().equals(ItemChange.MOVED));
			List<FieldChange> fields = new ArrayList<>();
			for (ItemChange change : item) {
				if (change.field() == null) {
					continue;
				}
				String before = itemValue(change.field(), change.before(), planKind, words, targets, locale);
				String after = itemValue(change.field(), change.after(), planKind, words, targets, locale);
				fields.add(new FieldChange(words.apply("version.field." + change.field(), new Object[0]), before, after,
						TEXTS.contains(change.field()) ? WordDiff.of(before, after) : null));
			}
			added += isAdded ? 1 : 0;
			removed += isRemoved ? 1 : 0;
			moved += isMoved ? 1 : 0;
			changed += !isAdded && !isRemoved && item.stream().anyMatch(c -> c.change().equals(ItemChange.CHANGED)) ? 1 : 0;
			String kind = first.kind() == null ? "" : words.apply("plan.kind." + planKind + "." + first.kind(), new Object[0]);
			String goal = first.goal() == null ? "" : first.goal();
			// A measure without a title is named by its text; when that text is what changed, the change says it.
			boolean namedByChangedText = item.stream().anyMatch(c -> "text".equals(c.field()) && c.after() != null
					&& !c.after().isNull() && c.after().stringValue().equals(first.label()));
			String goalWord = words.apply("plan.kind." + planKind + ".GOAL", new Object[0]);
			groups.computeIfAbsent(goal, code -> new Group(goalWord + " " + code, goalTitles.getOrDefault(code, ""),
					new ArrayList<>()))
				.items()
				.add(new ItemEntry(first.item(), kind, namedByChangedText ? null : first.label(), isAdded, isRemoved,
						isMoved, fields));
		}
		return new Comparison(added, removed, moved, changed, plan, List.copyOf(groups.values()));
	}

	private static String itemValue(String field, JsonNode value, PlanKind planKind,
			BiFunction<String, Object[], String> words, Function<Target, String> targets, Locale locale) {
		if (value == null || value.isNull()) {
			return "";
		}
		return switch (field) {
			case "kind" -> words.apply("plan.kind." + planKind + "." + value.stringValue(), new Object[0]);
			case "status" -> words.apply("state." + value.stringValue(), new Object[0]);
			case "deadline" -> day(value.stringValue(), locale);
			case "indicators" -> String.join("\n", value.valueStream().map(i -> indicator(i, words, targets)).toList());
			case "parent" -> value.stringValue();
			default -> value.isArray() ? String.join(", ", value.valueStream().map(Comparison::text).toList())
					: text(value);
		};
	}

	/** An indicator on a line of its own, with its target (kind, value, baseline, dates) when it has one. */
	private static String indicator(JsonNode indicator, BiFunction<String, Object[], String> words,
			Function<Target, String> targets) {
		Target target = VersionTree.target(indicator.get("target"));
		String text = text(indicator.get("text"));
		return target == null ? text : words.apply("version.indicator.target", new Object[] { text, targets.apply(target) });
	}

	private static String planValue(String field, JsonNode value, BiFunction<String, Object[], String> words,
			Locale locale) {
		if (value == null || value.isNull()) {
			return "";
		}
		return switch (field) {
			case "status" -> words.apply("plan.status." + value.stringValue(), new Object[0]);
			case "period" -> value.get("from").asInt() + "–" + value.get("to").asInt();
			case "adopted" -> String.join(", ", java.util.stream.Stream.of(day(text(value.get("on")), locale), text(value.get("by")))
				.filter(s -> !s.isEmpty())
				.toList());
			case "sections" -> String.join("\n", value.valueStream().map(s -> text(s.get("heading"))).toList());
			case "references" -> String.join("\n", value.valueStream().map(r -> text(r.get("title"))).toList());
			case "parties" -> String.join(", ", value.valueStream().map(p -> text(p.get("code"))).toList());
			case "shortlists" -> String.join(", ", value.valueStream().map(s -> text(s.get("title"))).toList());
			default -> text(value);
		};
	}

	private static String day(String iso, Locale locale) {
		if (iso.isEmpty()) {
			return iso;
		}
		try {
			return Dates.day(LocalDate.parse(iso), locale);
		}
		catch (DateTimeParseException notADate) {
			return iso;
		}
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? "" : node.isString() ? node.stringValue() : node.toString();
	}
}
