package no.planspor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.planspor.plan.ItemKind;
import no.planspor.plan.Plan;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;

class AnchorsTest {

	@Test
	void codesBecomeReadableFragmentIds() {
		assertThat(Anchors.of("T1.1 a)")).isEqualTo("item-T1.1-a");
		assertThat(Anchors.of("T1.2 a) b)")).isEqualTo("item-T1.2-a-b");
		assertThat(Anchors.of("T1.6d)")).isEqualTo("item-T1.6d");
		assertThat(Anchors.of("1a.ii")).isEqualTo("item-1a.ii");
		assertThat(Anchors.of("1")).isEqualTo("item-1");
		assertThat(Anchors.of("(a)")).isEqualTo("item-a");
	}

	@Test
	void idsHoldNothingThatNeedsEscapingInAFragment() {
		for (String code : List.of("T1.1 a)", "Mål 2 – «nytt»", "x/y?z#w", "   ", "ÆØÅ", "a&b<c>\"d'")) {
			assertThat(Anchors.of(code)).as(code).matches("item-[A-Za-z0-9.\\-]+");
		}
	}

	@Test
	void codesThatDifferOnlyInPunctuationStillGetUniqueIdsOnThePage() {
		PlanTree tree = tree(item(1, "T1.1 a)"), item(2, "T1.1-a"), item(3, "T1.1 (a)"), item(4, "T1.1 b)"));

		assertThat(Anchors.forPlan(tree)).containsExactly(java.util.Map.entry(1L, "item-T1.1-a"),
				java.util.Map.entry(2L, "item-T1.1-a-2"), java.util.Map.entry(3L, "item-T1.1-a-3"),
				java.util.Map.entry(4L, "item-T1.1-b"));
	}

	private static PlanItem item(long id, String code) {
		return new PlanItem(id, null, ItemKind.GOAL, code, "Mål", null, null, null, List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), 0);
	}

	private static PlanTree tree(PlanItem... items) {
		Plan plan = new Plan(1, "p", no.planspor.plan.PlanKind.ACTION_PLAN, "P", null, 2025, 2029, null, null,
				no.planspor.plan.PlanStatus.DRAFT, null, 0);
		return new PlanTree(plan, List.of(), List.of(), List.of(), List.of(), List.of(items));
	}
}
