package no.planspor.review.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import no.planspor.plan.ItemKind;
import no.planspor.plan.ItemRules;
import no.planspor.plan.Limits;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanTree;
import no.planspor.review.Decision;
import no.planspor.review.DecisionKind;
import no.planspor.shared.Problem;

/**
 * What a decision and the review's next shortlist must be, before the item rules look at the wording:
 * pure, so it is tested on its own. Paths are the form's field names ({@code kind}, {@code reason},
 * {@code item}, {@code parent}, {@code code}, {@code indicators[0]}).
 */
final class ReviewRules {

	static final int REASON_MAX = 4000;

	static final int BODY_MAX = 200;

	static final int COMMENT_MAX = 4000;

	private ReviewRules() {
	}

	/**
	 * @param otherNewCodes the codes of the review's other new measures, which a new one may not take
	 */
	static List<Problem> check(PlanTree tree, DecisionInput input, Collection<String> otherNewCodes) {
		List<Problem> problems = new ArrayList<>();
		if (input.kind() == null) {
			problems.add(Problem.of("kind", "review.decision.kind.required"));
		}
		problems.addAll(text("reason", input.reason(), REASON_MAX, "review.decision.reason.required"));
		if (input.kind() != null && input.kind().onMeasure()) {
			PlanItem item = input.item() == null ? null : tree.item(input.item().strip()).orElse(null);
			if (input.item() == null || input.item().isBlank()) {
				problems.add(Problem.of("item", "review.decision.item.required"));
			}
			else if (item == null || item.kind() != ItemKind.MEASURE) {
				problems.add(Problem.of("item", "review.decision.item.unknown", input.item()));
			}
		}
		boolean proposes = input.kind() == DecisionKind.ADJUST || input.kind() == DecisionKind.NEW;
		if (proposes) {
			Decision.Proposal proposal = input.proposal();
			if (proposal == null) {
				problems.add(Problem.of("text", "review.decision.text.required"));
				return problems;
			}
			List<String> indicators = proposal.indicators();
			for (int i = 0; i < indicators.size(); i++) {
				problems.addAll(ItemRules.indicatorText(indicators.get(i), "indicators[" + i + "]"));
			}
		}
		if (input.kind() == DecisionKind.NEW && input.proposal() != null) {
			String parent = input.proposal().parent();
			PlanItem under = parent == null ? null : tree.item(parent).orElse(null);
			if (parent == null || parent.isBlank()) {
				problems.add(Problem.of("parent", "review.decision.parent.required"));
			}
			else if (under == null || under.kind() == ItemKind.MEASURE) {
				problems.add(Problem.of("parent", "review.decision.parent.unknown", parent));
			}
			String code = input.proposal().code();
			if (code != null && otherNewCodes.contains(code.strip())) {
				problems.add(Problem.of("code", "review.decision.code.taken", code.strip()));
			}
		}
		return problems;
	}

	/** The next shortlist: both code and title, or neither (no next shortlist). */
	static List<Problem> shortlist(String code, String title) {
		List<Problem> problems = new ArrayList<>();
		boolean none = blank(code) && blank(title);
		if (none) {
			return problems;
		}
		problems.addAll(text("code", code, Limits.SHORTLIST_CODE, "review.shortlist.code.required"));
		problems.addAll(text("title", title, Limits.SHORTLIST_TITLE, "review.shortlist.title.required"));
		return problems;
	}

	static List<Problem> text(String path, String value, int max, String requiredCode) {
		if (blank(value)) {
			return List.of(Problem.of(path, requiredCode));
		}
		if (value.strip().length() > max) {
			return List.of(Problem.of(path, "review.too-long", max));
		}
		return List.of();
	}

	static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	static String clean(String value) {
		return blank(value) ? null : value.strip();
	}
}
