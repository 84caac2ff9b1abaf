package no.planspor.review.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.planspor.followup.PlanFollowUp;
import no.planspor.plan.Indicator;
import no.planspor.plan.ItemKind;
import no.planspor.plan.Party;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;
import no.planspor.review.Decision;
import no.planspor.review.Review;
import no.planspor.version.TextDiff;

/**
 * The review page laid out: each goal with its measures, each measure with where it stands, its
 * decision (and, for an adjustment, the change against the current text) and the form to decide; the
 * new measures; the progress. Everything the page shows is decided here; the template only places it.
 */
record ReviewView(Review review, PlanTree tree, PlanFollowUp follow, int measures, int decided, List<Goal> goals,
		List<NewMeasure> added, List<PlanItem> parents, List<PlanItem> allMeasures) {

	/** A goal and its measures (those under its sub-goals too, in plan order). */
	record Goal(String code, String title, List<Row> rows) {
	}

	/**
	 * A measure in the review.
	 *
	 * @param change what an adjustment proposes against the measure as it stands; null otherwise
	 */
	record Row(PlanItem item, Decision decision, DecisionForm form, Change change) {

		public String id() {
			return "m" + item.id();
		}
	}

	/** A new measure proposed, with its form. */
	record NewMeasure(Decision decision, DecisionForm form, String parentLabel) {

		public String id() {
			return "n" + decision.id();
		}
	}

	/** An adjustment's proposal against the measure now: the text word by word, and the fields that change. */
	record Change(List<TextDiff.Piece> text, boolean textChanged, java.time.LocalDate deadlineBefore, java.time.LocalDate deadlineAfter,
			String responsibleBefore, String responsibleAfter, String indicatorsBefore, String indicatorsAfter) {

		public boolean deadlineChanged() {
			return !java.util.Objects.equals(deadlineBefore, deadlineAfter);
		}

		public boolean responsibleChanged() {
			return !responsibleBefore.equals(responsibleAfter);
		}

		public boolean indicatorsChanged() {
			return !indicatorsBefore.equals(indicatorsAfter);
		}
	}

	public int percent() {
		return measures == 0 ? 0 : Math.round(100f * decided / measures);
	}

	/**
	 * @param typed the form that was posted and refused, shown in place of the stored one (null if none)
	 */
	static ReviewView of(Review review, PlanTree tree, PlanFollowUp follow, List<Decision> decisions, DecisionForm typed) {
		Map<Long, Decision> onMeasure = new HashMap<>();
		List<NewMeasure> added = new ArrayList<>();
		Map<String, PlanItem> byCode = new HashMap<>();
		tree.allItems().forEach(item -> byCode.put(item.code(), item));
		for (Decision decision : decisions) {
			if (decision.isNew()) {
				boolean retyped = typed != null && decision.id() == (typed.decision() == null ? -1 : typed.decision());
				PlanItem parent = byCode.get(decision.proposal().parent());
				added.add(new NewMeasure(decision, retyped ? typed : DecisionForm.of(decision, null),
						parent == null ? decision.proposal().parent() : parent.code() + " " + parent.label()));
			}
			else {
				onMeasure.put(decision.itemId(), decision);
			}
		}
		List<Goal> goals = new ArrayList<>();
		int measures = 0;
		int decided = 0;
		for (PlanItem goal : tree.items()) {
			List<Row> rows = new ArrayList<>();
			for (PlanItem item : goal.measures()) {
				Decision decision = onMeasure.get(item.id());
				boolean retyped = typed != null && item.code().equals(typed.item());
				rows.add(new Row(item, decision, retyped ? typed : DecisionForm.of(item, decision), change(item, decision)));
				measures++;
				decided += decision == null ? 0 : 1;
			}
			goals.add(new Goal(goal.code(), goal.label(), rows));
		}
		List<PlanItem> parents = tree.allItems().filter(item -> item.kind() != ItemKind.MEASURE).toList();
		List<PlanItem> all = tree.allItems().filter(item -> item.kind() == ItemKind.MEASURE).toList();
		return new ReviewView(review, tree, follow, measures, decided, goals, added, parents, all);
	}

	private static Change change(PlanItem item, Decision decision) {
		if (decision == null || decision.proposal() == null) {
			return null;
		}
		Decision.Proposal p = decision.proposal();
		return new Change(TextDiff.words(item.text(), p.text()), TextDiff.differ(item.text(), p.text()),
				item.deadline(), p.deadline(),
				String.join(", ", item.responsible().stream().map(Party::code).toList()), String.join(", ", p.responsible()),
				String.join("\n", item.indicators().stream().map(Indicator::text).toList()), String.join("\n", p.indicators()));
	}
}
