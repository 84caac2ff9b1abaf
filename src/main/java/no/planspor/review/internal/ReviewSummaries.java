package no.planspor.review.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

import no.planspor.plan.ItemKind;
import no.planspor.plan.PlanReader;
import no.planspor.review.Decision;
import no.planspor.review.DecisionKind;
import no.planspor.review.Review;
import no.planspor.review.ReviewReader;
import no.planspor.version.ItemChange;
import no.planspor.version.PlanVersions;
import no.planspor.version.TextDiff;

/** The review summary: decisions grouped by kind with reasons, and the diff of the versions before and after. */
@Service
class ReviewSummaries implements ReviewReader {

	private final ReviewStore store;

	private final PlanReader plans;

	private final PlanVersions versions;

	ReviewSummaries(ReviewStore store, PlanReader plans, PlanVersions versions) {
		this.store = store;
		this.plans = plans;
		this.versions = versions;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Review> inProgress(long planId) {
		return store.ofPlan(planId).stream().filter(review -> !review.isApplied()).findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Review> find(String planCode, long reviewId) {
		return store.find(reviewId).filter(review -> review.planCode().equals(planCode));
	}

	@Override
	@Transactional(readOnly = true)
	public ReviewSummary summary(String planCode, long reviewId) {
		Review review = find(planCode, reviewId)
			.orElseThrow(() -> new no.planspor.shared.NotFound("review.not-found", reviewId));
		List<Decision> decisions = store.decisions(reviewId);
		Map<DecisionKind, List<Line>> byKind = new EnumMap<>(DecisionKind.class);
		for (Decision decision : decisions) {
			String code = decision.isNew() ? decision.proposal().code() : decision.itemCode();
			String label = decision.isNew() ? decision.proposal().text() : decision.itemLabel();
			byKind.computeIfAbsent(decision.kind(), kind -> new ArrayList<>())
				.add(new Line(code, label, decision.reason(), decision.decidedByName(), decision.decidedAt(),
						decision.proposal()));
		}
		List<Group> groups = byKind.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
		List<ChangeLine> changes = review.afterVersion() == null ? List.of()
				: versions.diff(planCode, review.beforeVersion(), review.afterVersion()).stream().map(ReviewSummaries::line).toList();
		// Once applied, the plan has the new measures and not the stopped ones: count the measures reviewed.
		int now = (int) plans.tree(planCode).allItems().filter(item -> item.kind() == ItemKind.MEASURE).count();
		int measures = !review.isApplied() ? now
				: now + count(decisions, DecisionKind.STOP) - count(decisions, DecisionKind.NEW);
		int decided = (int) decisions.stream().filter(d -> !d.isNew()).count();
		return new ReviewSummary(review, groups, changes, measures, decided);
	}

	/** Fields whose change reads best word by word. */
	private static final java.util.Set<String> TEXTS = java.util.Set.of("title", "text", "comment");

	private static int count(List<Decision> decisions, DecisionKind kind) {
		return (int) decisions.stream().filter(d -> d.kind() == kind).count();
	}

	static ChangeLine line(ItemChange change) {
		String before = text(change.field(), change.before());
		String after = text(change.field(), change.after());
		return new ChangeLine(change.item(), change.label(), change.change(), change.field(), before, after,
				change.item() != null && change.field() != null && TEXTS.contains(change.field()) ? TextDiff.words(before, after) : null);
	}

	/** A value of the diff as a line of text: lists joined, indicators by their text, objects as they are. */
	static String text(String field, JsonNode value) {
		if (value == null || value.isNull()) {
			return "";
		}
		if (value.isString()) {
			return value.stringValue();
		}
		if (value.isArray()) {
			List<String> parts = new ArrayList<>();
			value.valueStream().forEach(part -> parts.add(part.isObject() && part.has("text") ? text(null, part.get("text"))
					: part.isObject() && part.has("title") ? text(null, part.get("title")) : text(null, part)));
			return String.join("indicators".equals(field) ? "\n" : ", ", parts);
		}
		if (value.isObject() && value.has("state")) {
			return text(null, value.get("state"));
		}
		if (value.isObject() && value.has("text")) {
			return text(null, value.get("text"));
		}
		return value.toString();
	}
}
