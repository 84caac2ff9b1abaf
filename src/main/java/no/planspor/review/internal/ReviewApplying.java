package no.planspor.review.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import no.planspor.account.Permissions;
import no.planspor.account.SystemIdentity;
import no.planspor.audit.AuditLog;
import no.planspor.plan.ItemEditor;
import no.planspor.plan.PlanItem;
import no.planspor.plan.PlanReader;
import no.planspor.plan.PlanTree;
import no.planspor.plan.Shortlists;
import no.planspor.review.Decision;
import no.planspor.review.DecisionKind;
import no.planspor.review.Review;
import no.planspor.review.ReviewState;
import no.planspor.shared.Conflict;
import no.planspor.shared.InvalidInput;
import no.planspor.shared.NotFound;
import no.planspor.shared.Problem;
import no.planspor.version.PlanVersion;
import no.planspor.version.PlanVersions;
import no.planspor.version.VersionReason;

/**
 * Applying a review, the adoption step: every decision carried out in one transaction through the
 * plan's own item writes (rules, versions, audit), the next shortlist set, and the version "Etter
 * gjennomgang …" made. If any decision cannot be carried out, nothing is written, and the refusal names
 * the decision and why (problem paths {@code decision-<id>} and {@code decision-<id>-<field>}).
 */
@Service
public class ReviewApplying {

	/** Adjustments first, then stops, then new measures: a new measure may take the code of one stopped. */
	private static final Comparator<Decision> ORDER = Comparator.comparing(Decision::kind).thenComparing(Decision::id);

	private final Reviews reviews;

	private final ReviewStore store;

	private final PlanReader plans;

	private final ItemEditor editor;

	private final Shortlists shortlists;

	private final PlanVersions versions;

	private final Permissions permissions;

	private final AuditLog audit;

	private final Clock clock;

	ReviewApplying(Reviews reviews, ReviewStore store, PlanReader plans, ItemEditor editor, Shortlists shortlists,
			PlanVersions versions, Permissions permissions, AuditLog audit, Clock clock) {
		this.reviews = reviews;
		this.store = store;
		this.plans = plans;
		this.editor = editor;
		this.shortlists = shortlists;
		this.versions = versions;
		this.permissions = permissions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Applies a submitted review. Applying one already applied is refused (409) and changes nothing.
	 *
	 * <p>The adopter need not edit the unit's plans (a leader adopts, editors write): the item writes then
	 * run as Planspor itself, and the audit log has the adopter on the review's own entry.
	 */
	@Transactional
	public Review apply(String planCode, long reviewId) {
		Review review = reviews.locked(planCode, reviewId);
		permissions.requireAdoptPlansOf(review.unitId());
		Reviews.requireState(review, ReviewState.SUBMITTED, "review.apply.not-submitted");
		String adopter = permissions.current().displayName();
		Supplier<PlanVersion> work = () -> carryOut(review);
		PlanVersion after = permissions.mayEditPlansOf(review.unitId()) ? work.get() : SystemIdentity.call(work);
		store.markApplied(reviewId, after.number(), clock.instant(), adopter);
		audit.record(Reviews.stateChange(review, ReviewState.SUBMITTED, ReviewState.APPLIED));
		return store.find(reviewId).orElseThrow();
	}

	private PlanVersion carryOut(Review review) {
		String planCode = review.planCode();
		Map<Long, PlanItem> items = plans.tree(planCode).itemsById();
		List<Decision> decisions = new ArrayList<>(store.decisions(review.id()));
		decisions.sort(ORDER);
		for (Decision decision : decisions) {
			try {
				carryOut(planCode, items, decision);
			}
			catch (InvalidInput refused) {
				throw failed(decision, refused.problems());
			}
			catch (Conflict stale) {
				throw failed(decision, List.of(Problem.of("stale", "review.apply.stale", name(decision))));
			}
			catch (NotFound gone) {
				throw failed(decision, List.of(Problem.of("gone", "review.apply.gone", name(decision))));
			}
		}
		if (review.hasNextShortlist()) {
			setShortlist(review);
		}
		return versions.make(planCode, reviews.label("review.version.after"), VersionReason.REVIEW);
	}

	private void carryOut(String planCode, Map<Long, PlanItem> items, Decision decision) {
		if (decision.kind() == DecisionKind.CONTINUE) {
			return;
		}
		if (decision.kind() == DecisionKind.NEW) {
			PlanTree tree = plans.tree(planCode);
			editor.add(planCode, Reviews.fields(tree, null, decision.proposal()), decision.proposal().indicators());
			return;
		}
		PlanItem item = items.get(decision.itemId());
		if (item == null) {
			throw new NotFound("review.apply.gone", decision.itemCode());
		}
		if (decision.kind() == DecisionKind.STOP) {
			editor.archive(planCode, item.code(), decision.itemVersion());
			return;
		}
		PlanTree tree = plans.tree(planCode);
		PlanItem now = tree.itemsById().get(item.id());
		editor.rewrite(planCode, now.code(), Reviews.fields(tree, now, decision.proposal()),
				decision.proposal().indicators(), decision.itemVersion());
	}

	/** The shortlist made exactly the review's measures that are still in the plan, made first if it is new. */
	private void setShortlist(Review review) {
		String planCode = review.planCode();
		PlanTree tree = plans.tree(planCode);
		Map<Long, PlanItem> live = tree.itemsById();
		List<String> codes = review.nextItems().stream().filter(live::containsKey).map(id -> live.get(id).code()).toList();
		Shortlists.Summary list = shortlists.of(planCode)
			.stream()
			.filter(s -> s.code().equals(review.nextCode()))
			.findFirst()
			.orElseGet(() -> shortlists.create(planCode, review.nextCode(), review.nextTitle()));
		try {
			shortlists.setItems(planCode, list.code(), codes, list.version());
		}
		catch (InvalidInput refused) {
			throw new InvalidInput(List.of(Problem.of("shortlist", "review.apply.shortlist", review.nextCode())));
		}
	}

	private static InvalidInput failed(Decision decision, List<Problem> why) {
		String at = "decision-" + decision.id();
		List<Problem> problems = new ArrayList<>();
		problems.add(Problem.of(at, "review.apply.failed." + decision.kind(), name(decision)));
		for (Problem problem : why) {
			problems.add(new Problem(at + "-" + problem.path().replaceFirst("^\\$\\.", ""), problem.code(), problem.args()));
		}
		return new InvalidInput(problems);
	}

	private static String name(Decision decision) {
		return decision.itemCode() != null ? decision.itemCode() : decision.proposal().code();
	}
}
