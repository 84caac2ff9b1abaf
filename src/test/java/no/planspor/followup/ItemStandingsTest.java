package no.planspor.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.UserAccounts;
import no.planspor.plan.ItemKind;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;

/**
 * Where items stand, read from the published read model {@code item_follow_up} across plans: "never
 * updated" (no status since the plan was adopted), and every overdue measure of every plan in one
 * list, each with its plan and who answers for it.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemStandingsTest {

	@LocalServerPort
	int port;

	@Autowired
	ItemStandings standings;

	@Autowired
	StatusUpdates statuses;

	@Autowired
	PlanReader plans;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Clock clock;

	LocalDate today;

	/** Adopted 100 days ago, with deadlines behind it. */
	String adopted;

	/** A draft: never adopted. */
	String draft;

	@BeforeAll
	void plans() {
		today = LocalDate.now(clock);
		LocalDate past = today.minusDays(1);
		adopted = StatusPlans.importKrnCopy(port, doc -> {
			doc.withObject("adopted").put("on", today.minusDays(100).toString());
			StatusPlans.item(doc, "T3.3 a)").put("deadline", past.toString());
			StatusPlans.item(doc, "T3.3 b)").put("deadline", past.toString());
			StatusPlans.item(doc, "T4.1 a)").put("deadline", past.toString());
			StatusPlans.item(doc, "T1.1 a)").put("deadline", today.toString());
			StatusPlans.item(doc, "1").put("deadline", past.toString());
		});
		draft = StatusPlans.importKrnCopy(port, doc -> {
			doc.put("status", "DRAFT");
			doc.putNull("adopted");
			StatusPlans.item(doc, "T2.1 a)").put("deadline", past.toString());
		});
		record(adopted, "T1.1 b)", State.ON_TRACK, today.minusDays(150));
		record(adopted, "T1.1 c)", State.ON_TRACK, today.minusDays(150));
		record(adopted, "T1.1 c)", State.ON_TRACK, today.minusDays(10));
		record(adopted, "T3.3 b)", State.DONE, today.minusDays(5));
		record(adopted, "T4.1 a)", State.DELAYED, today.minusDays(5));
		record(draft, "T1.1 b)", State.ON_TRACK, today.minusDays(150));
	}

	@Test
	void neverUpdatedMeansNoStatusSinceThePlanWasAdopted() {
		Map<Long, ItemFollowUp> standing = standings.ofPlan(plans.get(adopted).id());
		PlanTree tree = plans.tree(adopted);
		assertThat(standing.get(tree.requireItem("T1.1 a)").id()).neverUpdated()).as("no status").isTrue();
		assertThat(standing.get(tree.requireItem("T1.1 b)").id()).neverUpdated()).as("only before adoption").isTrue();
		assertThat(standing.get(tree.requireItem("T1.1 b)").id()).hasStatus()).isTrue();
		assertThat(standing.get(tree.requireItem("T1.1 c)").id()).neverUpdated()).as("updated since").isFalse();
	}

	@Test
	void aPlanNeverAdoptedCountsEveryStatus() {
		Map<Long, ItemFollowUp> standing = standings.ofPlan(plans.get(draft).id());
		PlanTree tree = plans.tree(draft);
		assertThat(standing.get(tree.requireItem("T1.1 b)").id()).neverUpdated()).isFalse();
		assertThat(standing.get(tree.requireItem("T1.1 a)").id()).neverUpdated()).isTrue();
	}

	@Test
	void everyOverdueMeasureOfEveryPlanInOneList() {
		List<ItemStanding> overdue = standings.overdueMeasures();

		assertThat(overdue).allSatisfy(item -> {
			assertThat(item.kind()).isEqualTo(ItemKind.MEASURE);
			assertThat(item.deadline()).isBefore(today);
			assertThat(item.follow().overdue()).isTrue();
		});
		assertThat(codesIn(overdue, adopted)).as("not the goal, not the done one, not the one due today")
			.containsExactly("T3.3 a)", "T4.1 a)");
		assertThat(codesIn(overdue, draft)).containsExactly("T2.1 a)");

		ItemStanding delayed = overdue.stream()
			.filter(item -> item.plan().code().equals(adopted) && item.code().equals("T4.1 a)"))
			.findFirst()
			.orElseThrow();
		PlanTree tree = plans.tree(adopted);
		assertThat(delayed.itemId()).isEqualTo(tree.requireItem("T4.1 a)").id());
		assertThat(delayed.plan().title()).isEqualTo(tree.plan().title());
		assertThat(delayed.plan().unitCode()).isEqualTo(tree.plan().unit().code());
		assertThat(delayed.follow().latest().state()).isEqualTo(State.DELAYED);
		assertThat(delayed.answering().codes())
			.isEqualTo(tree.requireItem("T4.1 a)").responsible().stream().map(p -> p.code()).toList());
		assertThat(delayed.answeredFromAbove()).isFalse();
	}

	private static List<String> codesIn(List<ItemStanding> items, String planCode) {
		return items.stream().filter(item -> item.plan().code().equals(planCode)).map(ItemStanding::code).toList();
	}

	private void record(String plan, String item, State state, LocalDate asOf) {
		AccountFixtures.as(accounts, "admin", () -> statuses.record(plan, item,
				new StatusReport(state, asOf, null, state.needsNarrative() ? "Forklaring." : null), null));
	}
}
