package no.planspor.review.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;
import no.planspor.review.Decision;
import no.planspor.review.Review;

/** A review as the API gives it: its state and steps, its progress, its next shortlist and its decisions. */
record ReviewDocument(long id, String plan, String state, int beforeVersion, Integer afterVersion, Instant openedAt,
		String openedBy, String body, Instant submittedAt, String submittedBy, String returnedComment,
		Instant appliedAt, String appliedBy, Progress progress, NextShortlist nextShortlist, int version,
		List<DecisionDocument> decisions) {

	record Progress(int decided, int measures) {
	}

	record NextShortlist(String code, String title, List<String> items) {
	}

	/** A decision; {@code item} is null for a new measure, whose {@code code} and {@code parent} say where it goes. */
	record DecisionDocument(long id, String item, String decision, String reason, String parent, String code,
			String text, LocalDate deadline, List<String> responsible, List<String> indicators, Instant decidedAt,
			String decidedBy, int version) {

		static DecisionDocument of(Decision d) {
			Decision.Proposal p = d.proposal();
			return new DecisionDocument(d.id(), d.itemCode(), d.kind().name(), d.reason(), p == null ? null : p.parent(),
					p == null ? null : p.code(), p == null ? null : p.text(), p == null ? null : p.deadline(),
					p == null ? null : p.responsible(), p == null ? null : p.indicators(), d.decidedAt(), d.decidedBy(),
					d.version());
		}
	}

	static ReviewDocument of(Review r, PlanTree tree, List<Decision> decisions) {
		var byId = tree.itemsById();
		List<PlanItem> measures = tree.allItems().filter(i -> i.kind() == no.planspor.plan.ItemKind.MEASURE).toList();
		NextShortlist next = r.nextCode() == null ? null
				: new NextShortlist(r.nextCode(), r.nextTitle(), measures.stream()
					.filter(m -> r.nextItems().contains(m.id()))
					.map(PlanItem::code)
					.toList());
		int decided = (int) decisions.stream().filter(d -> !d.isNew() && (r.isApplied() || byId.containsKey(d.itemId()))).count();
		return new ReviewDocument(r.id(), r.planCode(), r.state().name(), r.beforeVersion(), r.afterVersion(), r.openedAt(),
				r.openedByName(), r.body(), r.submittedAt(), r.submittedBy(), r.returnedComment(), r.appliedAt(),
				r.appliedBy(), new Progress(decided, r.isApplied() ? decided : measures.size()), next, r.version(),
				decisions.stream().map(DecisionDocument::of).toList());
	}
}
