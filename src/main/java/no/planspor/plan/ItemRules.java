package no.planspor.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;

import no.planspor.plan.editing.FieldChecks;
import no.planspor.shared.Problem;

/**
 * The rules a goal, sub-goal or measure must satisfy, wherever it is written: the item form, the item
 * API and the plan import all ask this class, so an item refused by one is refused by the others with
 * the same message. Pure: it is told what it needs to know of the plan, and asks no database.
 *
 * <p>It checks the fields as given; callers that keep what a person typed trimmed (the editor, the
 * import) pass {@link ItemFields#cleaned()}. Where the item goes is the caller's to find ({@link Place});
 * whether a parent code names an item at all is a question of the editor's, since a document nests its
 * items instead of naming their parents.
 *
 * <p>Problem paths are the item's field names: {@code code}, {@code responsible[2]},
 * {@code indicators[0].text}, and {@code parent} for where it stands. Callers put their own prefix in
 * front ({@code $.} for the item API, the item's JSON path for the import).
 */
public final class ItemRules {

	/**
	 * Where the item stands or is to stand.
	 *
	 * @param parentKind the kind of the item above it; null at the top of the plan
	 * @param levelsAbove how many items lie above it: 0 at the top
	 */
	public record Place(ItemKind parentKind, int levelsAbove) {

		public static final Place TOP = new Place(null, 0);
	}

	/**
	 * The item as it is stored now, for a change to an existing item.
	 *
	 * @param levels levels from the item down to its deepest descendant, the item included
	 * @param children the kinds of the items right under it, by code, in plan order
	 */
	public record Stored(ItemKind kind, String code, int levels, Map<String, ItemKind> children) {
	}

	/**
	 * What the rules know of the plan around the item.
	 *
	 * @param parties the codes of the plan's parties
	 * @param takenCodes the codes other items hold, which this item may not take
	 * @param itemCodes the codes a see-also reference may name: the plan's items
	 * @param strategy the parent strategy as a message names it; null when the plan builds on none
	 * @param strategyItems the codes of the parent strategy's items; null when they are not known (the
	 *        strategy itself could not be found, and that is said elsewhere)
	 */
	public record Known(Set<String> parties, Set<String> takenCodes, Set<String> itemCodes, String strategy,
			Set<String> strategyItems) {
	}

	private ItemRules() {
	}

	/**
	 * Everything wrong with the item's fields.
	 *
	 * @param place where it goes; null when that could not be found (then the rules of place are not asked)
	 * @param stored the item as stored now; null for a new item
	 */
	public static List<Problem> check(ItemFields item, Place place, Stored stored, Known known) {
		FieldChecks checks = new FieldChecks();
		String code = code(item.code(), known, checks);
		ItemKind kind = item.kind();
		if (kind == null) {
			checks.problem("kind", "plan.edit.required");
		}
		String title = checks.text(item.title(), "title", false, Limits.TITLE);
		String text = checks.text(item.text(), "text", false, Limits.ITEM_TEXT);
		if (kind == ItemKind.GOAL && title == null && !checks.has("title")) {
			checks.problem("title", "plan.edit.goal.title");
		}
		else if (title == null && text == null && !checks.has("title") && !checks.has("text")) {
			checks.problem("text", "plan.edit.title-or-text");
		}
		checks.text(item.comment(), "comment", false, Limits.COMMENT);
		if (kind != null && place != null) {
			place(kind, place, stored, checks);
		}
		if (kind != null && stored != null) {
			List<String> misfits = stored.children()
				.entrySet()
				.stream()
				.filter(child -> !kind.mayContain(child.getValue()))
				.map(Map.Entry::getKey)
				.toList();
			if (!misfits.isEmpty()) {
				checks.problem("kind", "plan.edit.kind.children", String.join(", ", misfits));
			}
		}
		responsible(item.responsible(), known, checks);
		strategyRefs(item.strategyRefs(), known, checks);
		seeAlso(item.seeAlso(), code, stored, known, checks);
		return checks.problems();
	}

	/** What is wrong with the text of an indicator at {@code path}: it is required, and has a length. */
	public static List<Problem> indicatorText(String text, String path) {
		FieldChecks checks = new FieldChecks();
		checks.text(text, path, true, Limits.INDICATOR_TEXT);
		return checks.problems();
	}

	private static String code(String given, Known known, FieldChecks checks) {
		String code = checks.text(given, "code", true, Limits.ITEM_CODE);
		if (code != null && !ItemCodes.fitsInAddress(code)) {
			checks.problem("code", "plan.edit.code.characters");
		}
		if (code != null && !checks.has("code") && known.takenCodes().contains(code)) {
			checks.problem("code", "plan.edit.code.taken", code);
		}
		return code;
	}

	/** Kinds under kinds, and not too deep; said about the choice the person made (the kind, unless only the place changed). */
	private static void place(ItemKind kind, Place place, Stored stored, FieldChecks checks) {
		boolean fits = place.parentKind() == null ? kind.mayBeRoot() : place.parentKind().mayContain(kind);
		if (!fits) {
			String at = stored != null && stored.kind() == kind ? "parent" : "kind";
			checks.problem(at, place.parentKind() == null ? "plan.edit.nesting.root"
					: "plan.edit.nesting." + place.parentKind());
		}
		int levels = place.levelsAbove() + (stored == null ? 1 : stored.levels());
		if (levels > Limits.DEPTH) {
			checks.problem("parent", "plan.edit.too-deep", Limits.DEPTH);
		}
	}

	private static void responsible(List<String> given, Known known, FieldChecks checks) {
		List<String> parties = checks.codes(given, "responsible", Limits.PARTY_CODE);
		for (int i = 0; i < parties.size(); i++) {
			String party = parties.get(i);
			if (party != null && !known.parties().contains(party)) {
				checks.problem("responsible[" + i + "]", "plan.edit.party.unknown", party);
			}
		}
	}

	private static void strategyRefs(List<String> given, Known known, FieldChecks checks) {
		List<String> refs = checks.codes(given, "strategyRefs", Limits.ITEM_CODE);
		for (int i = 0; i < refs.size(); i++) {
			String ref = refs.get(i);
			if (ref == null) {
				continue;
			}
			if (known.strategy() == null) {
				checks.problem("strategyRefs[" + i + "]", "plan.edit.strategy.no-parent", ref);
			}
			else if (known.strategyItems() != null && !known.strategyItems().contains(ref)) {
				checks.problem("strategyRefs[" + i + "]", "plan.edit.strategy.unknown", ref, known.strategy());
			}
		}
	}

	/** An item does not refer to itself, by its new code or (while changing it) by the one it has. */
	private static void seeAlso(List<String> given, String code, Stored stored, Known known, FieldChecks checks) {
		List<String> refs = checks.codes(given, "seeAlso", Limits.ITEM_CODE);
		for (int i = 0; i < refs.size(); i++) {
			String ref = refs.get(i);
			if (ref == null) {
				continue;
			}
			if (ref.equals(code) || (stored != null && ref.equals(stored.code()))) {
				checks.problem("seeAlso[" + i + "]", "plan.edit.see-also.self", ref);
			}
			else if (!known.itemCodes().contains(ref)) {
				checks.problem("seeAlso[" + i + "]", "plan.edit.see-also.unknown", ref);
			}
		}
	}
}
