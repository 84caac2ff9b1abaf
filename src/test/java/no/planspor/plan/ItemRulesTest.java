package no.planspor.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.planspor.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/** Each rule an item must satisfy, without a database: the same answers for the form, the API and the import. */
class ItemRulesTest {

	/** A KRN-like plan: parties, a strategy with items 1.1 and 1.2, and items 1, T1.1 a) and T1.1 b). */
	static final ItemRules.Known KNOWN = new ItemRules.Known(Set.of("KL", "FL", "FU KRN"),
			Set.of("1", "T1.1 a)", "T1.1 b)"), Set.of("1", "T1.1 a)", "T1.1 b)"), "Forskningsstrategi 2025-2029",
			Set.of("1.1", "1.2"));

	static final ItemRules.Place UNDER_GOAL = new ItemRules.Place(ItemKind.GOAL, 1);

	static ItemFields measure(String code, String text) {
		return new ItemFields("1", ItemKind.MEASURE, code, null, text, LocalDate.of(2027, 3, 1), null, List.of("KL"),
				List.of("1.1"), List.of("T1.1 a)"));
	}

	static List<String> check(ItemFields item) {
		return check(item, UNDER_GOAL, null);
	}

	static List<String> check(ItemFields item, ItemRules.Place place, ItemRules.Stored stored) {
		return ItemRules.check(item, place, stored, KNOWN).stream().map(p -> p.path() + " " + p.code()).toList();
	}

	static ItemFields with(ItemFields f, String field, Object value) {
		@SuppressWarnings("unchecked")
		List<String> list = value instanceof List<?> ? (List<String>) value : null;
		return new ItemFields(field.equals("parent") ? (String) value : f.parent(),
				field.equals("kind") ? (ItemKind) value : f.kind(), field.equals("code") ? (String) value : f.code(),
				field.equals("title") ? (String) value : f.title(), field.equals("text") ? (String) value : f.text(),
				f.deadline(), field.equals("comment") ? (String) value : f.comment(),
				field.equals("responsible") ? list : f.responsible(),
				field.equals("strategyRefs") ? list : f.strategyRefs(), field.equals("seeAlso") ? list : f.seeAlso());
	}

	@Test
	void aMeasureWithKnownLinksIsFine() {
		assertThat(check(measure("T1.1 c)", "Bruke anbefalinger"))).isEmpty();
		assertThat(check(new ItemFields(null, ItemKind.GOAL, "2", "Et mål", null, null, null, List.of(), List.of(),
				List.of()), ItemRules.Place.TOP, null)).isEmpty();
	}

	@Test
	void theCodeIsRequiredShortFitForAnAddressAndFree() {
		assertThat(check(measure(null, "x"))).containsExactly("code plan.edit.required");
		assertThat(check(measure("  ", "x"))).containsExactly("code plan.edit.required");
		assertThat(check(measure("k".repeat(Limits.ITEM_CODE + 1), "x"))).containsExactly("code plan.edit.too-long");
		for (String bad : List.of("T1/1", "a\\b", "50%", "a;b")) {
			assertThat(check(measure(bad, "x"))).as(bad).containsExactly("code plan.edit.code.characters");
		}
		assertThat(check(measure("T1.1 b)", "x"))).containsExactly("code plan.edit.code.taken");
		assertThat(ItemRules.check(measure("T1.1 b)", "x"), UNDER_GOAL, null, KNOWN))
			.extracting(Problem::args)
			.containsExactly(List.of("T1.1 b)"));
	}

	@Test
	void theKindIsRequired() {
		assertThat(check(with(measure("T9", "x"), "kind", null))).containsExactly("kind plan.edit.required");
	}

	@Test
	void aGoalNeedsATitleAndAnyOtherItemATitleOrAText() {
		ItemFields goal = new ItemFields(null, ItemKind.GOAL, "9", null, "Bare tekst", null, null, List.of(), List.of(),
				List.of());
		assertThat(check(goal, ItemRules.Place.TOP, null)).containsExactly("title plan.edit.goal.title");
		assertThat(check(measure("T9", null))).containsExactly("text plan.edit.title-or-text");
		assertThat(check(measure("T9", "   "))).as("blank is none").containsExactly("text plan.edit.title-or-text");
		assertThat(check(with(measure("T9", null), "title", "Tittel"))).isEmpty();
	}

