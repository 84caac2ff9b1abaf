package no.planspor.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.Role;
import no.planspor.account.SystemIdentity;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.EditingPlans.Pair;
import no.planspor.plan.editing.ArchivePreview;
import no.planspor.plan.editing.ArchivedItem;
import no.planspor.plan.editing.IndicatorEdit;
import no.planspor.plan.editing.IndicatorEditing;
import no.planspor.plan.editing.ItemArchiving;
import no.planspor.plan.editing.ItemFieldsEditing;
import no.planspor.plan.editing.ItemPlacing;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The item editing services on copies of the seed plans: every rule, every refusal, every audit row. */
@PlansporTest
class ItemEditingTest {

	@Autowired
	ItemFieldsEditing fields;

	@Autowired
	ItemPlacing placing;

	@Autowired
	ItemArchiving archiving;

	@Autowired
	IndicatorEditing indicators;

	@Autowired
	PlanReader plans;

	@Autowired
	PlanExchange exchange;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	static <T> T admin(Supplier<T> work) {
		return SystemIdentity.call(work);
	}

	@Test
	void editingFieldsRecordsEachChangedFieldAndMovesTheVersionOn() {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		PlanTree tree = plans.tree(plan);
		PlanItem before = tree.item("T1.1 a)").orElseThrow();
		FieldsBuilder f = FieldsBuilder.of(tree, before);
		f.text = "Bruke anbefalingene aktivt";
		f.deadline = LocalDate.of(2027, 3, 1);
		f.responsible = List.of("Klinikkleder", "Forskningsleder");
		f.comment = "  Hovedansvar: FL  ";

		PlanItem after = admin(() -> fields.edit(plan, "T1.1 a)", f.build(), before.version()));

		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThat(after.text()).isEqualTo("Bruke anbefalingene aktivt");
		assertThat(after.deadline()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(after.comment()).as("trimmed").isEqualTo("Hovedansvar: FL");
		assertThat(after.responsible()).extracting(Party::code).containsExactly("Klinikkleder", "Forskningsleder");
		assertThat(AccountFixtures.auditOf(db, "ITEM", before.id())).containsExactly(
				"system UPDATED text: " + before.text() + " → Bruke anbefalingene aktivt",
				"system UPDATED deadline: ∅ → 2027-03-01",
				"system UPDATED comment: ∅ → Hovedansvar: FL",
				"system UPDATED responsible: Forskningsleder, Klinikkleder, FU KRN, FG ledere → Klinikkleder, Forskningsleder");
	}

	@Test
	void savingWhatIsStoredWritesNothing() {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		PlanTree tree = plans.tree(plan);
		PlanItem before = tree.item("T1.1 b)").orElseThrow();
		String document = exchange.export(plan);

		PlanItem after = admin(() -> fields.edit(plan, "T1.1 b)", FieldsBuilder.of(tree, before).build(), before.version()));

		assertThat(after.version()).isEqualTo(before.version());
		assertThat(exchange.export(plan)).isEqualTo(document);
		assertThat(AccountFixtures.auditOf(db, "ITEM", before.id())).isEmpty();
	}

	@Test
	void renamingAMeasureKeepsTheSeeAlsoThatPointsAtIt() {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		PlanTree tree = plans.tree(plan);
		PlanItem d = tree.item("T2.1 d)").orElseThrow();
		assertThat(tree.item("T2.1 c)").orElseThrow().seeAlso()).extracting(ItemRef::code).containsExactly("T2.1 d)");
		FieldsBuilder f = FieldsBuilder.of(tree, d);
		f.code = "T2.1 e)";

		admin(() -> fields.edit(plan, "T2.1 d)", f.build(), d.version()));

		PlanTree now = plans.tree(plan);
		PlanItem c = now.item("T2.1 c)").orElseThrow();
		assertThat(c.seeAlso()).extracting(ItemRef::code).containsExactly("T2.1 e)");
		assertThat(c.seeAlso().get(0).id()).isEqualTo(d.id());
		assertThat(now.item("T2.1 d)")).isEmpty();
		assertThat(exchange.export(plan)).contains("\"T2.1 e)\"").doesNotContain("\"T2.1 d)\"");
		assertThat(AccountFixtures.auditOf(db, "ITEM", d.id())).containsExactly("system UPDATED code: T2.1 d) → T2.1 e)");
	}

	@Test
	void renamingAStrategyItemKeepsTheActionPlansLinksToIt() {
		Pair pair = EditingPlans.krnWithStrategy(exchange);
		PlanTree strategy = plans.tree(pair.strategy());
		PlanItem item = strategy.item("2.1").orElseThrow();
		assertThat(plans.tree(pair.plan()).item("T2.1 a)").orElseThrow().strategyRefs()).extracting(ItemRef::code)
			.containsExactly("2.1");
		FieldsBuilder f = FieldsBuilder.of(strategy, item);
		f.code = "2.1 (ny)";

		admin(() -> fields.edit(pair.strategy(), "2.1", f.build(), item.version()));

		PlanItem measure = plans.tree(pair.plan()).item("T2.1 a)").orElseThrow();
		assertThat(measure.strategyRefs()).extracting(ItemRef::code).containsExactly("2.1 (ny)");
		assertThat(measure.strategyRefs().get(0).id()).isEqualTo(item.id());
		assertThat(plans.linkingTo(item.id())).extracting(link -> link.item().code()).contains("T2.1 a)");
	}

	@Test
	void everyBadFieldIsNamedAndNothingIsWritten() {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		PlanTree tree = plans.tree(plan);
		PlanItem item = tree.item("T1.1 a)").orElseThrow();
		FieldsBuilder f = FieldsBuilder.of(tree, item);
		f.code = "T1.1 b)";
		f.title = "x".repeat(Limits.TITLE + 1);
		f.text = "y".repeat(Limits.ITEM_TEXT + 1);
		f.comment = "z".repeat(Limits.COMMENT + 1);
		f.responsible = List.of("Ingen slik", "Forskningsleder", "Forskningsleder");
		f.strategyRefs = List.of("1.1", "9.9");
		f.seeAlso = List.of("T1.1 a)", "Finnes ikke");
		String document = exchange.export(plan);
		long audit = AccountFixtures.count(db, "audit_event");

		InvalidInput refused = catchThrowableOfType(InvalidInput.class,
				() -> admin(() -> fields.edit(plan, "T1.1 a)", f.build(), item.version())));

		assertThat(refused.problems()).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
				org.assertj.core.groups.Tuple.tuple("code", "plan.edit.code.taken"),
				org.assertj.core.groups.Tuple.tuple("title", "plan.edit.too-long"),
				org.assertj.core.groups.Tuple.tuple("text", "plan.edit.too-long"),
				org.assertj.core.groups.Tuple.tuple("comment", "plan.edit.too-long"),
				org.assertj.core.groups.Tuple.tuple("responsible[0]", "plan.edit.party.unknown"),
				org.assertj.core.groups.Tuple.tuple("responsible[2]", "plan.edit.duplicate"),
				org.assertj.core.groups.Tuple.tuple("strategyRefs[1]", "plan.edit.strategy.unknown"),
				org.assertj.core.groups.Tuple.tuple("seeAlso[0]", "plan.edit.see-also.self"),
				org.assertj.core.groups.Tuple.tuple("seeAlso[1]", "plan.edit.see-also.unknown"));
		assertThat(exchange.export(plan)).isEqualTo(document);
		assertThat(AccountFixtures.count(db, "audit_event")).isEqualTo(audit);
	}

