package no.planspor.review;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import no.planspor.PlansporTest;
import no.planspor.account.AccountFixtures;
import no.planspor.account.SystemIdentity;
import no.planspor.account.UserAccounts;
import no.planspor.exchange.PlanExchange;
import no.planspor.plan.ItemFields;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.editing.ItemFieldsEditing;
import no.planspor.review.internal.ReviewApplying;
import no.planspor.review.internal.Reviews;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.Problem;
import no.planspor.version.ItemChange;
import no.planspor.version.PlanVersions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Applying a review (issue 11, §3 and §7): it makes exactly its decisions and nothing else, or nothing
 * when one of them fails; it is done once; and decisions do not silently overwrite each other.
 */
@PlansporTest
class ReviewApplyingTest {

	@Autowired
	PlanExchange exchange;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient db;

	@Autowired
	PlanReader plans;

	@Autowired
	Reviews reviews;

	@Autowired
	ReviewApplying applying;

	@Autowired
	PlanVersions versions;

	@Autowired
	ItemFieldsEditing fields;

	ReviewPlans krn;

	@BeforeEach
	void krnCopy() {
		krn = ReviewPlans.krn(exchange, accounts, db, "gjennomgang");
	}

	@Test
	void applyingMakesExactlyItsDecisionsAndAVersionBeforeAndAfter() {
		Review review = asEditor(() -> reviews.open(krn.plan));
		assertThat(versions.get(krn.plan, review.beforeVersion()).label()).startsWith("Før gjennomgang ");
		asEditor(() -> {
			reviews.decide(krn.plan, review.id(), null, ReviewPlans.keep("T1.1 a)", "Går som planlagt"), null);
			reviews.decide(krn.plan, review.id(), null, ReviewPlans.adjust("T1.1 b)", "Gjøres mer konkret",
					"Etablere faste møter for utveksling av erfaringer", List.of("FU KRN", "Forskningsleder"),
					List.of("Antall møter i året", "Ny indikator")), null);
			reviews.decide(krn.plan, review.id(), null, ReviewPlans.stop("T1.1 c)", "Dekkes av T1.1 a)"), null);
			reviews.decide(krn.plan, review.id(), null, ReviewPlans.add("1", "T1.7 a)", "Årlig forskningsdag i KRN",
					"Nytt tiltak fra FU"), null);
			reviews.shortlist(krn.plan, review.id(), "2028-2029", "Kortliste 2028-2029", List.of("T1.1 a)", "T1.1 b)"),
					0);
			return reviews.submit(krn.plan, review.id(), "FU KRN");
		});
		PlanTree before = plans.tree(krn.plan);
		PlanItem untouched = before.requireItem("T1.2 a) b)");

		Review applied = asLeader(() -> applying.apply(krn.plan, review.id()));

		assertThat(applied.state()).isEqualTo(ReviewState.APPLIED);
		assertThat(versions.get(krn.plan, applied.afterVersion()).label()).startsWith("Etter gjennomgang ");
		List<ItemChange> diff = versions.diff(krn.plan, applied.beforeVersion(), applied.afterVersion());
		Set<String> changes = diff.stream()
			.map(c -> c.item() + " " + c.change() + (c.field() == null ? "" : " " + c.field()))
			.collect(Collectors.toSet());
		assertThat(changes).containsExactlyInAnyOrder("T1.1 b) CHANGED text", "T1.1 b) CHANGED deadline",
				"T1.1 b) CHANGED responsible", "T1.1 b) CHANGED indicators", "T1.1 b) CHANGED shortlists",
				"T1.1 a) CHANGED shortlists", "T1.1 c) REMOVED", "T1.7 a) ADDED", "null CHANGED shortlists");
		PlanTree after = plans.tree(krn.plan);
		assertThat(after.requireItem("T1.1 b)").indicators()).extracting(i -> i.text())
			.containsExactly("Antall møter i året", "Ny indikator");
		assertThat(after.item("T1.1 c)")).isEmpty();
		assertThat(after.requireItem("T1.7 a)").responsible()).extracting(p -> p.code()).containsExactly("FU KRN");
		assertThat(after.requireItem("T1.2 a) b)").version()).isEqualTo(untouched.version());
		assertThat(AccountFixtures.auditOf(db, "REVIEW", review.id())).anyMatch(line -> line.contains("SUBMITTED")
				&& line.contains("APPLIED"));
	}