	@Test
	void textsHaveTheirLengths() {
		ItemFields long_ = with(with(measure("T9", "y".repeat(Limits.ITEM_TEXT + 1)), "title", "x".repeat(Limits.TITLE + 1)),
				"comment", "z".repeat(Limits.COMMENT + 1));
		assertThat(check(long_)).containsExactly("title plan.edit.too-long", "text plan.edit.too-long",
				"comment plan.edit.too-long");
		assertThat(check(with(with(measure("T9", "y".repeat(Limits.ITEM_TEXT)), "title", "x".repeat(Limits.TITLE)),
				"comment", "z".repeat(Limits.COMMENT)))).isEmpty();
	}

	@Test
	void goalsStandAtTheTopAndKindsUnderKindsThatHoldThem() {
		assertThat(check(measure("T9", "x"), ItemRules.Place.TOP, null)).containsExactly("kind plan.edit.nesting.root");
		assertThat(check(with(with(measure("T9", "x"), "kind", ItemKind.GOAL), "title", "Mål")))
			.containsExactly("kind plan.edit.nesting.GOAL");
		assertThat(check(measure("T9", "x"), new ItemRules.Place(ItemKind.SUBGOAL, 2), null)).isEmpty();
		assertThat(check(with(measure("T9", "x"), "kind", ItemKind.SUBGOAL), new ItemRules.Place(ItemKind.SUBGOAL, 2),
				null)).containsExactly("kind plan.edit.nesting.SUBGOAL");
		assertThat(check(measure("T9", "x"), new ItemRules.Place(ItemKind.MEASURE, 2), null))
			.containsExactly("kind plan.edit.nesting.MEASURE");
		assertThat(check(measure("T9", "x"), null, null)).as("no place, no rules of place").isEmpty();
	}

	@Test
	void aMoveIsToldAboutThePlaceAndAChangedKindAboutTheKind() {
		ItemFields item = with(measure("T9", "x"), "seeAlso", List.of());
		ItemRules.Stored storedMeasure = new ItemRules.Stored(ItemKind.MEASURE, "T9", 1, Map.of());
		assertThat(check(item, ItemRules.Place.TOP, storedMeasure)).containsExactly("parent plan.edit.nesting.root");
		ItemRules.Stored storedSubgoal = new ItemRules.Stored(ItemKind.SUBGOAL, "T9", 1, Map.of());
		assertThat(check(item, new ItemRules.Place(ItemKind.MEASURE, 2), storedSubgoal))
			.containsExactly("kind plan.edit.nesting.MEASURE");
	}

	@Test
	void nothingNestsDeeperThanTheLimitCountingWhatLiesBelow() {
		ItemFields item = measure("T9", "x");
		assertThat(check(item, new ItemRules.Place(ItemKind.MEASURE, Limits.DEPTH - 1), null))
			.doesNotContain("parent plan.edit.too-deep");
		assertThat(check(item, new ItemRules.Place(ItemKind.MEASURE, Limits.DEPTH), null))
			.contains("parent plan.edit.too-deep");
		ItemFields subgoal = with(with(item, "kind", ItemKind.SUBGOAL), "code", "1a");
		ItemRules.Stored twoLevels = new ItemRules.Stored(ItemKind.SUBGOAL, "1a", 2, Map.of("1a.i", ItemKind.MEASURE));
		assertThat(check(subgoal, new ItemRules.Place(ItemKind.GOAL, Limits.DEPTH - 2), twoLevels)).isEmpty();
		assertThat(check(subgoal, new ItemRules.Place(ItemKind.GOAL, Limits.DEPTH - 1), twoLevels))
			.containsExactly("parent plan.edit.too-deep");
	}

	@Test
	void aKindMustHoldTheItemsBelowIt() {
		Map<String, ItemKind> children = new LinkedHashMap<>();
		children.put("1a.i", ItemKind.MEASURE);
		children.put("1a.ii", ItemKind.MEASURE);
		ItemRules.Stored subgoal = new ItemRules.Stored(ItemKind.SUBGOAL, "1a", 2, children);
		List<Problem> problems = ItemRules.check(with(measure("1a", "x"), "kind", ItemKind.MEASURE), UNDER_GOAL, subgoal,
				KNOWN);
		assertThat(problems).extracting(Problem::path, Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("kind", "plan.edit.kind.children"));
		assertThat(problems.get(0).args()).containsExactly("1a.i, 1a.ii");
	}

