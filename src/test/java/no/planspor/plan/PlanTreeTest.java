package no.planspor.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import no.planspor.shared.NotFound;

/**
 * Finding items by code, on a small TIK-shaped tree. (Who answers for an item is the plan's published
 * read model's rule, tested with it: {@code PublishedItemsTest}.)
 */
class PlanTreeTest {

	static final Party KL = new Party(1, "KL", "Klinikkleder", PartyKind.ROLE);

	static final Party FL = new Party(2, "FL", "Forskningsleder", PartyKind.ROLE);

	final PlanItem measureI = item(30, 20L, ItemKind.MEASURE, "1a.i", List.of(), List.of());

	final PlanItem measureII = item(31, 20L, ItemKind.MEASURE, "1a.ii", List.of(FL), List.of());

	final PlanItem subgoal = item(20, 10L, ItemKind.SUBGOAL, "1a", List.of(KL), List.of(measureI, measureII));

	final PlanItem goal = item(10, null, ItemKind.GOAL, "1", List.of(), List.of(subgoal));

	final PlanTree tree = new PlanTree(new Plan(1, "tik", PlanKind.ACTION_PLAN, "TIK", new Unit(1, "TIK", "TIK", null),
			2022, 2025, null, null, PlanStatus.ADOPTED, null, 0), List.of(), List.of(), List.of(KL, FL), List.of(),
			List.of(goal));

	@Test
	void anUnknownCodeIsNotFoundWithThePlanAndTheCode() {
		assertThat(tree.requireItem("1a.ii")).isEqualTo(measureII);
		assertThatThrownBy(() -> tree.requireItem("9z")).isInstanceOfSatisfying(NotFound.class,
				ex -> assertThat(ex.args()).containsExactly("tik", "9z"));
	}

	private static PlanItem item(long id, Long parent, ItemKind kind, String code, List<Party> responsible,
			List<PlanItem> children) {
		return new PlanItem(id, parent, kind, code, "Tittel " + code, null, null, null, List.of(), responsible,
				List.of(), List.of(), List.of(), children, 0);
	}
}
