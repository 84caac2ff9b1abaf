package no.planspor.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import no.planspor.PlansporTest;
import no.planspor.exchange.PlanDocuments;
import no.planspor.exchange.PlanExchange;

/**
 * The plan module's published read model (migration V6), the one home of the rule "who answers for
 * an item": the parties it names itself, or else those of the nearest item above it that names any.
 * Checked on a plan built for the purpose, and against a walk up the loaded tree for every item of
 * the seed plans; and plan order, which other modules sort by.
 */
@PlansporTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedItemsTest {

	@Autowired
	PlanExchange exchange;

	@Autowired
	PlanReader plans;

	@Autowired
	JdbcClient db;

	String plan;

	/** One row of published_item, as far as these tests look. */
	record Answer(long itemId, String code, String answeringCode, List<String> parties) {
	}

	@BeforeAll
	void plan() {
		plan = PlanDocuments.freshCode("published");
		ObjectNode doc = PlanDocuments.valid(plan);
		// PlanDocuments.valid: goal 1 (nobody) with T1.1 a) (KL, FU) and T1.1 b) (nobody); goal 2
		// (nobody) with sub-goal 2a (nobody) holding 2a.i (nobody).
		ArrayNode items = (ArrayNode) doc.get("items");
		ObjectNode goal3 = PlanDocuments.item(items, "GOAL", "3", "Et mål som navngir ansvarlige", null);
		goal3.withArray("responsible").add("KL");
		ArrayNode under3 = goal3.withArray("children");
		PlanDocuments.item(under3, "MEASURE", "3.a", null, "Tiltak rett under målet, uten egne");
		ObjectNode sub3b = PlanDocuments.item(under3, "SUBGOAL", "3b", "Delmål uten egne", null);
		PlanDocuments.item(sub3b.withArray("children"), "MEASURE", "3b.i", null, "Tiltak to nivåer under målet");
		ObjectNode sub3c = PlanDocuments.item(under3, "SUBGOAL", "3c", "Delmål med egne", null);
		sub3c.withArray("responsible").add("FU");
		PlanDocuments.item(sub3c.withArray("children"), "MEASURE", "3c.i", null, "Tiltak uten egne");
		ObjectNode own = PlanDocuments.item(sub3c.withArray("children"), "MEASURE", "3c.ii", null, "Tiltak med egne");
		own.withArray("responsible").add("KL").add("FU");
		PlanDocuments.importAsSystem(exchange, doc);
	}

	@Test
	void anItemThatNamesSomeoneAnswersForItself() {
		Map<String, Answer> answers = answers(plan);
		assertThat(answers.get("T1.1 a)")).isEqualTo(answer("T1.1 a)", "T1.1 a)", "KL", "FU"));
		assertThat(answers.get("3c.ii")).isEqualTo(answer("3c.ii", "3c.ii", "KL", "FU"));
		assertThat(answers.get("3")).isEqualTo(answer("3", "3", "KL"));
	}

	@Test
	void anItemThatNamesNobodyIsAnsweredForByTheNearestItemAboveThatNamesSomeone() {
		Map<String, Answer> answers = answers(plan);
		assertThat(answers.get("3c.i")).as("its sub-goal's").isEqualTo(answer("3c.i", "3c", "FU"));
		assertThat(answers.get("3.a")).as("its goal's").isEqualTo(answer("3.a", "3", "KL"));
		assertThat(answers.get("3b")).as("its goal's").isEqualTo(answer("3b", "3", "KL"));
		assertThat(answers.get("3b.i")).as("past a sub-goal naming nobody, its goal's").isEqualTo(answer("3b.i", "3", "KL"));
	}

	@Test
	void nobodyOnTheWayUpMeansNobodyAnswers() {
		Map<String, Answer> answers = answers(plan);
		for (String code : List.of("1", "T1.1 b)", "2", "2a", "2a.i")) {
			assertThat(answers.get(code)).as(code).isEqualTo(new Answer(answers.get(code).itemId(), code, null, List.of()));
		}
	}

	@Test
	void everySeedItemIsAnsweredForAsAWalkUpItsTreeSays() {
		for (String code : List.of("tik-forskning-2022-2025", "krn-forskning-2025-2029", PlanDocuments.STRATEGY)) {
			PlanTree tree = plans.tree(code);
			Map<String, Answer> answers = answers(code);
			assertThat(answers).hasSameSizeAs(tree.allItems().toList());
			tree.allItems().forEach(item -> {
				PlanItem expected = null;
				List<PlanItem> path = tree.pathTo(item);
				for (int i = path.size() - 1; i >= 0 && expected == null; i--) {
					if (!path.get(i).responsible().isEmpty()) {
						expected = path.get(i);
					}
				}
				Answer answer = answers.get(item.code());
				assertThat(answer.answeringCode()).as(code + " " + item.code())
					.isEqualTo(expected == null ? null : expected.code());
				assertThat(answer.parties()).as(code + " " + item.code())
					.isEqualTo(expected == null ? List.of() : expected.responsible().stream().map(Party::code).toList());
			});
		}
	}

	@Test
	void planOrderSortsItemsAsTheTreeReads() {
		for (String code : List.of("tik-forskning-2022-2025", "krn-forskning-2025-2029", plan)) {
			List<Long> ordered = db.sql("select item_id from published_item where plan_code = :plan order by plan_order")
				.param("plan", code)
				.query(Long.class)
				.list();
			assertThat(ordered).as(code).isEqualTo(plans.tree(code).allItems().map(PlanItem::id).toList());
		}
	}

	@Test
	void archivedItemsAreLeftOutButTheirHistoryKeepsItsPlan() {
		String archived = PlanDocuments.freshCode("published-archived");
		PlanDocuments.importAsSystem(exchange, PlanDocuments.valid(archived));
		long measure = plans.tree(archived).requireItem("T1.1 b)").id();
		db.sql("update plan_item set archived_at = now() where id = :id").param("id", measure).update();

		assertThat(answers(archived)).doesNotContainKey("T1.1 b)").containsKey("T1.1 a)");
		assertThat(db.sql("select plan_id, archived from published_item_all where item_id = :id")
			.param("id", measure)
			.query((rs, n) -> rs.getLong(1) + " " + rs.getBoolean(2))
			.single()).isEqualTo(plans.get(archived).id() + " true");
	}

	private Answer answer(String code, String answeringCode, String... parties) {
		return new Answer(plans.tree(plan).requireItem(code).id(), code, answeringCode, List.of(parties));
	}

	private Map<String, Answer> answers(String planCode) {
		return db.sql("""
				select item_id, code, answering_item_code, answering_party_codes
				from published_item where plan_code = :plan
				""")
			.param("plan", planCode)
			.query((rs, n) -> new Answer(rs.getLong(1), rs.getString(2), rs.getString(3),
					List.of((String[]) rs.getArray(4).getArray())))
			.list()
			.stream()
			.collect(Collectors.toMap(Answer::code, answer -> answer));
	}
}