	@Test
	void responsiblePartiesAreThePlansEachOnce() {
		List<String> parties = new ArrayList<>(List.of("Ingen slik", "FL", "FL", " "));
		parties.add(null);
		assertThat(check(with(measure("T9", "x"), "responsible", parties))).containsExactlyInAnyOrder(
				"responsible[0] plan.edit.party.unknown", "responsible[2] plan.edit.duplicate",
				"responsible[3] plan.edit.required", "responsible[4] plan.edit.required");
	}

	@Test
	void strategyReferencesNameItemsOfTheParentStrategy() {
		assertThat(check(with(measure("T9", "x"), "strategyRefs", List.of("1.2", "9.9"))))
			.containsExactly("strategyRefs[1] plan.edit.strategy.unknown");
		ItemRules.Known noStrategy = new ItemRules.Known(KNOWN.parties(), KNOWN.takenCodes(), KNOWN.itemCodes(), null,
				null);
		assertThat(ItemRules.check(measure("T9", "x"), UNDER_GOAL, null, noStrategy)).extracting(Problem::path,
				Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("strategyRefs[0]", "plan.edit.strategy.no-parent"));
		ItemRules.Known unknownItems = new ItemRules.Known(KNOWN.parties(), KNOWN.takenCodes(), KNOWN.itemCodes(),
				"ous-forskningsstrategi-2099", null);
		assertThat(ItemRules.check(with(measure("T9", "x"), "strategyRefs", List.of("9.9")), UNDER_GOAL, null,
				unknownItems)).as("a strategy that could not be found is said about elsewhere").isEmpty();
	}

	@Test
	void seeAlsoNamesOtherItemsOfThePlan() {
		assertThat(check(with(measure("T9", "x"), "seeAlso", List.of("T9", "Finnes ikke", "T1.1 b)"))))
			.containsExactly("seeAlso[0] plan.edit.see-also.self", "seeAlso[1] plan.edit.see-also.unknown");
		ItemRules.Stored stored = new ItemRules.Stored(ItemKind.MEASURE, "T1.1 a)", 1, Map.of());
		ItemRules.Known others = new ItemRules.Known(KNOWN.parties(), Set.of("1", "T1.1 b)"), KNOWN.itemCodes(),
				KNOWN.strategy(), KNOWN.strategyItems());
		assertThat(check(with(measure("T1.1 z)", "x"), "seeAlso", List.of("T1.1 a)")), UNDER_GOAL, stored))
			.as("by the code it has while changing it")
			.containsExactly("seeAlso[0] plan.edit.see-also.self");
		assertThat(ItemRules.check(measure("T1.1 a)", "x"), UNDER_GOAL, stored, others)).extracting(Problem::code)
			.as("its own code is not taken by it")
			.containsExactly("plan.edit.see-also.self");
	}

	@Test
	void anIndicatorHasATextOfItsLength() {
		assertThat(ItemRules.indicatorText("Minst 3 nye studier", "indicators[0].text")).isEmpty();
		assertThat(ItemRules.indicatorText(" ", "indicators[0].text")).extracting(Problem::path, Problem::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("indicators[0].text", "plan.edit.required"));
		assertThat(ItemRules.indicatorText("x".repeat(Limits.INDICATOR_TEXT + 1), "text")).extracting(Problem::code)
			.containsExactly("plan.edit.too-long");
	}

	@Test
	void cleanedFieldsAreTrimmedAndKeepEveryListEntryInItsPlace() {
		List<String> parties = new ArrayList<>(List.of(" KL ", ""));
		parties.add(null);
		ItemFields cleaned = new ItemFields(" 1 ", ItemKind.MEASURE, " T9 ", "  ", " Tekst ", null, "", parties,
				List.of(), List.of(" T1.1 a)")).cleaned();
		assertThat(cleaned.parent()).isEqualTo("1");
		assertThat(cleaned.code()).isEqualTo("T9");
		assertThat(cleaned.title()).isNull();
		assertThat(cleaned.text()).isEqualTo("Tekst");
		assertThat(cleaned.comment()).isNull();
		assertThat(cleaned.responsible()).containsExactly("KL", "", null);
		assertThat(cleaned.seeAlso()).containsExactly("T1.1 a)");
	}
}