	@Test
	void whenOneDecisionCannotBeCarriedOutNothingIsWrittenAndTheRefusalNamesIt() {
		Review review = asEditor(() -> reviews.open(krn.plan));
		Decision stop = asEditor(() -> {
			reviews.decide(krn.plan, review.id(), null, ReviewPlans.adjust("T1.1 a)", "Tydeligere",
					"Ny tekst som ikke skal bli stående", List.of("FU KRN"), List.of("Indikator")), null);
			return reviews.decide(krn.plan, review.id(), null, ReviewPlans.stop("T1.1 b)", "Avsluttes"), null);
		});
		asEditor(() -> reviews.submit(krn.plan, review.id(), "FU KRN"));
		// Someone edits the measure after the decision about it was made.
		PlanTree tree = plans.tree(krn.plan);
		PlanItem b = tree.requireItem("T1.1 b)");
		ItemFields now = ItemFields.of(b, "1");
		SystemIdentity.call(() -> fields.edit(krn.plan, "T1.1 b)", new ItemFields(now.parent(), now.kind(), now.code(),
				now.title(), "Endret etter beslutningen", now.deadline(), now.comment(), now.responsible(),
				now.strategyRefs(), now.seeAlso()), b.version()));
		String textBefore = plans.tree(krn.plan).requireItem("T1.1 a)").text();
		int versionsBefore = versions.list(krn.plan).size();
		long auditBefore = AccountFixtures.count(db, "audit_event");

		assertThatThrownBy(() -> asLeader(() -> applying.apply(krn.plan, review.id())))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems())
				.extracting(Problem::path, Problem::code)
				.contains(org.assertj.core.groups.Tuple.tuple("decision-" + stop.id(), "review.apply.failed.STOP"),
						org.assertj.core.groups.Tuple.tuple("decision-" + stop.id() + "-stale", "review.apply.stale")));

		assertThat(plans.tree(krn.plan).requireItem("T1.1 a)").text()).isEqualTo(textBefore);
		assertThat(plans.tree(krn.plan).item("T1.1 b)")).isPresent();
		assertThat(versions.list(krn.plan)).hasSize(versionsBefore);
		assertThat(AccountFixtures.count(db, "audit_event")).isEqualTo(auditBefore);
		assertThat(reviews.require(krn.plan, review.id()).state()).isEqualTo(ReviewState.SUBMITTED);
	}

	@Test
	void applyingTwiceIsRefusedAndWritesNothing() {
		Review review = asEditor(() -> reviews.open(krn.plan));
		asEditor(() -> {
			reviews.decide(krn.plan, review.id(), null, ReviewPlans.stop("T1.1 a)", "Ferdig"), null);
			return reviews.submit(krn.plan, review.id(), "FU KRN");
		});
		asLeader(() -> applying.apply(krn.plan, review.id()));
		int versionsBefore = versions.list(krn.plan).size();
		long auditBefore = AccountFixtures.count(db, "audit_event");

		assertThatThrownBy(() -> asLeader(() -> applying.apply(krn.plan, review.id())))
			.isInstanceOfSatisfying(Conflict.class, refused -> assertThat(refused.code()).isEqualTo("review.applied-already"));

		assertThat(versions.list(krn.plan)).hasSize(versionsBefore);
		assertThat(AccountFixtures.count(db, "audit_event")).isEqualTo(auditBefore);
	}

	@Test
	void onlyASubmittedReviewIsAppliedAndOnlyByAnAdopter() {
		Review review = asEditor(() -> reviews.open(krn.plan));
		assertThatThrownBy(() -> asLeader(() -> applying.apply(krn.plan, review.id())))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems()).extracting(Problem::code)
				.containsExactly("review.apply.not-submitted"));
		asEditor(() -> reviews.submit(krn.plan, review.id(), "FU KRN"));
		assertThatThrownBy(() -> asEditor(() -> applying.apply(krn.plan, review.id())))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		Review back = asLeader(() -> reviews.sendBack(krn.plan, review.id(), "Mangler begrunnelser"));
		assertThat(back.state()).isEqualTo(ReviewState.OPEN);
		assertThat(back.returnedComment()).isEqualTo("Mangler begrunnelser");
	}

	@Test
	void aDecisionSavedFromAStalePageIsAConflictAndAnotherReviewWaitsForThisOne() {
		Review review = asEditor(() -> reviews.open(krn.plan));
		Decision first = asEditor(
				() -> reviews.decide(krn.plan, review.id(), null, ReviewPlans.keep("T1.1 a)", "Første"), null));
		asEditor(() -> reviews.decide(krn.plan, review.id(), null, ReviewPlans.stop("T1.1 a)", "Andre"), first.version()));

		assertThatThrownBy(() -> asEditor(() -> reviews.decide(krn.plan, review.id(), null,
				ReviewPlans.keep("T1.1 a)", "Fra en gammel side"), first.version())))
			.isInstanceOfSatisfying(Conflict.class, stale -> assertThat(stale.code()).isEqualTo("review.decision.stale"));
		assertThatThrownBy(() -> asEditor(() -> reviews.decide(krn.plan, review.id(), null,
				ReviewPlans.keep("T1.1 a)", "Uten å ha sett den andre"), null)))
			.isInstanceOf(Conflict.class);
		assertThat(reviews.decisions(review.id())).singleElement()
			.satisfies(d -> assertThat(d.reason()).isEqualTo("Andre"));
		assertThatThrownBy(() -> asEditor(() -> reviews.open(krn.plan))).isInstanceOfSatisfying(InvalidInput.class,
				refused -> assertThat(refused.problems()).extracting(Problem::code).containsExactly("review.open.under-way"));
	}

	@Test
	void aDecisionIsCheckedByTheItemRulesBeforeItIsKept() {
		Review review = asEditor(() -> reviews.open(krn.plan));
		assertThatThrownBy(() -> asEditor(() -> reviews.decide(krn.plan, review.id(), null,
				ReviewPlans.adjust("T1.1 a)", " ", "", List.of("Ukjent part"), List.of()), null)))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems()).extracting(Problem::path)
				.contains("reason"));
		assertThatThrownBy(() -> asEditor(() -> reviews.decide(krn.plan, review.id(), null,
				ReviewPlans.adjust("T1.1 a)", "Grunn", "Tekst", List.of("Ukjent part"), List.of()), null)))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems()).extracting(Problem::path)
				.anyMatch(path -> path.startsWith("responsible")));
		assertThatThrownBy(() -> asEditor(() -> reviews.decide(krn.plan, review.id(), null,
				ReviewPlans.add("T1.1 a)", "T1.1 a)", "Under et tiltak", "Grunn"), null)))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.problems()).extracting(Problem::path)
				.contains("parent"));
		assertThat(reviews.decisions(review.id())).isEmpty();
	}

	<T> T asEditor(java.util.function.Supplier<T> work) {
		return AccountFixtures.as(accounts, krn.editor, work);
	}

	<T> T asLeader(java.util.function.Supplier<T> work) {
		return AccountFixtures.as(accounts, krn.leader, work);
	}
}