	@Test
	void codesFollowTheImportersRules() {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		PlanTree tree = plans.tree(plan);
		PlanItem item = tree.item("T1.1 a)").orElseThrow();
		for (String bad : List.of("T1/1", "a\\b", "50%", "a;b", "", "   ", "k".repeat(Limits.ITEM_CODE + 1))) {
			FieldsBuilder f = FieldsBuilder.of(tree, item);
			f.code = bad;
			assertThatThrownBy(() -> admin(() -> fields.edit(plan, "T1.1 a)", f.build(), item.version())))
				.as(bad)
				.isInstanceOfSatisfying(InvalidInput.class,
						ex -> assertThat(ex.problems()).extracting(Problem::path).containsExactly("code"));
		}
		FieldsBuilder goal = FieldsBuilder.of(tree, tree.item("1").orElseThrow());
		goal.title = null;
		assertThatThrownBy(() -> admin(() -> fields.edit(plan, "1", goal.build(), tree.item("1").orElseThrow().version())))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(Problem::path, Problem::code)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("title", "plan.edit.goal.title")));
		FieldsBuilder empty = FieldsBuilder.of(tree, item);
		empty.text = " ";
		assertThatThrownBy(() -> admin(() -> fields.edit(plan, "T1.1 a)", empty.build(), item.version())))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems())
				.extracting(Problem::code)
				.containsExactly("plan.edit.title-or-text"));
		assertThat(plans.tree(plan).item("T1.1 a)").orElseThrow().version()).isEqualTo(item.version());
	}

	@Test
	void aStaleVersionIsRefusedWithTheStoredItemAndNothingIsWritten() {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		PlanTree tree = plans.tree(plan);
		PlanItem item = tree.item("T1.1 c)").orElseThrow();
		FieldsBuilder first = FieldsBuilder.of(tree, item);
		first.text = "Første lagring";
		admin(() -> fields.edit(plan, "T1.1 c)", first.build(), item.version()));
		FieldsBuilder second = FieldsBuilder.of(tree, item);
		second.text = "Andre lagring, fra samme versjon";

		Conflict conflict = catchThrowableOfType(Conflict.class,
				() -> admin(() -> fields.edit(plan, "T1.1 c)", second.build(), item.version())));

		assertThat(conflict.code()).isEqualTo("error.conflict.stale");
		assertThat(conflict.current()).isInstanceOfSatisfying(PlanItem.class, current -> {
			assertThat(current.text()).isEqualTo("Første lagring");
			assertThat(current.version()).isEqualTo(item.version() + 1);
		});
		assertThat(plans.tree(plan).item("T1.1 c)").orElseThrow().text()).isEqualTo("Første lagring");
		assertThat(AccountFixtures.auditOf(db, "ITEM", item.id())).hasSize(1);
	}

	@Test
	void nestingRulesHoldForKindsAndMoves() {
		String tik = EditingPlans.tik(exchange, EditingPlans.UNIT, EditingPlans.UNIT_NAME);
		PlanTree tree = plans.tree(tik);
		PlanItem subgoal = tree.item("1a").orElseThrow();
		PlanItem measure = tree.item("1a.i").orElseThrow();
		PlanItem goal = tree.item("1").orElseThrow();

		// A sub-goal with measures under it cannot become a measure; a goal cannot lie under a goal.
		FieldsBuilder toMeasure = FieldsBuilder.of(tree, subgoal);
		toMeasure.kind = ItemKind.MEASURE;
		assertProblems(() -> fields.edit(tik, "1a", toMeasure.build(), subgoal.version()), "kind", "plan.edit.kind.children");
		FieldsBuilder toGoal = FieldsBuilder.of(tree, subgoal);
		toGoal.kind = ItemKind.GOAL;
		assertProblems(() -> fields.edit(tik, "1a", toGoal.build(), subgoal.version()), "kind", "plan.edit.nesting.GOAL");
		// A measure does not stand at the top, nor under another measure, nor anywhere unknown.
		assertProblems(() -> placing.move(tik, "1a.i", null, null, measure.version()), "parent", "plan.edit.nesting.root");
		assertProblems(() -> placing.move(tik, "1a.i", "1a.ii", null, measure.version()), "parent",
				"plan.edit.nesting.MEASURE");
		assertProblems(() -> placing.move(tik, "1a.i", "nope", null, measure.version()), "parent",
				"plan.edit.parent.unknown");
		// A goal cannot go under its own sub-goal.
		assertProblems(() -> placing.move(tik, "1", "1a", null, goal.version()), "parent", "plan.edit.parent.self");
		assertThat(plans.tree(tik).item("1a").orElseThrow().version()).isEqualTo(subgoal.version());

		// What fits is allowed: a measure straight under a goal, as KRN has them.
		PlanItem moved = admin(() -> placing.move(tik, "1a.i", "1", 0, measure.version()));
		assertThat(plans.tree(tik).item("1").orElseThrow().children()).first()
			.satisfies(first -> assertThat(first.id()).isEqualTo(moved.id()));
		assertThat(AccountFixtures.auditOf(db, "ITEM", measure.id())).containsExactly("system MOVED parent: 1a → 1");
	}

	@Test
	void addingPutsTheItemWhereAskedWithItsIndicatorsAndRecordsIt() {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		FieldsBuilder f = FieldsBuilder.measure("2", "T2.2 a)", "Nytt tiltak om studier");
		f.responsible = List.of("FU KRN");
		f.strategyRefs = List.of("2.2");
		f.seeAlso = List.of("T2.1 a)");

		PlanItem added = admin(() -> fields.add(plan, f.build(), 1, List.of("Minst 3 nye studier", "Økt andel")));

		PlanTree tree = plans.tree(plan);
		assertThat(tree.item("2").orElseThrow().children()).extracting(PlanItem::code)
			.startsWith("T2.1 a)", "T2.2 a)", "T2.1 c)");
		assertThat(added.indicators()).extracting(Indicator::text).containsExactly("Minst 3 nye studier", "Økt andel");
		assertThat(added.strategyRefs()).extracting(ItemRef::code).containsExactly("2.2");
		assertThat(added.seeAlso()).extracting(ItemRef::code).containsExactly("T2.1 a)");
		assertThat(AccountFixtures.auditOf(db, "ITEM", added.id())).containsExactly("system CREATED: ∅ → MEASURE");
		assertThat(db.sql("select count(*) from audit_event where entity_type = 'INDICATOR' and item_id = :id")
			.param("id", added.id()).query(Long.class).single()).isEqualTo(2);

		// The same code again, or a measure at the top, is refused.
		assertProblems(() -> fields.add(plan, FieldsBuilder.measure("2", "T2.2 a)", "igjen").build(), null, List.of()),
				"code", "plan.edit.code.taken");
		assertProblems(() -> fields.add(plan, FieldsBuilder.measure(null, "T9", "øverst").build(), null, List.of()),
				"kind", "plan.edit.nesting.root");
	}

	@Test
	void reorderMovesOneStepAndStopsAtTheEnds() {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		PlanItem first = plans.tree(plan).item("T1.1 a)").orElseThrow();

		admin(() -> placing.reorder(plan, "T1.1 a)", 1, first.version()));
		assertThat(plans.tree(plan).item("1").orElseThrow().children()).extracting(PlanItem::code)
			.startsWith("T1.1 b)", "T1.1 a)", "T1.1 c)");
		PlanItem moved = plans.tree(plan).item("T1.1 a)").orElseThrow();
		admin(() -> placing.reorder(plan, "T1.1 a)", -1, moved.version()));
		PlanItem back = plans.tree(plan).item("T1.1 a)").orElseThrow();
		PlanItem unchanged = admin(() -> placing.reorder(plan, "T1.1 a)", -1, back.version()));

		assertThat(unchanged.version()).isEqualTo(back.version());
		assertThat(plans.tree(plan).item("1").orElseThrow().children()).extracting(PlanItem::code)
			.startsWith("T1.1 a)", "T1.1 b)", "T1.1 c)");
		assertThat(AccountFixtures.auditOf(db, "ITEM", first.id())).containsExactly("system MOVED position: 1 → 2",
				"system MOVED position: 2 → 1");
		// The neighbour's version did not move: a form open on it stays valid.
		assertThat(plans.tree(plan).item("T1.1 b)").orElseThrow().version()).isZero();
		assertThatThrownBy(() -> admin(() -> placing.reorder(plan, "T1.1 a)", 1, first.version())))
			.isInstanceOf(Conflict.class);
	}

	@Test
	void archivingTakesTheSubtreeAndItsIndicatorsFreesTheCodesAndKeepsTheHistory() {
		String tik = EditingPlans.tik(exchange, EditingPlans.UNIT, EditingPlans.UNIT_NAME);
		PlanTree tree = plans.tree(tik);
		PlanItem subgoal = tree.item("1a").orElseThrow();
		int indicators = subgoal.flatten().mapToInt(i -> i.indicators().size()).sum();

		ArchivePreview preview = admin(() -> archiving.archivePreview(tik, "1a"));
		assertThat(preview.items()).extracting(PlanItem::code).containsExactly("1a", "1a.i", "1a.ii", "1a.iii");
		assertThat(preview.indicators()).isEqualTo(indicators);

		admin(() -> archiving.archive(tik, "1a", subgoal.version()));

		PlanTree now = plans.tree(tik);
		assertThat(now.item("1a")).isEmpty();
		assertThat(now.item("1a.ii")).isEmpty();
		assertThat(db.sql("select count(*) from plan_item where id = :id and archived_at is not null")
			.param("id", subgoal.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(db.sql("""
				select count(*) from indicator x join plan_item i on i.id = x.item_id
				where i.plan_id = :plan and x.archived_at is not null
				""").param("plan", tree.plan().id()).query(Long.class).single()).isEqualTo(indicators);
		assertThat(AccountFixtures.auditOf(db, "ITEM", subgoal.id())).singleElement()
			.satisfies(row -> assertThat(row).startsWith("system ARCHIVED: ∅ → [\"archived-with\",\"3\","));
		assertThat(archiving.archived(tik)).singleElement().satisfies(a -> {
			assertThat(a.code()).isEqualTo("1a");
			assertThat(a.below()).isEqualTo(3);
			assertThat(a.parentCode()).isEqualTo("1");
		});

		// The code is free for a new item.
		FieldsBuilder again = FieldsBuilder.measure("1", "1a", "Et nytt punkt med den gamle koden");
		PlanItem reuse = admin(() -> fields.add(tik, again.build(), null, List.of()));
		assertThat(reuse.id()).isNotEqualTo(subgoal.id());
	}

	@Test
	void restoringBringsTheGroupBackUnlessACodeIsTakenOrTheParentIsGone() {
		String tik = EditingPlans.tik(exchange, EditingPlans.UNIT, EditingPlans.UNIT_NAME);
		PlanTree tree = plans.tree(tik);
		PlanItem measure = tree.item("1b.i").orElseThrow();
		PlanItem subgoal = tree.item("1b").orElseThrow();
		admin(() -> archiving.archive(tik, "1b.i", measure.version()));
		admin(() -> archiving.archive(tik, "1b", plans.tree(tik).item("1b").orElseThrow().version()));
		assertThat(archiving.archived(tik)).extracting(ArchivedItem::code).containsExactlyInAnyOrder("1b", "1b.i");

		// 1b.i was deleted on its own, before its parent: it cannot come back while 1b is gone.
		assertProblems(() -> archiving.restore(tik, measure.id()), "parent", "plan.edit.restore.parent-archived");
		// 1b cannot come back while a live item has its code.
		PlanItem taken = admin(() -> fields.add(tik, FieldsBuilder.measure("1", "1b", "Tar koden").build(), null,
				List.of()));
		assertProblems(() -> archiving.restore(tik, subgoal.id()), "code", "plan.edit.restore.code-taken");

		admin(() -> archiving.archive(tik, "1b", taken.version()));
		PlanItem restored = admin(() -> archiving.restore(tik, subgoal.id()));
		assertThat(restored.id()).isEqualTo(subgoal.id());
		assertThat(restored.indicators()).hasSize(subgoal.indicators().size());
		assertThat(restored.children()).as("1b.i was deleted separately and stays deleted").isEmpty();
		admin(() -> archiving.restore(tik, measure.id()));
		assertThat(plans.tree(tik).item("1b").orElseThrow().children()).extracting(PlanItem::code).containsExactly("1b.i");
		assertThat(AccountFixtures.auditOf(db, "ITEM", subgoal.id())).last().asString().startsWith("system RESTORED");
	}

	@Test
	void indicatorsAreAddedEditedReorderedAndArchived() {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		PlanItem item = plans.tree(plan).item("T1.1 a)").orElseThrow();
		assertThat(item.indicators()).hasSize(3);

		Indicator added = admin(() -> indicators.addIndicator(plan, "T1.1 a)", "Minst 2 nye samarbeid", item.version()));
		assertThat(added.number()).isEqualTo(4);
		assertThatThrownBy(() -> admin(() -> indicators.addIndicator(plan, "T1.1 a)", "Fra gammel versjon", item.version())))
			.as("adding changes the item's version").isInstanceOf(Conflict.class);
		assertProblems(() -> indicators.addIndicator(plan, "T1.1 a)", "  ", item.version() + 1), "text", "plan.edit.required");

		PlanItem now = plans.tree(plan).item("T1.1 a)").orElseThrow();
		Indicator second = now.indicators().get(1);
		admin(() -> indicators.editIndicator(plan, "T1.1 a)", 2, "Endret tekst", second.version()));
		assertThatThrownBy(() -> admin(() -> indicators.editIndicator(plan, "T1.1 a)", 2, "Igjen", second.version())))
			.isInstanceOf(Conflict.class);
		admin(() -> indicators.reorderIndicator(plan, "T1.1 a)", 4, -1, now.version()));
		PlanItem reordered = plans.tree(plan).item("T1.1 a)").orElseThrow();
		assertThat(reordered.indicators()).extracting(Indicator::text).containsExactly(now.indicators().get(0).text(),
				"Endret tekst", "Minst 2 nye samarbeid", now.indicators().get(2).text());
		admin(() -> indicators.archiveIndicator(plan, "T1.1 a)", 1, reordered.version()));

		PlanItem last = plans.tree(plan).item("T1.1 a)").orElseThrow();
		assertThat(last.indicators()).extracting(Indicator::text).containsExactly("Endret tekst", "Minst 2 nye samarbeid",
				now.indicators().get(2).text());
		assertThat(db.sql("select count(*) from indicator where item_id = :id and archived_at is not null")
			.param("id", item.id()).query(Long.class).single()).isEqualTo(1);
		assertThat(AccountFixtures.auditOf(db, "INDICATOR", second.id()))
			.containsExactly("system UPDATED text: " + second.text() + " → Endret tekst");
		assertThat(AccountFixtures.auditOf(db, "INDICATOR", added.id())).containsExactly("system CREATED: ∅ → ∅",
				"system MOVED position: 4 → 3");
	}

	@Test
	void replaceMakesTheIndicatorListExactlyAsGivenAndSetsTargetsTheOneWay() {
		String plan = EditingPlans.krnWithStrategy(exchange).plan();
		PlanTree tree = plans.tree(plan);
		PlanItem item = tree.item("T1.1 b)").orElseThrow();
		Indicator one = item.indicators().get(0);
		Indicator two = item.indicators().get(1);
		Target three = new Target(Target.Kind.COUNT, BigDecimal.valueOf(3), "PhD", Target.Per.PLAN, null, null);

		PlanItem written = admin(() -> fields.replace(plan, "T1.1 b)", FieldsBuilder.of(tree, item).build(),
				List.of(new IndicatorEdit(2, "Andre, nå først", three, two.version()),
						new IndicatorEdit(null, "Helt ny", null, null)),
				item.version()));

		assertThat(written.version()).as("the list changed: the item's version moves on").isEqualTo(item.version() + 1);
		assertThat(written.indicators()).extracting(Indicator::text).containsExactly("Andre, nå først", "Helt ny");
		assertThat(written.indicators().get(0).id()).isEqualTo(two.id());
		assertThat(written.indicators().get(0).target()).isEqualTo(three);
		assertThat(AccountFixtures.auditOf(db, "INDICATOR", one.id())).containsExactly("system ARCHIVED: ∅ → ∅");
		assertThat(AccountFixtures.auditOf(db, "INDICATOR", two.id())).containsExactly(
				"system UPDATED text: " + two.text() + " → Andre, nå først", "system UPDATED target: ∅ → [\"target\",\"COUNT\",\"3\",\"PhD\",\"PLAN\",null,null,null]");

		// A stale indicator version is a conflict, even when the item's is right.
		PlanItem now = plans.tree(plan).item("T1.1 b)").orElseThrow();
		assertThatThrownBy(() -> admin(() -> fields.replace(plan, "T1.1 b)", FieldsBuilder.of(plans.tree(plan), now).build(),
				List.of(new IndicatorEdit(1, "x", null, two.version())), now.version())))
			.isInstanceOf(Conflict.class);
		// Unknown numbers, a missing version and a bad target are named.
		InvalidInput refused = catchThrowableOfType(InvalidInput.class,
				() -> admin(() -> fields.replace(plan, "T1.1 b)", FieldsBuilder.of(plans.tree(plan), now).build(),
						List.of(new IndicatorEdit(7, "x", null, 0), new IndicatorEdit(1, "y", null, null),
								new IndicatorEdit(null, "z", new Target(Target.Kind.PERCENT, BigDecimal.valueOf(120), null,
										null, null, null), null)),
						now.version())));
		assertThat(refused.problems()).extracting(Problem::path).containsExactlyInAnyOrder("indicators[0].number",
				"indicators[1].version", "indicators[2].target.value");
		assertThat(plans.tree(plan).item("T1.1 b)").orElseThrow().version()).isEqualTo(now.version());
	}

	@Test
	void onlyEditorsOfThePlansUnitAndAdminsMayEdit() {
		String mine = EditingPlans.krnWithStrategy(exchange).plan();
		String theirs = EditingPlans.tik(exchange, EditingPlans.OTHER_UNIT, EditingPlans.OTHER_UNIT_NAME);
		String editor = AccountFixtures.unique("editor");
		AccountFixtures.grantUnit(db, AccountFixtures.user(accounts, editor, Role.EDITOR),
				AccountFixtures.unitId(db, EditingPlans.UNIT));
		String contributor = AccountFixtures.unique("contributor");
		long contributorId = AccountFixtures.user(accounts, contributor, Role.CONTRIBUTOR);
		AccountFixtures.grantUnit(db, contributorId, AccountFixtures.unitId(db, EditingPlans.UNIT));
		String reader = AccountFixtures.unique("reader");
		AccountFixtures.user(accounts, reader, Role.READER);

		PlanTree tree = plans.tree(mine);
		PlanItem item = tree.item("T1.1 a)").orElseThrow();
		FieldsBuilder f = FieldsBuilder.of(tree, item);
		f.text = "Redaktøren endret teksten";
		PlanItem edited = AccountFixtures.as(accounts, editor, () -> fields.edit(mine, "T1.1 a)", f.build(), item.version()));
		assertThat(AccountFixtures.auditOf(db, "ITEM", item.id())).singleElement().asString().startsWith(editor + " UPDATED text");

		PlanTree other = plans.tree(theirs);
		PlanItem otherItem = other.item("1a").orElseThrow();
		assertThatThrownBy(() -> AccountFixtures.as(accounts, editor,
				() -> fields.edit(theirs, "1a", FieldsBuilder.of(other, otherItem).build(), otherItem.version())))
			.isInstanceOf(AccessDeniedException.class);
		for (String user : List.of(contributor, reader)) {
			assertThatThrownBy(() -> AccountFixtures.as(accounts, user,
					() -> fields.edit(mine, "T1.1 a)", f.build(), edited.version())))
				.as(user).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> AccountFixtures.as(accounts, user, () -> archiving.archive(mine, "T1.1 a)", edited.version())))
				.as(user).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> AccountFixtures.as(accounts, user,
					() -> indicators.addIndicator(mine, "T1.1 a)", "x", edited.version())))
				.as(user).isInstanceOf(AccessDeniedException.class);
		}
		assertThat(plans.tree(mine).item("T1.1 a)").orElseThrow().version()).isEqualTo(edited.version());
	}

	/** Runs the work as the application and expects it refused, naming {@code path} with {@code code} among its problems. */
	private static void assertProblems(Supplier<?> work, String path, String code) {
		InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> admin(work));
		assertThat(refused).as("refused").isNotNull();
		if (path != null) {
			assertThat(refused.problems()).extracting(Problem::path, Problem::code)
				.contains(org.assertj.core.groups.Tuple.tuple(path, code));
		}
	}
}
